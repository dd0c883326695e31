/**
 * Fits the post reader (docs/judgement.md, "4 December") and writes data/check-reader-model.ts.
 *
 *   npx tsx packages/core/src/check/reader/train-check-reader.ts           (trains, writes the artefact)
 *   npx tsx packages/core/src/check/reader/train-check-reader.ts --check   (exit 1 if the artefact is stale)
 *
 * Data: eval/train-posts/w4, w7 and w9 (staff's drafts written for the readers; w9 weighted to people
 * named or identified) and the checker's regression
 * sets (packages/core/test/check-eval/posts.jsonl and kinds.jsonl). eval/dev and the blind sets are
 * never read. Multinomial logistic regression over CHECK_READER_CLASSES; a line's label is the set
 * of its categories among the classes (the loss asks that one of them be likely), "clean" for a
 * post that should pass. Fixed seed, AdaGrad with L2, class weights √(mean/count).
 *
 * How many epochs, and the thresholds, are chosen by 5-fold cross-validation on those lines, with
 * the rules beside the reader exactly as the checker combines them: the reader reads only posts the
 * rules left at "pass". The flag threshold is the lowest at which the reader adds at most
 * `addedCleanFlagged` of the clean lines to the ones flagged; the final model is fitted on every line.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Encoded, encodeTexts, quantise, SoftmaxTrainer } from "../../hashed-softmax/train.js";
import { loadPacks } from "../../packs/index.js";
import { seededRandom } from "../../regex/generate.js";
import { extractFeatures, MAX_FEATURES } from "../../triage/reader/features.js";
import type { AccountType, Severity } from "../categories.js";
import type { CheckInput } from "../check.schema.js";
import { checkPost, DEFAULT_ACCOUNT_TYPE, verdictOf } from "../check-post.js";
import {
  CHECK_READER_BUCKET_BITS,
  CHECK_READER_BUCKETS,
  CHECK_READER_CLASSES,
  type CheckReaderArtefact,
  decide,
  foldFeature,
  readerLower,
} from "./model.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const ARTEFACT = join(HERE, "data/check-reader-model.ts");
const K = CHECK_READER_CLASSES.length;

export const TRAINING_FILES = [
  "eval/train-posts/w4/w4.jsonl",
  "eval/train-posts/w7/w7.jsonl",
  "eval/train-posts/w9/w9.jsonl",
  "packages/core/test/check-eval/posts.jsonl",
  "packages/core/test/check-eval/kinds.jsonl",
].map((f) => join(REPO_ROOT, f));
const CODE_FILES = [
  join(REPO_ROOT, "packages/core/src/triage/reader/features.ts"),
  join(HERE, "model.ts"),
  join(HERE, "train-check-reader.ts"),
  join(REPO_ROOT, "packages/core/src/hashed-softmax/train.ts"),
];

const SETTINGS = {
  seed: 20261204,
  learningRate: 0.5,
  l2: 1e-4,
  maxEpochs: 30,
  folds: 5,
  /** The most clean lines the reader may add to those the rules flag, in cross-validation. */
  addedCleanFlagged: 0.005,
  pair: 0.5,
  /** The reader reads only posts the rules passed: lines the rules pass weigh this much more. */
  passedWeight: 3,
};

// A trial of other settings (CHECK_READER_TRIAL='{"learningRate":1}'): prints the figures, writes nothing.
const TRIAL = process.env.CHECK_READER_TRIAL;
if (TRIAL) Object.assign(SETTINGS, JSON.parse(TRIAL));

export function sourceHashes(): Record<string, string> {
  return Object.fromEntries(
    [...TRAINING_FILES, ...CODE_FILES].map((f) => [
      relative(REPO_ROOT, f),
      createHash("sha256").update(readFileSync(f)).digest("hex"),
    ]),
  );
}

interface Line {
  id: string;
  input: CheckInput;
  verdict: string;
  categories: string[];
  /** Bit c: class c is an acceptable answer; 0: not trained on (its categories are not the reader's). */
  allowed: number;
  fold: number;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function loadLines(): Line[] {
  const out: Line[] = [];
  for (const file of TRAINING_FILES) {
    const source = relative(REPO_ROOT, file);
    for (const text of readFileSync(file, "utf8").split("\n")) {
      if (!text.trim()) continue;
      const item = JSON.parse(text) as {
        id: string;
        text: string;
        platform?: CheckInput["platform"];
        account?: CheckInput["account"];
        media?: CheckInput["media"];
        expect: { verdict: string; categories?: string[] };
      };
      const categories = item.expect.categories ?? [];
      let allowed = 0;
      for (const c of categories) {
        const i = (CHECK_READER_CLASSES as readonly string[]).indexOf(c);
        if (i > 0) allowed |= 1 << i;
      }
      if (allowed === 0 && item.expect.verdict === "pass") allowed = 1;
      const id = `${source}:${item.id}`;
      out.push({
        id,
        input: {
          text: item.text,
          ...(item.platform ? { platform: item.platform } : {}),
          ...(item.account ? { account: item.account } : {}),
          ...(item.media ? { media: item.media } : {}),
        },
        verdict: item.expect.verdict,
        categories,
        allowed,
        fold: fnv(id) % SETTINGS.folds,
      });
    }
  }
  return out;
}

function encode(texts: readonly string[]): Encoded {
  return encodeTexts(texts, MAX_FEATURES, (text, scratch) => {
    const n = extractFeatures(readerLower(text), scratch);
    for (let j = 0; j < n; j++) scratch[j] = foldFeature(scratch[j] as number);
    return n;
  });
}

class Trainer extends SoftmaxTrainer {
  constructor() {
    super(K, CHECK_READER_BUCKETS, SETTINGS);
  }
}

function classWeights(lines: readonly Line[]): Float64Array {
  const counts = new Float64Array(K);
  for (const l of lines)
    for (let c = 0; c < K; c++) if (l.allowed & (1 << c)) counts[c] = (counts[c] as number) + 1;
  const mean = counts.reduce((a, b) => a + b, 0) / K;
  return counts.map((n) => Math.sqrt(mean / Math.max(1, n)));
}

/** A line's weight: the mean weight of its acceptable classes. */
function weightOf(line: Line, weights: Float64Array): number {
  let sum = 0;
  let n = 0;
  for (let c = 0; c < K; c++)
    if (line.allowed & (1 << c)) {
      sum += weights[c] as number;
      n++;
    }
  return n === 0 ? 0 : sum / n;
}

/** Fits on `train` for `epochs` epochs; after each, `onEpoch` may read the model. */
function fit(
  data: Encoded,
  lines: readonly Line[],
  boost: Float64Array,
  train: readonly number[],
  epochs: number,
  onEpoch?: (t: Trainer, epoch: number) => void,
): Trainer {
  const weights = classWeights(train.map((i) => lines[i] as Line));
  const t = new Trainer();
  const random = seededRandom(SETTINGS.seed);
  const order = [...train];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const line = lines[i] as Line;
      t.step(data, i, line.allowed, weightOf(line, weights) * (boost[i] as number));
    }
    onEpoch?.(t, epoch);
  }
  return t;
}

/** The artefact as a module: the weights on a line of their own. */
function writeArtefact(artefact: CheckReaderArtefact): void {
  const { weights, ...rest } = artefact;
  writeFileSync(
    ARTEFACT,
    `// Generated by train-check-reader.ts from the files in \`sources\` (docs/judgement.md, "4 December"). Do not edit.\nimport type { CheckReaderArtefact } from "../model.js";\n\nexport const CHECK_READER_MODEL: CheckReaderArtefact = {\n  ...${JSON.stringify(rest)},\n  weights:\n    "${weights}",\n};\n`,
  );
}

interface Simulated {
  line: Line;
  /** The rules' verdict and categories, without the reader. */
  rulesVerdict: string;
  rulesCategories: Set<string>;
  account: AccountType;
}

function packOf() {
  const dir = join(REPO_ROOT, "packs");
  const packs = loadPacks(
    readdirSync(dir)
      .filter((d) => existsSync(join(dir, d, "pack.yaml")))
      .map((d) => ({
        file: `packs/${d}/pack.yaml`,
        source: readFileSync(join(dir, d, "pack.yaml"), "utf8"),
      })),
  );
  const core = packs.get("nhs-core");
  if (!core) throw new Error("nhs-core pack not found");
  return core;
}

/** The figures of rules + reader on lines whose reader probabilities are `p` (one row per line). */
function combined(
  items: readonly Simulated[],
  p: readonly Float64Array[],
  flag: number,
  severityOf: (c: string, a: AccountType) => Severity | "off",
) {
  let clean = 0;
  let cleanFlagged = 0;
  let cleanAdded = 0;
  let blocking = 0;
  let silent = 0;
  let rescued = 0;
  let right = 0;
  let rulesRight = 0;
  items.forEach((s, i) => {
    let verdict = s.rulesVerdict;
    const found = new Set(s.rulesCategories);
    if (verdict === "pass") {
      const read = decide(p[i] as Float64Array, { flag, pair: SETTINGS.pair });
      const severities = read.map((c) => severityOf(c, s.account)).filter((x) => x !== "off");
      for (const c of read) if (severityOf(c, s.account) !== "off") found.add(c);
      verdict = verdictOf(severities.map((severity) => ({ severity }) as never));
    }
    const isClean = s.line.categories.length === 0;
    if (isClean) {
      clean++;
      if (verdict !== "pass") cleanFlagged++;
      if (verdict !== "pass" && s.rulesVerdict === "pass") cleanAdded++;
    }
    if (s.line.verdict === "block") {
      blocking++;
      if (found.size === 0) silent++;
      if (s.rulesCategories.size === 0 && found.size > 0) rescued++;
    }
    if (verdict === s.line.verdict) right++;
    if (s.rulesVerdict === s.line.verdict) rulesRight++;
  });
  return {
    clean,
    cleanFlagged,
    cleanAdded,
    blocking,
    silent,
    rescued,
    accuracy: right / items.length,
    rulesAccuracy: rulesRight / items.length,
  };
}

async function main(): Promise<void> {
  const sources = sourceHashes();
  if (process.argv.includes("--check")) {
    const { CHECK_READER_MODEL } = await import("./data/check-reader-model.js");
    const stale = JSON.stringify(CHECK_READER_MODEL.sources) !== JSON.stringify(sources);
    if (stale) console.error("data/check-reader-model.ts is stale: run train-check-reader.ts");
    process.exit(stale ? 1 : 0);
  }
  const lines = loadLines();
  const data = encode(lines.map((l) => l.input.text));
  const pack = packOf();
  const readerRules = pack.rules.filter((r) => r.spec.detector === "reader");
  const severityOf = (c: string, a: AccountType): Severity | "off" =>
    readerRules.find((r) => r.category === c)?.severity[a] ?? "off";
  // The rules alone: the reader's own findings taken out (it adds them only to posts the rules passed),
  // and the names patient-post-name adds after it (they follow a patient finding, the reader's too, so
  // they would make the figures depend on the artefact being replaced; they never change a verdict).
  const afterTheRules = new Set(
    pack.rules
      .filter((r) => r.spec.detector === "reader" || r.spec.detector === "patient-post-name")
      .map((r) => r.id),
  );
  const simulated: Simulated[] = lines.map((line) => {
    const result = checkPost(pack, line.input);
    const findings = result.findings.filter((f) => !afterTheRules.has(f.rule));
    return {
      line,
      rulesVerdict: verdictOf(findings),
      rulesCategories: new Set(findings.map((f) => f.category)),
      account: line.input.account?.type ?? DEFAULT_ACCOUNT_TYPE,
    };
  });
  const boost = Float64Array.from(simulated, (s) => (s.rulesVerdict === "pass" ? SETTINGS.passedWeight : 1));
  const trained = lines.map((_, i) => i).filter((i) => (lines[i] as Line).allowed !== 0);
  console.error(`${lines.length} lines, ${trained.length} with a label among the reader's classes`);
  // Cross-validation: each line's held-out probabilities after each epoch.
  const held: Float64Array[][] = Array.from({ length: SETTINGS.maxEpochs + 1 }, () =>
    lines.map(() => new Float64Array(K)),
  );
  for (let fold = 0; fold < SETTINGS.folds; fold++) {
    const train = trained.filter((i) => (lines[i] as Line).fold !== fold);
    const test = lines.map((_, i) => i).filter((i) => (lines[i] as Line).fold === fold);
    fit(data, lines, boost, train, SETTINGS.maxEpochs, (t, epoch) => {
      for (const i of test) t.probabilities(data, i, held[epoch]?.[i] as Float64Array);
    });
    console.error(`fold ${fold + 1} of ${SETTINGS.folds} fitted`);
  }
  // From 0.30 in steps of 0.01, then of 0.001 above 0.95 (where a sure reader's threshold falls).
  const grid = [
    ...Array.from({ length: 65 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100),
    ...Array.from({ length: 50 }, (_, i) => Math.round((0.95 + i * 0.001) * 1000) / 1000),
  ];
  const budget = (f: ReturnType<typeof combined>) => f.cleanAdded <= SETTINGS.addedCleanFlagged * f.clean;
  // Each epoch's flag threshold is the lowest within the clean-flagged budget; the epoch count is
  // the one that then leaves the fewest blocking lines with no finding (the earliest of equals).
  let bestEpoch = 1;
  let flag = 1.01;
  let bestSilent = Number.POSITIVE_INFINITY;
  for (let epoch = 1; epoch <= SETTINGS.maxEpochs; epoch++) {
    const q = held[epoch] as Float64Array[];
    const g = grid.find((x) => budget(combined(simulated, q, x, severityOf))) ?? 1.01;
    const f = combined(simulated, q, g, severityOf);
    console.error(
      `epoch ${epoch}: flag ${g}, blocking with no finding ${f.silent}, clean added ${f.cleanAdded}`,
    );
    if (f.silent < bestSilent) {
      bestSilent = f.silent;
      bestEpoch = epoch;
      flag = g;
    }
  }
  const p = held[bestEpoch] as Float64Array[];
  const at = combined(simulated, p, flag, severityOf);
  const off = combined(simulated, p, 1.01, severityOf);
  console.error(`best epoch ${bestEpoch}; flag threshold ${flag}`);
  console.error(`cross-validation, rules alone: ${JSON.stringify(off)}`);
  console.error(`cross-validation, rules + reader: ${JSON.stringify(at)}`);
  if (TRIAL) return;
  const final = fit(data, lines, boost, trained, bestEpoch);
  const { scale, bytes } = quantise(final.weights);
  writeArtefact({
    version: 1,
    bucketBits: CHECK_READER_BUCKET_BITS,
    classes: CHECK_READER_CLASSES,
    scale,
    bias: [...final.bias],
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64"),
    settings: { ...SETTINGS, epochs: bestEpoch },
    sources,
    thresholds: { flag, pair: SETTINGS.pair },
    crossValidation: {
      lines: lines.length,
      cleanLines: at.clean,
      cleanFlaggedRules: off.cleanFlagged,
      cleanFlaggedWithReader: at.cleanFlagged,
      blockingLines: at.blocking,
      blockingSilentRules: off.silent,
      blockingSilentWithReader: at.silent,
      verdictAccuracyRules: Math.round(off.accuracy * 1000) / 1000,
      verdictAccuracyWithReader: Math.round(at.accuracy * 1000) / 1000,
    },
  });
}

// Trains only when run as a script: the tests import this file for its stale check.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
