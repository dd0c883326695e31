import { softmaxOfFeatures } from "../../hashed-softmax/predict.js";
import { TRIAGE_CATEGORIES, type TriageCategory } from "../triage.schema.js";
import { BUCKETS, extractFeatures, MAX_FEATURES } from "./features.js";

/** What the training script writes into data/reader-model.ts (train-reader.ts). */
export interface ReaderArtefact {
  version: number;
  bucketBits: number;
  classes: readonly string[];
  /** A weight is its int8 times scale. */
  scale: number;
  bias: readonly number[];
  /** The weights, int8, bucket-major (bucket × classes), in base64. */
  weights: string;
  settings: Record<string, number | string>;
  /** SHA-256 of every file the model was fitted from (and of the feature and training code). */
  sources: Record<string, string>;
  /** Figures of the shipped, quantised model on the validation lines (never trained on). */
  validation: { lines: number; correct: number; accuracy: number; macroF1: number };
  /**
   * θ: the reader raises to crisis at P(crisis) ≥ crisis (crisisEnglish in English), to threat at
   * P(threat) ≥ threat (not in English), decides a non-English fallback at P ≥ other, and undoes a
   * rules crisis not in English it reads as surely none, P(crisis) < veto (docs/judgement.md, "The reader").
   */
  thresholds: {
    crisis: number;
    crisisEnglish: number;
    threat: number;
    /** The threat threshold in English; absent (never) in artefacts before 4 December's second round. */
    threatEnglish?: number;
    other: number;
    veto: number;
  };
}

export interface ReaderModel {
  classes: readonly TriageCategory[];
  scale: number;
  bias: Float64Array;
  weights: Int8Array;
  thresholds: ReaderArtefact["thresholds"];
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Node's Buffer where there is one (not in the browser, where core also runs). */
const NODE_BUFFER = (
  globalThis as {
    Buffer?: {
      from(text: string, encoding: "base64"): Uint8Array & { toString(encoding: "base64"): string };
    };
  }
).Buffer;

/**
 * Base64 to bytes: through Node's Buffer where there is one (native: ~0.5 ms for the post
 * reader's 0.7 MB of weights where the loop below took ~30 ms cold, and the triage reader's
 * 2 MB on every process that triages), else decodeBase64Portable. Buffer skips characters that
 * are not base64 rather than refusing them, so its bytes are used only when they encode back to
 * the very text; anything else is decoded by the portable code, which says what is wrong.
 */
export function decodeBase64(text: string): Uint8Array {
  if (NODE_BUFFER) {
    const bytes = NODE_BUFFER.from(text, "base64");
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
    const again = bytes.toString("base64");
    let againEnd = again.length;
    while (againEnd > 0 && again.charCodeAt(againEnd - 1) === 61) againEnd--;
    if (againEnd === end && again.startsWith(text.slice(0, end))) return bytes;
  }
  return decodeBase64Portable(text);
}

/** Base64 to bytes without atob or Buffer (the same code in the browser and in Node). */
export function decodeBase64Portable(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error("reader weights: not base64");
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}

export function loadModel(artefact: ReaderArtefact): ReaderModel {
  const classes = artefact.classes as TriageCategory[];
  if (classes.some((c) => !TRIAGE_CATEGORIES.includes(c)) || artefact.bucketBits !== Math.log2(BUCKETS))
    throw new Error("reader weights: made for other features or categories; retrain (train-reader.ts)");
  const bytes = decodeBase64(artefact.weights);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (weights.length !== BUCKETS * classes.length) throw new Error("reader weights: wrong size");
  return {
    classes,
    scale: artefact.scale,
    bias: Float64Array.from(artefact.bias),
    weights,
    thresholds: artefact.thresholds,
  };
}

// Scratch space shared by every call (the engine is synchronous): no allocation per message.
const FEATURES = new Int32Array(MAX_FEATURES);
/** How many of FEATURES the last predict() wrote (the threat head reads the same features). */
let COUNT = 0;

/**
 * The probability of each class (in model.classes' order) for a lower-cased text, written into `out`.
 * Each feature counts 1/sqrt(features in the text), so a long message does not shout.
 */
export function predict(model: ReaderModel, lower: string, out: Float64Array): Float64Array {
  COUNT = extractFeatures(lower, FEATURES);
  return softmaxOfFeatures(model, model.classes.length, FEATURES, COUNT, out);
}

/**
 * The features of the text the last predict() read (a view, valid until the next call; the first
 * lastFeatureCount() of it): the threat head (threat-head.ts) reads them rather than extract them again.
 */
export function lastFeatures(): Int32Array {
  return FEATURES;
}

export function lastFeatureCount(): number {
  return COUNT;
}
