/**
 * Proves a speed change left the batch output byte for byte as it was: runs
 * `check --jsonl` and `triage --jsonl` over Davidson (every tweet once), HateCheck, every
 * Multilingual HateCheck case and
 * 30,000 lines of bench's own corpus, then the labelled development and test sets in the repo
 * (eval/dev/*, packages/core/test/{triage,check}-eval), with each `--bin` given (e.g. a copy of the bundle
 * built before the change, and the current bin/parapet.js), and compares the SHA-256 of
 * the outputs. Exit status 1 if any differ.
 *
 *   npx tsx bench/output-identity.ts --bin scratch/run-base.mjs --bin packages/cli/bin/parapet.js
 *   (with one --bin, or none, it prints the hashes for the current bin)
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { type BatchCommand, type CorpusName, writeCorpus } from "./real-corpus.js";

const root = resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const bins = argv.flatMap((a, i) => (a === "--bin" && argv[i + 1] ? [resolve(argv[i + 1] as string)] : []));
if (bins.length === 0) bins.push(join(root, "packages/cli/bin/parapet.js"));
const SETS: ReadonlyArray<[CorpusName, number]> = [
  ["davidson", 24_783],
  ["hatecheck", 3_728],
  ["mhc", 36_582],
  ["bench", 30_000],
];

/**
 * Labelled sets in the repo, as they are (their labels are ignored), with the commands that read
 * them: triage only over messages, which carry a receivedAt (without one the deadline is worked
 * out from the time of the run); check never over messages, whose `account` is a handle (check's is
 * an object, so every line would be a bad line).
 */
const LABELLED: ReadonlyArray<[string, readonly BatchCommand[]]> = [
  ["eval/dev/dev-messages/dev-messages.jsonl", ["triage"]],
  ["eval/dev/dev-posts/dev-posts.jsonl", ["check"]],
  ["packages/core/test/triage-eval/messages.jsonl", ["triage"]],
  ["packages/core/test/check-eval/posts.jsonl", ["check"]],
];

function outputHash(
  bin: string,
  command: BatchCommand,
  file: string,
): Promise<{ sha256: string; lines: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, command, "--jsonl", "--file", file], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const hash = createHash("sha256");
    let lines = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      hash.update(chunk);
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on("error", fail);
    // Exit 1 (something judged) is an ordinary outcome; 2 means bad lines, which these sets have none of.
    child.on("close", (code) =>
      code === 0 || code === 1
        ? done({ sha256: hash.digest("hex"), lines })
        : fail(new Error(`exit ${code}`)),
    );
  });
}

let differ = 0;
function report(what: string, lines: number, hashes: readonly { sha256: string; lines: number }[]): void {
  const same = hashes.every((h) => h.sha256 === hashes[0]?.sha256 && h.lines === lines);
  if (!same) differ++;
  console.log(
    `${same ? "same" : "DIFFERENT"}  ${what} (${lines} lines): ${hashes
      .map((h, i) => `${relative(root, bins[i] as string)} ${h.sha256.slice(0, 16)} (${h.lines} lines)`)
      .join(" | ")}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "parapet-output-identity-"));
try {
  for (const [corpus, lines] of SETS)
    for (const command of ["check", "triage"] as const) {
      const file = join(dir, `${corpus}-${command}.jsonl`);
      await writeCorpus(file, corpus, command, lines);
      const hashes: { sha256: string; lines: number }[] = [];
      for (const bin of bins) hashes.push(await outputHash(bin, command, file));
      report(`${command} ${corpus}`, lines, hashes);
    }
  for (const [set, commands] of LABELLED) {
    const file = join(root, set);
    const lines = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "").length;
    for (const command of commands) {
      const hashes: { sha256: string; lines: number }[] = [];
      for (const bin of bins) hashes.push(await outputHash(bin, command, file));
      report(`${command} ${set}`, lines, hashes);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = differ > 0 ? 1 : 0;
