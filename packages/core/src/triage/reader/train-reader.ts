/**
 * Fits the reader (docs/judgement.md, "The reader") and writes data/reader-model.ts.
 *
 *   npx tsx packages/core/src/triage/reader/train-reader.ts           (trains, writes the artefact)
 *   npx tsx packages/core/src/triage/reader/train-reader.ts --check   (exit 1 if the artefact is stale)
 *
 * Multinomial logistic regression over the twelve categories on the hashed features of
 * features.ts, fitted by AdaGrad with L2, class weights so that crisis and threat count more, a
 * fixed seed, and early stopping on a held-out fold; then quantised to int8. The thresholds are
 * chosen by 5-fold cross-validation on the writers' lines (crossValidate), with the rules beside
 * it, in English and in other languages apart; dev and held-out Davidson rows guard them.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDavidson } from "../../../test/language-eval/datasets.js";
import {
  type Encoded,
  encodeTexts,
  quantise as quantiseWeights,
  SoftmaxTrainer,
} from "../../hashed-softmax/train.js";
import { analyseLanguage } from "../../language/index.js";
import { seededRandom } from "../../regex/generate.js";
import { type Classification, classifyByRules } from "../classify.js";
import { looksEnglish } from "../language-detect.js";
import { TRIAGE_CATEGORIES, type TriageCategory } from "../triage.schema.js";
import { combine, type ReaderThresholds } from "./combine.js";
import { BUCKET_BITS, BUCKETS, extractFeatures, MAX_FEATURES } from "./features.js";
import { loadModel, predict, type ReaderArtefact } from "./model.js";
import { type Example, loadExamples, lowerOf, REPO_ROOT, sourceHashes } from "./training-data.js";

const ARTEFACT = fileURLToPath(new URL("data/reader-model.ts", import.meta.url));
const K = TRIAGE_CATEGORIES.length;
export const SETTINGS = {
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
   * The most false crisis (or threat) rules + reader may have beyond the rules' own, on the writers'
   * lines out of fold (k-fold cross-validation), in English and in other languages apart: for
   * crisis none (the rules alone raise 2.4 % false crisis on the public blind set, 2.8 % on the
   * languages set; the limit is 3 %), so the reader's raises are paid for by the rules crises it
   * undoes; and the most Davidson tweets (no crisis among them) it may raise to crisis.
   */
  addedFalseCrisis: 0,
  /** In English no rules crisis is undone (see veto), so the reader's raises there may cost this much. */
  addedFalseCrisisEnglish: 0.002,
  addedFalseThreat: 0.01,
  /**
   * On dev (not cross-validated: fitted beside it), the most the reader may add to the rules' false
   * alarms. Dev has about 370 lines that are no crisis: 1 % is three of them, 0.5 % one.
   */
  devAddedFalse: 0.01,
  davidsonCrisis: 0.005,
  /**
   * Below this P(crisis) a rules crisis in a message not in English is undone. Chosen by 5-fold
   * cross-validation on 3 December's lines: the lowest P(crisis) of a true crisis the rules found
   * there was 0.038; 0.01 undid 12 of their 60 false crises and none of their 189 true ones. Never in
   * English: on dev a farewell's thanks, a crisis the rules found, read 0.005.
   */
  veto: 0.01,
  folds: 5,
};

// A trial of other settings (READER_TRIAL='{"learningRate":0.2}'): prints the early-stop figures, writes nothing.
const TRIAL = process.env.READER_TRIAL;
const QUIET = process.env.READER_QUIET === "1";
if (TRIAL) Object.assign(SETTINGS, JSON.parse(TRIAL));

export type { Encoded };

export function encode(texts: readonly string[]): Encoded {
  return encodeTexts(texts, MAX_FEATURES, (text, scratch) => extractFeatures(lowerOf(text), scratch));
}

/** Logistic regression over k classes (k = 2 for a one-vs-rest head), fitted by AdaGrad with L2. */
export class Trainer extends SoftmaxTrainer {
  constructor(k: number = K) {
    super(k, BUCKETS, SETTINGS);
  }
}

export function argmax(p: Float64Array): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return best;
}

/** Macro-F1 over the categories that occur (as gold or as answer), as eval/score.ts counts it. */
export function macroF1(gold: readonly TriageCategory[], got: readonly TriageCategory[]): number {
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

export function classWeights(examples: readonly Example[]): number[] {
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

/** What one model learns: its classes, each line's acceptable classes and weight, and its early-stop score. */
export interface Head {
  name: string;
  k: number;
  /** The line's acceptable classes (a bit mask over the head's k) and weight; undefined: the line is skipped. */
  label(e: Example): { allowed: number; weight: number } | undefined;
  /** Higher is better: the figure early stopping keeps the best epoch by. */
  score(t: Trainer, data: Encoded, early: readonly Example[]): number;
}

/** The twelve-way head: every category, class-weighted, lines that say only what they are not as partial labels. */
export function twelveWay(train: readonly Example[]): Head {
  const weights = classWeights(train);
  const p = new Float64Array(K);
  return {
    name: "twelve-way",
    k: K,
    label: (e) => ({
      allowed: e.allowed,
      weight: e.category
        ? (weights[TRIAGE_CATEGORIES.indexOf(e.category)] as number)
        : e.source === "eval/public/davidson"
          ? SETTINGS.davidsonWeight
          : SETTINGS.negativeWeight,
    }),
    score: (t, data, early) =>
      macroF1(
        early.map((e) => e.category as TriageCategory),
        early.map((_, i) => {
          t.probabilities(data, i, p);
          return TRIAGE_CATEGORIES[argmax(p)] as TriageCategory;
        }),
      ),
  };
}

/**
 * A one-vs-rest head for one category (k = 2: class 1 is the category): its lines are the
 * positives, weighted `positiveWeight`; every line that may not be it (labelled otherwise, or saying
 * only that it is not it: the hard negatives) a negative; lines whose partial label allows it are skipped.
 * Early stopping keeps the epoch with the best class-balanced log-likelihood.
 */
export function oneVsRest(category: TriageCategory, positiveWeight: number): Head {
  const b = 1 << TRIAGE_CATEGORIES.indexOf(category);
  const p = new Float64Array(2);
  return {
    name: `${category}-vs-rest`,
    k: 2,
    label: (e) => {
      if (e.category === category) return { allowed: 2, weight: positiveWeight };
      if (e.allowed & b) return undefined;
      const weight = e.category
        ? 1
        : e.source === "eval/public/davidson"
          ? SETTINGS.davidsonWeight
          : SETTINGS.negativeWeight;
      return { allowed: 1, weight };
    },
    score: (t, data, early) => {
      let pos = 0;
      let neg = 0;
      let nPos = 0;
      let nNeg = 0;
      early.forEach((e, i) => {
        t.probabilities(data, i, p);
        if (e.category === category) {
          pos += Math.log(Math.max(1e-12, p[1] as number));
          nPos++;
        } else if (!(e.allowed & b)) {
          neg += Math.log(Math.max(1e-12, p[0] as number));
          nNeg++;
        }
      });
      return pos / Math.max(1, nPos) + neg / Math.max(1, nNeg);
    },
  };
}

export function fit(
  train: readonly Example[],
  early: readonly Example[],
  head: Head = twelveWay(train),
): Trainer {
  const trainData = encode(train.map((e) => e.text));
  const earlyData = encode(early.map((e) => e.text));
  const labels = train.map((e) => head.label(e));
  const t = new Trainer(head.k);
  const random = seededRandom(SETTINGS.seed);
  const order = train.map((_, i) => i);
  let best = { score: Number.NEGATIVE_INFINITY, epoch: 0, weights: t.weights.slice(), bias: t.bias.slice() };
  for (let epoch = 1; epoch <= SETTINGS.maxEpochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const l = labels[i];
      if (l) t.step(trainData, i, l.allowed, l.weight);
    }
    const score = head.score(t, earlyData, early);
    if (!QUIET) console.error(`${head.name} epoch ${epoch}: early-stop score ${score.toFixed(4)}`);
    if (score > best.score) best = { score, epoch, weights: t.weights.slice(), bias: t.bias.slice() };
    else if (epoch - best.epoch >= SETTINGS.patience) break;
  }
  console.error(`${head.name}: best epoch ${best.epoch}`);
  t.weights = best.weights;
  t.bias = best.bias;
  return t;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64");
}

export function quantise(t: Trainer): { scale: number; bytes: Int8Array } {
  return quantiseWeights(t.weights);
}

export const rulesOf = (text: string) => {
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

/** FNV-1a of a string: the cross-validation fold of a writer's line. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
export const foldOf = (id: string, folds: number) => fnv(`cv:${id}`) % folds;
export const isWriterLine = (e: Example) => e.source.startsWith("eval/train/");

/**
 * k-fold cross-validation on the writers' lines (all but the early-stop fold): each fold is read by
 * a model fitted on everything else (the other folds, the tuned sets, Davidson's even rows),
 * early-stopped on the early-stop fold. Returns every such line, read out of fold.
 */
export function crossValidate(examples: readonly Example[], folds = SETTINGS.folds): Scored[] {
  const early = examples.filter((e) => e.split === "early-stop");
  const held = examples.filter((e) => isWriterLine(e) && e.split !== "early-stop");
  const out: Scored[] = [];
  for (let f = 0; f < folds; f++) {
    const test = held.filter((e) => foldOf(e.id, folds) === f);
    const train = examples.filter(
      (e) => e.split !== "early-stop" && !(isWriterLine(e) && foldOf(e.id, folds) === f),
    );
    const t = fit(train, early);
    const data = encode(test.map((e) => e.text));
    test.forEach((e, i) => {
      const p = new Float64Array(K);
      t.probabilities(data, i, p);
      out.push({ gold: e.category as TriageCategory, rules: rulesOf(e.text), p, lower: lowerOf(e.text) });
    });
    console.error(`cross-validation: fold ${f + 1} of ${folds} read (${test.length} lines)`);
  }
  return out;
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
  const off: ReaderThresholds = {
    crisis: 1.01,
    crisisEnglish: 1.01,
    threat: 1.01,
    other: 1.01,
    veto: 0,
  };
  const draft: ReaderArtefact = {
    version: 2,
    bucketBits: BUCKET_BITS,
    classes: TRIAGE_CATEGORIES,
    scale,
    bias: [...t.bias],
    weights: toBase64(new Uint8Array(bytes.buffer)),
    settings: SETTINGS,
    sources,
    validation: { lines: 0, correct: 0, accuracy: 0, macroF1: 0 },
    thresholds: off,
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
  // Thresholds, by cross-validation (the writers' lines read out of fold), in English and in other
  // languages apart: the lowest at which rules + reader raise no more false alarms than the budget
  // beyond the rules' own; dev (read by the shipped model) must not get more than devAddedFalse worse.
  const cv = crossValidate(examples);
  // READER_CV_OUT=FILE keeps the out-of-fold readings for a second look (what cv-reader.ts prints).
  if (process.env.READER_CV_OUT)
    writeFileSync(
      process.env.READER_CV_OUT,
      JSON.stringify(
        cv.map((s) => ({
          gold: s.gold,
          rules: s.rules.category,
          english: looksEnglish(s.lower),
          p: [...s.p],
        })),
      ),
    );
  const english = cv.filter((s) => looksEnglish(s.lower));
  const other = cv.filter((s) => !looksEnglish(s.lower));
  // Raising needs the reader to be more sure than not.
  const grid = Array.from({ length: 50 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100);
  const davidson = loadDavidson()
    .filter((_, i) => i % 2 === 1)
    .map((row) => {
      const lower = lowerOf(row.text);
      return { p: predict(model, lower, new Float64Array(K))[0] as number, english: looksEnglish(lower) };
    });
  const within = (items: readonly Scored[], th: ReaderThresholds, c: TriageCategory, budget: number) =>
    rate(items, outcome(items, th), c) <= rate(items, outcome(items, off), c) + budget + 1e-12;
  const devOk = (th: ReaderThresholds, c: TriageCategory) => within(dev, th, c, SETTINGS.devAddedFalse);
  const veto = SETTINGS.veto;
  const crisisEnglish =
    grid.find((g) => {
      const th = { ...off, veto, crisisEnglish: g };
      return within(english, th, "crisis", SETTINGS.addedFalseCrisisEnglish) && devOk(th, "crisis");
    }) ?? off.crisisEnglish;
  const crisis =
    grid.find((g) => {
      const th = { ...off, veto, crisisEnglish, crisis: g };
      const raised = davidson.filter((d) => d.p >= (d.english ? crisisEnglish : g)).length;
      return (
        within(other, th, "crisis", SETTINGS.addedFalseCrisis) &&
        devOk(th, "crisis") &&
        raised <= SETTINGS.davidsonCrisis * davidson.length
      );
    }) ?? off.crisis;
  const withCrisis = { ...off, veto, crisis, crisisEnglish };
  const threat =
    grid.find((g) => {
      const th = { ...withCrisis, threat: g };
      return within(other, th, "threat", SETTINGS.addedFalseThreat) && devOk(th, "threat");
    }) ?? off.threat;
  console.error(
    `davidson tweets the reader raises to crisis: ${davidson.filter((d) => d.p >= (d.english ? crisisEnglish : crisis)).length} of ${davidson.length}`,
  );
  // The fallback threshold: the best macro-F1 out of fold, at or above 0.5.
  const gold = cv.map((s) => s.gold);
  let otherTh = off.other;
  let bestF1 = macroF1(gold, outcome(cv, { ...withCrisis, threat }));
  for (const g of grid) {
    const f1 = macroF1(gold, outcome(cv, { ...withCrisis, threat, other: g }));
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      otherTh = g;
    }
  }
  draft.thresholds = { crisis, crisisEnglish, threat, other: otherTh, veto };
  console.error(`thresholds ${JSON.stringify(draft.thresholds)}`);
  for (const [name, items] of [
    ["cross-validation, English", english],
    ["cross-validation, other languages", other],
    ["validation (shipped model)", val],
    ["dev (shipped model)", dev],
  ] as const) {
    console.error(report(`${name}, rules alone`, items, outcome(items, off)));
    console.error(report(`${name}, rules + reader`, items, outcome(items, draft.thresholds)));
  }
  console.error(`reader alone on validation: ${JSON.stringify(draft.validation)}`);
  const { weights, ...rest } = draft;
  writeFileSync(
    ARTEFACT,
    `// Generated by train-reader.ts from the files in \`sources\` (docs/judgement.md, "The reader"). Do not edit.\nimport type { ReaderArtefact } from "../model.js";\n\nexport const READER_ARTEFACT: ReaderArtefact = {\n  ...${JSON.stringify(rest)},\n  weights:\n    "${weights}",\n};\n`,
  );
}

// Only as the entry point (npx tsx train-reader.ts): importing this file (a cross-validation script) trains nothing.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
