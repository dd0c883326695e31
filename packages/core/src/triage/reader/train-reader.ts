/**
 * Fits the reader (docs/judgement.md, "The reader") and writes data/reader-model.ts.
 *
 *   npx tsx packages/core/src/triage/reader/train-reader.ts           (trains, writes the artefact)
 *   npx tsx packages/core/src/triage/reader/train-reader.ts --check   (exit 1 if the artefact is stale)
 *
 * Multinomial logistic regression over the twelve categories on the hashed features of
 * features.ts, fitted by AdaGrad with L2, class weights so that crisis and threat count more, a
 * fixed seed, and early stopping on a held-out fold; then quantised to int8. The thresholds are
 * chosen on the validation split (training-data.ts), never trained on, with the rules beside it.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDavidson } from "../../../test/language-eval/datasets.js";
import { analyseLanguage } from "../../language/index.js";
import { seededRandom } from "../../regex/generate.js";
import { type Classification, classifyByRules } from "../classify.js";
import { TRIAGE_CATEGORIES, type TriageCategory } from "../triage.schema.js";
import { combine, type ReaderThresholds } from "./combine.js";
import { BUCKET_BITS, BUCKETS, extractFeatures, MAX_FEATURES } from "./features.js";
import { loadModel, predict, type ReaderArtefact } from "./model.js";
import { type Example, loadExamples, lowerOf, REPO_ROOT, sourceHashes } from "./training-data.js";

const ARTEFACT = fileURLToPath(new URL("data/reader-model.ts", import.meta.url));
const K = TRIAGE_CATEGORIES.length;
const SETTINGS = {
  seed: 20261203,
  learningRate: 0.8,
  l2: 1e-4,
  maxEpochs: 30,
  patience: 4,
  crisisWeight: 3,
  threatWeight: 2,
  /** Lines that say only what they must not be (idioms and the like) weigh this much. */
  negativeWeight: 1.5,
  /** The Davidson tweets' weight (there are twelve thousand of them, and they only say "not crisis"). */
  davidsonWeight: 0.3,
  /**
   * The most false crisis (or threat) the reader may ADD to the rules' own, on the validation split
   * and on dev (the rules alone raise 2.4 % false crisis on the public blind set; the target is 3 %),
   * and the most Davidson tweets (no crisis among them) it may raise to crisis.
   */
  addedFalseCrisis: 0.005,
  addedFalseThreat: 0.005,
  davidsonCrisis: 0.005,
};

// A trial of other settings (READER_TRIAL='{"learningRate":0.2}'): prints the early-stop figures, writes nothing.
const TRIAL = process.env.READER_TRIAL;
if (TRIAL) Object.assign(SETTINGS, JSON.parse(TRIAL));

interface Encoded {
  offsets: Int32Array;
  features: Int32Array;
}

function encode(texts: readonly string[]): Encoded {
  const scratch = new Int32Array(MAX_FEATURES);
  const offsets = new Int32Array(texts.length + 1);
  const parts: Int32Array[] = [];
  let total = 0;
  texts.forEach((text, i) => {
    const n = extractFeatures(lowerOf(text), scratch);
    parts.push(scratch.slice(0, n));
    total += n;
    offsets[i + 1] = total;
  });
  const features = new Int32Array(total);
  let at = 0;
  for (const p of parts) {
    features.set(p, at);
    at += p.length;
  }
  return { offsets, features };
}

class Trainer {
  weights = new Float32Array(BUCKETS * K);
  squares = new Float32Array(BUCKETS * K);
  bias = new Float64Array(K);
  biasSquares = new Float64Array(K);
  private z = new Float64Array(K);

  probabilities(data: Encoded, i: number, out: Float64Array): number {
    const from = data.offsets[i] as number;
    const to = data.offsets[i + 1] as number;
    out.fill(0);
    for (let j = from; j < to; j++) {
      const f = data.features[j] as number;
      const base = (f >>> 1) * K;
      const s = f & 1 ? -1 : 1;
      for (let c = 0; c < K; c++) out[c] = (out[c] as number) + s * (this.weights[base + c] as number);
    }
    const x = to > from ? 1 / Math.sqrt(to - from) : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < K; c++) {
      out[c] = (this.bias[c] as number) + (out[c] as number) * x;
      max = Math.max(max, out[c] as number);
    }
    let sum = 0;
    for (let c = 0; c < K; c++) {
      out[c] = Math.exp((out[c] as number) - max);
      sum += out[c] as number;
    }
    for (let c = 0; c < K; c++) out[c] = (out[c] as number) / sum;
    return x;
  }

  /** One AdaGrad step on a line whose acceptable classes are `allowed` (the loss: −log P(allowed)). */
  step(data: Encoded, i: number, allowed: number, weight: number): void {
    const p = this.z;
    const x = this.probabilities(data, i, p);
    let pAllowed = 0;
    for (let c = 0; c < K; c++) if (allowed & (1 << c)) pAllowed += p[c] as number;
    const grad = new Float64Array(K);
    for (let c = 0; c < K; c++)
      grad[c] = weight * ((p[c] as number) - (allowed & (1 << c) ? (p[c] as number) / pAllowed : 0));
    const { learningRate: lr, l2 } = SETTINGS;
    for (let c = 0; c < K; c++) {
      const g = grad[c] as number;
      this.biasSquares[c] = (this.biasSquares[c] as number) + g * g;
      this.bias[c] = (this.bias[c] as number) - (lr * g) / (Math.sqrt(this.biasSquares[c] as number) + 1e-8);
    }
    const from = data.offsets[i] as number;
    const to = data.offsets[i + 1] as number;
    for (let j = from; j < to; j++) {
      const f = data.features[j] as number;
      const base = (f >>> 1) * K;
      const s = f & 1 ? -x : x;
      for (let c = 0; c < K; c++) {
        const at = base + c;
        const w = this.weights[at] as number;
        const g = (grad[c] as number) * s + l2 * w;
        const sq = (this.squares[at] as number) + g * g;
        this.squares[at] = sq;
        this.weights[at] = w - (lr * g) / (Math.sqrt(sq) + 1e-8);
      }
    }
  }
}

function argmax(p: Float64Array): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return best;
}

/** Macro-F1 over the categories that occur (as gold or as answer), as eval/score.ts counts it. */
function macroF1(gold: readonly TriageCategory[], got: readonly TriageCategory[]): number {
  let sum = 0;
  let n = 0;
  for (const c of TRIAGE_CATEGORIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (g === c && got[i] === c) tp++;
      else if (got[i] === c) fp++;
      else if (g === c) fn++;
    });
    if (tp + fp + fn === 0) continue;
    n++;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return n === 0 ? 0 : sum / n;
}

function classWeights(examples: readonly Example[]): number[] {
  const counts = new Float64Array(K);
  for (const e of examples) {
    const c = e.category ? TRIAGE_CATEGORIES.indexOf(e.category) : -1;
    if (c >= 0) counts[c] = (counts[c] as number) + 1;
  }
  const mean = counts.reduce((a, b) => a + b, 0) / K;
  return TRIAGE_CATEGORIES.map((c, i) => {
    const boost = c === "crisis" ? SETTINGS.crisisWeight : c === "threat" ? SETTINGS.threatWeight : 1;
    return boost * Math.sqrt(mean / Math.max(1, counts[i] as number));
  });
}

function fit(train: readonly Example[], early: readonly Example[]): Trainer {
  const trainData = encode(train.map((e) => e.text));
  const earlyData = encode(early.map((e) => e.text));
  const weights = classWeights(train);
  const t = new Trainer();
  const random = seededRandom(SETTINGS.seed);
  const order = train.map((_, i) => i);
  let best = { score: -1, epoch: 0, weights: t.weights.slice(), bias: t.bias.slice() };
  const p = new Float64Array(K);
  for (let epoch = 1; epoch <= SETTINGS.maxEpochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const e = train[i] as Example;
      const w = e.category
        ? (weights[TRIAGE_CATEGORIES.indexOf(e.category)] as number)
        : e.source === "eval/public/davidson"
          ? SETTINGS.davidsonWeight
          : SETTINGS.negativeWeight;
      t.step(trainData, i, e.allowed, w);
    }
    const got = early.map((_, i) => {
      t.probabilities(earlyData, i, p);
      return TRIAGE_CATEGORIES[argmax(p)] as TriageCategory;
    });
    const score = macroF1(
      early.map((e) => e.category as TriageCategory),
      got,
    );
    console.error(`epoch ${epoch}: early-stop macro-F1 ${score.toFixed(4)}`);
    if (score > best.score) best = { score, epoch, weights: t.weights.slice(), bias: t.bias.slice() };
    else if (epoch - best.epoch >= SETTINGS.patience) break;
  }
  console.error(`best epoch ${best.epoch}`);
  t.weights = best.weights;
  t.bias = best.bias;
  return t;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64");
}

function quantise(t: Trainer): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (const w of t.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127;
  const bytes = new Int8Array(t.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round((t.weights[i] as number) / scale);
  return { scale, bytes };
}

const rulesOf = (text: string) => {
  const lower = lowerOf(text);
  return classifyByRules(lower, analyseLanguage(text));
};

interface Scored {
  gold: TriageCategory;
  rules: Classification;
  p: Float64Array;
  lower: string;
}

function outcome(items: readonly Scored[], th: ReaderThresholds): TriageCategory[] {
  return items.map((s) => combine(s.rules, s.p, TRIAGE_CATEGORIES, th, s.lower).category);
}

function rate(items: readonly Scored[], got: readonly TriageCategory[], c: TriageCategory): number {
  let n = 0;
  let hit = 0;
  items.forEach((s, i) => {
    if (s.gold !== c) {
      n++;
      if (got[i] === c) hit++;
    }
  });
  return n === 0 ? 0 : hit / n;
}

function recall(items: readonly Scored[], got: readonly TriageCategory[], c: TriageCategory): number {
  let n = 0;
  let hit = 0;
  items.forEach((s, i) => {
    if (s.gold === c) {
      n++;
      if (got[i] === c) hit++;
    }
  });
  return n === 0 ? 1 : hit / n;
}

function report(name: string, items: readonly Scored[], got: readonly TriageCategory[]): string {
  const gold = items.map((s) => s.gold);
  return `${name}: n=${items.length} crisis recall ${recall(items, got, "crisis").toFixed(3)} false crisis ${(100 * rate(items, got, "crisis")).toFixed(1)}% threat recall ${recall(items, got, "threat").toFixed(3)} false threat ${(100 * rate(items, got, "threat")).toFixed(1)}% macro-F1 ${macroF1(gold, got).toFixed(3)}`;
}

async function main(): Promise<void> {
  const sources = sourceHashes();
  if (process.argv.includes("--check")) {
    const { READER_ARTEFACT } = await import("./data/reader-model.js");
    const stale = JSON.stringify(READER_ARTEFACT.sources) !== JSON.stringify(sources);
    if (stale) console.error("data/reader-model.ts is stale: run train-reader.ts");
    process.exit(stale ? 1 : 0);
  }
  const examples = await loadExamples();
  const train = examples.filter((e) => e.split === "train");
  const early = examples.filter((e) => e.split === "early-stop");
  const validation = examples.filter((e) => e.split === "validation");
  console.error(`train ${train.length}, early-stop ${early.length}, validation ${validation.length}`);
  const t = fit(train, early);
  if (TRIAL) return;
  const { scale, bytes } = quantise(t);
  const draft: ReaderArtefact = {
    version: 1,
    bucketBits: BUCKET_BITS,
    classes: TRIAGE_CATEGORIES,
    scale,
    bias: [...t.bias],
    weights: toBase64(new Uint8Array(bytes.buffer)),
    settings: SETTINGS,
    sources,
    validation: { lines: 0, correct: 0, accuracy: 0, macroF1: 0 },
    thresholds: { crisis: 1.01, threat: 1.01, other: 1.01 },
  };
  const model = loadModel(draft);
  const score = (text: string, gold: TriageCategory): Scored => ({
    gold,
    rules: rulesOf(text),
    p: predict(model, lowerOf(text), new Float64Array(K)),
    lower: lowerOf(text),
  });
  const val = validation.map((e) => score(e.text, e.category as TriageCategory));
  const { readFileSync } = await import("node:fs");
  const dev = readFileSync(`${REPO_ROOT}eval/dev/dev-messages/dev-messages.jsonl`, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; expect: { category: TriageCategory } })
    .map((m) => score(m.text, m.expect.category));
  // The reader alone, on the validation split, is the figure the artefact records (and a test checks).
  const alone = val.map((s) => TRIAGE_CATEGORIES[argmax(s.p)] as TriageCategory);
  const correct = alone.filter((c, i) => c === val[i]?.gold).length;
  draft.validation = {
    lines: val.length,
    correct,
    accuracy: correct / Math.max(1, val.length),
    macroF1: macroF1(
      val.map((s) => s.gold),
      alone,
    ),
  };
  // Thresholds: the lowest crisis and threat thresholds whose false alarms (rules and reader together)
  // stay inside the budget on the validation split and on dev; then the fallback threshold that reads best.
  const grid = Array.from({ length: 90 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);
  // A fallback decided by the reader needs it to be more sure than not.
  const otherGrid = grid.filter((g) => g >= 0.5);
  const off = { crisis: 1.01, threat: 1.01, other: 1.01 };
  const davidson = loadDavidson()
    .filter((_, i) => i % 2 === 1)
    .map((row) => predict(model, lowerOf(row.text), new Float64Array(K))[0] as number);
  const added = (th: ReaderThresholds, c: TriageCategory, budget: number) =>
    [val, dev].every(
      (items) => rate(items, outcome(items, th), c) <= rate(items, outcome(items, off), c) + budget,
    );
  const crisis =
    grid.find(
      (g) =>
        added({ ...off, crisis: g }, "crisis", SETTINGS.addedFalseCrisis) &&
        davidson.filter((p) => p >= g).length <= SETTINGS.davidsonCrisis * davidson.length,
    ) ?? off.crisis;
  const threat =
    grid.find((g) => added({ ...off, crisis, threat: g }, "threat", SETTINGS.addedFalseThreat)) ?? off.threat;
  console.error(
    `davidson tweets the reader raises to crisis: ${davidson.filter((p) => p >= crisis).length} of ${davidson.length}`,
  );
  let other = off.other;
  let bestF1 = macroF1(
    val.map((s) => s.gold),
    outcome(val, { crisis, threat, other }),
  );
  for (const g of otherGrid) {
    const f1 = macroF1(
      val.map((s) => s.gold),
      outcome(val, { crisis, threat, other: g }),
    );
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      other = g;
    }
  }
  draft.thresholds = { crisis, threat, other };
  console.error(`thresholds ${JSON.stringify(draft.thresholds)}`);
  console.error(report("validation, rules alone", val, outcome(val, off)));
  console.error(report("validation, rules + reader", val, outcome(val, draft.thresholds)));
  console.error(report("dev, rules alone", dev, outcome(dev, off)));
  console.error(report("dev, rules + reader", dev, outcome(dev, draft.thresholds)));
  console.error(`reader alone on validation: ${JSON.stringify(draft.validation)}`);
  const { weights, ...rest } = draft;
  writeFileSync(
    ARTEFACT,
    `// Generated by train-reader.ts from the files in \`sources\` (docs/judgement.md, "The reader"). Do not edit.\nimport type { ReaderArtefact } from "../model.js";\n\nexport const READER_ARTEFACT: ReaderArtefact = {\n  ...${JSON.stringify(rest)},\n  weights:\n    "${weights}",\n};\n`,
  );
}

// Only as the entry point (npx tsx train-reader.ts): importing this file (a cross-validation script) trains nothing.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
