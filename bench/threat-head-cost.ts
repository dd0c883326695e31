/**
 * What the threat head (packages/core/src/triage/reader/threat-head.ts) costs beside the rest of
 * triage, in process, on the Davidson tweets (docs/benchmarks.md, "The threat head"):
 *
 *   npx tsx bench/threat-head-cost.ts [--rounds 5]
 *
 * Three loops over the same tweets, alternating each round so that load falls on all alike, CPU
 * time of this process: (a) the whole of triageMessage, (b) the main reader's features and softmax
 * (predict) alone, (c) the head's dot product alone over the features (b) extracted. Prints µs per
 * tweet for each and (c) as a share of (a): what the head adds to a triaged line.
 */
import { loadavg } from "node:os";
import { triageMessage } from "@parapet/core";
import { readerModel, threatHead } from "../packages/core/src/triage/reader/combine.js";
import { lastFeatureCount, lastFeatures, predict } from "../packages/core/src/triage/reader/model.js";
import { threatOfFeatures } from "../packages/core/src/triage/reader/threat-head.js";
import { lowerOf } from "../packages/core/src/triage/reader/training-data.js";
import { loadDavidson } from "../packages/core/test/language-eval/datasets.js";
import { loadTriageConfig } from "../packages/server/src/triage/triage-config.reader.js";
import { argOf } from "./real-corpus.js";

const rounds = Number(argOf(process.argv.slice(2), "rounds", "5"));
const texts = loadDavidson().map((r) => r.text);
const lowers = texts.map(lowerOf);
const config = loadTriageConfig("nhs-core");
const now = new Date("2026-11-24T10:00:00Z");
const model = readerModel();
const head = threatHead();
const out = new Float64Array(model.classes.length);
// Each tweet's features, extracted once, for loop (c).
const features = lowers.map((l) => {
  predict(model, l, out);
  return lastFeatures().slice(0, lastFeatureCount());
});

const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / texts.length;
};
let sink = 0;
const loops = {
  triage: () => {
    for (let i = 0; i < texts.length; i++)
      sink += triageMessage({ id: `d${i}`, text: texts[i] as string }, config, { now }).category.length;
  },
  reader: () => {
    for (const l of lowers) sink += predict(model, l, out)[0] as number;
  },
  head: () => {
    for (const f of features) sink += threatOfFeatures(head, f, f.length);
  },
};
for (const f of Object.values(loops)) f(); // warm up
const figures: Record<string, number[]> = { triage: [], reader: [], head: [] };
const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
for (let r = 0; r < rounds; r++) for (const [name, f] of Object.entries(loops)) figures[name]?.push(cpu(f));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const m = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(median(v).toFixed(3))]));
console.log(
  JSON.stringify(
    {
      tweets: texts.length,
      rounds,
      loadBefore,
      loadAfter: loadavg().map((l) => Number(l.toFixed(2))),
      medianCpuMicrosecondsPerTweet: m,
      headShareOfTriage: Number(((m.head as number) / (m.triage as number)).toFixed(4)),
      all: figures,
      sink: sink > 0,
    },
    null,
    2,
  ),
);
