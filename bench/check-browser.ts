/**
 * Per-check time for a 2,000-character draft, as the "Check a post" page runs it:
 * core's checkPost with nhs-core, in Node and in Chromium (core bundled with esbuild,
 * the same code Vite ships). Median and p95 over 300 checks after warm-up.
 *
 *   npx tsx bench/check-browser.ts
 */
import { type CheckInput, checkPost, loadPacks } from "@parapet/core";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { readPackSources } from "../packages/server/src/packs/load-packs-from-disk.js";
import { makePost } from "./check-corpus.js";

let draft = "";
for (let i = 0; draft.length < 2000; i++) draft += `${makePost(i).text} `;
draft = draft.slice(0, 2000);
const sources = readPackSources();
const RUNS = 300;

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3));
  return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

const pack = loadPacks(sources).get("nhs-core");
if (!pack) throw new Error("no nhs-core");
const input: CheckInput = { text: draft, platform: "facebook", account: { type: "personal" } };
for (let i = 0; i < 50; i++) checkPost(pack, input);
const nodeTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  checkPost(pack, input);
  nodeTimes.push(performance.now() - t0);
}

const bundle = await build({
  stdin: {
    contents:
      'import { checkPost, loadPacks } from "@parapet/core"; globalThis.parapet = { checkPost, loadPacks };',
    resolveDir: process.cwd(),
    loader: "ts",
  },
  bundle: true,
  format: "iife",
  platform: "browser",
  write: false,
  minify: true,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage();
await page.setContent("<!doctype html><title>bench</title>");
await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? "" });
const browserTimes = await page.evaluate(
  ({ sources, input, runs }) => {
    const g = globalThis as unknown as {
      parapet: { loadPacks: typeof loadPacks; checkPost: typeof checkPost };
    };
    const p = g.parapet.loadPacks(sources).get("nhs-core");
    if (!p) throw new Error("no pack");
    for (let i = 0; i < 50; i++) g.parapet.checkPost(p, input);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      g.parapet.checkPost(p, input);
      times.push(performance.now() - t0);
    }
    return times;
  },
  { sources, input, runs: RUNS },
);
await browser.close();
console.log(
  JSON.stringify({
    draftChars: draft.length,
    bundleKb: Math.round((bundle.outputFiles[0]?.text.length ?? 0) / 1024),
    node: stats(nodeTimes),
    chromium: stats(browserTimes),
  }),
);
