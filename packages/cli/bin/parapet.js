#!/usr/bin/env node
// `npx parapet` works straight after `npm install`, with no build step (docs/interfaces.md §1):
// it runs a bundle of the TypeScript sources, rebuilt whenever a source is newer,
// and falls back to running the sources through tsx if the bundle cannot be built.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";

// A server holds V8's young generation at its starting size until someone uses it: loading the
// bundle and starting up would grow it to 32 MB that an idle server never uses. Set before the
// bundle loads; released on the first request (server/src/young-generation.ts).
const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (command === "start" || command === "serve") setFlagsFromString("--semi-space-growth-factor=1");
// A check runs each of its large patterns (the personal-data cues' union is 13,000 characters)
// over a text a few times at most; V8's default runs a pattern's first match in its bytecode
// interpreter, which for those patterns took longer than compiling them to machine code, the
// tier it moves them to on the second match anyway: ~0.08 s of a one-shot check's CPU. Same
// semantics in either tier. A batch (--jsonl) keeps V8's default: its patterns are compiled by
// the second line anyway, and a pattern only one line ever reaches is cheaper interpreted.
if (command === "check" && !process.argv.includes("--jsonl")) setFlagsFromString("--no-regexp-tier-up");

// A batch check runs the language roles' large patterns on every line. V8 first runs a pattern
// as interpreted bytecode and compiles it to machine code only later; a batch paid ~0.5-1 s of
// CPU for that (docs/benchmarks.md, 7 December, branch s7). Given to node itself, not set here
// with setFlagsFromString: changed at run time, it crashed one run in a dozen. So the batch runs
// in a child started with the flag (~0.05 s), its exit status passed on.
const REGEXP_NATIVE_AT_ONCE = "--no-regexp-tier-up";
if (
  command === "check" &&
  process.argv.includes("--jsonl") &&
  !process.execArgv.includes(REGEXP_NATIVE_AT_ONCE)
) {
  const { spawnSync } = await import("node:child_process");
  const child = spawnSync(
    process.execPath,
    [REGEXP_NATIVE_AT_ONCE, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  if (child.error === undefined) {
    if (child.signal) process.kill(process.pid, child.signal);
    process.exit(child.status ?? 1);
  }
  // The child could not be started: check here, without the flag.
}

const { BUNDLE, SOURCE_DIRS, buildBundle } = await import("../build.mjs");

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

async function loadMain() {
  try {
    const stale = !existsSync(BUNDLE) || SOURCE_DIRS.some((dir) => newestIn(dir) > statSync(BUNDLE).mtimeMs);
    if (stale) await buildBundle();
    return await import(BUNDLE);
  } catch (error) {
    // Still works, but every start pays for compiling TypeScript: say so, or nobody notices.
    console.error(
      `parapet: running from the TypeScript sources (the bundle failed: ${error?.message ?? error})`,
    );
    if (process.env.PARAPET_DEBUG) console.error(error);
    const { register } = await import("tsx/esm/api");
    register();
    return import("../src/main.ts");
  }
}

const { main } = await loadMain();
process.exitCode = await main(process.argv);
