/**
 * JSONL corpora for the batch benchmarks, written from data in the repo (never by hand):
 *
 * - `davidson`: the 24,783 Davidson tweets (eval/public/davidson, entities decoded),
 *   repeated in order to the number of lines asked for (200,000 by default);
 * - `hatecheck`: the 3,728 HateCheck cases (eval/public/hatecheck);
 * - `mhc`: every Multilingual HateCheck case, all ten languages (eval/public/mhc);
 * - `bench`: bench/check-corpus.ts's generated posts (check) or the labelled inbound
 *   messages varied per line as bench/triage-throughput.ts does (triage).
 *
 * Every line has an id and a fixed `receivedAt`, so triage's due dates (and so its whole
 * output) do not depend on when the benchmark runs.
 */
import { createWriteStream } from "node:fs";
import {
  loadDavidson,
  loadHateCheck,
  loadMhc,
  MHC_LANGUAGES,
} from "../packages/core/test/language-eval/datasets.js";
import { makePost } from "./check-corpus.js";
import { labelledMessageTexts } from "./triage-corpus.js";

export const CORPORA = ["davidson", "hatecheck", "mhc", "bench"] as const;
export type CorpusName = (typeof CORPORA)[number];
export type BatchCommand = "check" | "triage";

export const DEFAULT_LINES: Record<CorpusName, number> = {
  davidson: 200_000,
  hatecheck: 3_728,
  mhc: 36_582,
  bench: 200_000,
};

const RECEIVED = Date.parse("2026-11-24T10:00:00Z");
const CHANNELS = ["mention", "comment", "reply", "dm", "review"];

/** The i-th line's object for a corpus and command. */
function lineMaker(corpus: CorpusName, command: BatchCommand): (i: number) => Record<string, unknown> {
  const receivedAt = (i: number) => new Date(RECEIVED + (i % 604_800) * 1000).toISOString();
  if (corpus === "bench") {
    if (command === "check") return (i) => makePost(i);
    const pool = labelledMessageTexts();
    return (i) => ({
      id: `m${i}`,
      text: `${pool[i % pool.length]} ref ${(i * 7919) % 100_000}`,
      channel: CHANNELS[i % CHANNELS.length],
      receivedAt: receivedAt(i),
    });
  }
  const texts =
    corpus === "davidson"
      ? loadDavidson().map((row) => row.text)
      : corpus === "mhc"
        ? MHC_LANGUAGES.flatMap((language) => loadMhc(language).map((row) => row.text))
        : loadHateCheck().map((row) => row.text);
  return (i) => ({
    id: `${corpus[0]}${i}`,
    text: texts[i % texts.length],
    ...(command === "triage" ? { receivedAt: receivedAt(i) } : {}),
  });
}

/** Writes `lines` lines of a corpus to `path`; resolves to the bytes written. */
export async function writeCorpus(
  path: string,
  corpus: CorpusName,
  command: BatchCommand,
  lines: number = DEFAULT_LINES[corpus],
): Promise<number> {
  const make = lineMaker(corpus, command);
  const out = createWriteStream(path);
  let bytes = 0;
  let chunk = "";
  for (let i = 0; i < lines; i++) {
    chunk += `${JSON.stringify(make(i))}\n`;
    if (chunk.length > 65_536 || i === lines - 1) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = "";
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return bytes;
}

/** `--name value` from argv, or the default. */
export function argOf(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? (argv[at + 1] as string) : fallback;
}
