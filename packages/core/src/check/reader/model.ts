/**
 * The post reader (docs/judgement.md, "4 December"): a small learned classifier that reads a draft
 * post as a whole, beside the checker's rules. Multinomial logistic regression over "clean" and the
 * finding categories below, on the triage reader's hashed features (triage/reader/features.ts)
 * folded into 2^CHECK_READER_BUCKET_BITS signed buckets; int8 weights. Pure: no Node API.
 */
import { softmaxOfFeatures } from "../../hashed-softmax/predict.js";
import { extractFeatures, MAX_FEATURES } from "../../triage/reader/features.js";
import { decodeBase64 } from "../../triage/reader/model.js";

/** The reader's classes: "clean", then the categories it may report (each one a pack rule with its clause). */
export const CHECK_READER_CLASSES = [
  "clean",
  "clinical.patient_information",
  "pii.person_name",
  "language.abusive",
  "language.discriminatory",
  "language.profanity",
  "topic.commercial",
  "topic.medical_advice",
  "topic.confidential_business",
  "topic.raising_concerns",
  "topic.trust_performance",
  "topic.security",
  "topic.political",
  "topic.legal_matter",
  "topic.emergency_incident",
  "topic.away_from_home",
] as const;
export type CheckReaderClass = (typeof CHECK_READER_CLASSES)[number];

/** Buckets of the post reader: the triage features' 2^17 buckets folded into 2^15 (a 512 KB artefact). */
export const CHECK_READER_BUCKET_BITS = 15;
export const CHECK_READER_BUCKETS = 1 << CHECK_READER_BUCKET_BITS;
const FOLD = CHECK_READER_BUCKETS - 1;

/** What train-check-reader.ts writes into data/check-reader-model.ts. */
export interface CheckReaderArtefact {
  version: number;
  bucketBits: number;
  classes: readonly string[];
  /** A weight is its int8 times scale. */
  scale: number;
  bias: readonly number[];
  /** int8, bucket-major (bucket × classes), base64. */
  weights: string;
  settings: Record<string, number | string>;
  /** SHA-256 of every file the model was fitted from, and of the feature and training code. */
  sources: Record<string, string>;
  /**
   * flag: the reader reports when P(not clean) reaches it; pair: a patient's name and their care go
   * together, so the second of the two is reported too when its probability is at least pair × the first's.
   */
  thresholds: { flag: number; pair: number };
  /** What k-fold cross-validation on the training lines measured at those thresholds (never a headline). */
  crossValidation: Record<string, number>;
}

export interface CheckReaderModel {
  readonly classes: readonly CheckReaderClass[];
  readonly scale: number;
  readonly bias: Float64Array;
  readonly weights: Int8Array;
  readonly thresholds: CheckReaderArtefact["thresholds"];
}

export function loadCheckReader(artefact: CheckReaderArtefact): CheckReaderModel {
  const classes = artefact.classes as CheckReaderClass[];
  if (
    classes.length !== CHECK_READER_CLASSES.length ||
    classes.some((c, i) => c !== CHECK_READER_CLASSES[i]) ||
    artefact.bucketBits !== CHECK_READER_BUCKET_BITS
  )
    throw new Error(
      "post reader weights: made for other features or classes; retrain (train-check-reader.ts)",
    );
  const bytes = decodeBase64(artefact.weights);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (weights.length !== CHECK_READER_BUCKETS * classes.length)
    throw new Error("post reader weights: wrong size");
  return {
    classes,
    scale: artefact.scale,
    bias: Float64Array.from(artefact.bias),
    weights,
    thresholds: artefact.thresholds,
  };
}

/** Lower case as the reader reads it (curly apostrophes straightened), the same in training and in use. */
export const readerLower = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/** The folded feature of a triage feature: bucket·2 + sign, in the post reader's buckets. */
export const foldFeature = (f: number) => (((f >>> 1) & FOLD) << 1) | (f & 1);

// Scratch space shared by every call (the engine is synchronous): no allocation per post.
const FEATURES = new Int32Array(MAX_FEATURES);

/**
 * The probability of each class for a lower-cased post, written into `out` (CHECK_READER_CLASSES'
 * order). Each feature counts 1/sqrt(features in the text), so a long post does not shout.
 */
export function predictPost(model: CheckReaderModel, lower: string, out: Float64Array): Float64Array {
  const n = extractFeatures(lower, FEATURES);
  if (n === 0) {
    // Nothing to read (an empty draft, only punctuation): the bias alone would pick a category.
    out.fill(0, 0, model.classes.length);
    out[model.classes.indexOf("clean")] = 1;
    return out;
  }
  for (let i = 0; i < n; i++) FEATURES[i] = foldFeature(FEATURES[i] as number);
  return softmaxOfFeatures(model, model.classes.length, FEATURES, n, out);
}

/**
 * What the reader reports for a post the rules left unflagged, from its probabilities: nothing when
 * P(not clean) is under the flag threshold; else its most likely category, and, when that is a
 * patient's care or a person's name, the other of the two when it is nearly as likely.
 */
export function decide(
  probabilities: Float64Array,
  thresholds: CheckReaderArtefact["thresholds"],
): readonly CheckReaderClass[] {
  const clean = probabilities[0] as number;
  if (1 - clean < thresholds.flag) return [];
  let best = 1;
  for (let c = 2; c < CHECK_READER_CLASSES.length; c++)
    if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
  const top = CHECK_READER_CLASSES[best] as CheckReaderClass;
  if (best === 1 || best === 2) {
    const other = best === 1 ? 2 : 1;
    if ((probabilities[other] as number) >= thresholds.pair * (probabilities[best] as number))
      return [top, CHECK_READER_CLASSES[other] as CheckReaderClass];
  }
  return [top];
}
