import { BUCKETS } from "./features.js";
import { decodeBase64 } from "./model.js";

/**
 * The threat head (docs/judgement.md, "The threat head"): a binary threat-vs-not logistic model
 * over the reader's own hashed features (features.ts), fitted with w6 and w8 beside the main
 * reader's lines (train-threat-head.ts). The main reader keeps the crisis decision; the threat
 * decision is this head's. One int8 weight per bucket (the logit of threat against not), so the
 * cost beside the main reader is one look-up per feature the main reader has already extracted.
 */
export interface ThreatHeadArtefact {
  version: number;
  bucketBits: number;
  /** A weight is its int8 times scale. */
  scale: number;
  bias: number;
  /** The weights, int8, one per bucket, in base64. */
  weights: string;
  settings: Record<string, number | string | boolean>;
  /** SHA-256 of every file the head was fitted from (and of the feature and training code). */
  sources: Record<string, string>;
  /** Figures of the shipped, quantised head alone on the validation lines (never trained on) at P ≥ 0.5. */
  validation: { lines: number; threats: number; found: number; falseThreats: number };
  /**
   * The head raises to threat at P(threat) ≥ threat (threatEnglish in English; absent: never in
   * English). readerToo: outside English the main reader's own threat decision (its P(threat) at its
   * threshold) also raises, beside the head's (combine.ts).
   */
  thresholds: { threat: number; threatEnglish?: number; readerToo?: boolean };
}

export interface ThreatHead {
  scale: number;
  bias: number;
  weights: Int8Array;
  thresholds: ThreatHeadArtefact["thresholds"];
}

export function loadThreatHead(artefact: ThreatHeadArtefact): ThreatHead {
  if (artefact.bucketBits !== Math.log2(BUCKETS))
    throw new Error("threat head weights: made for other features; retrain (train-threat-head.ts)");
  const bytes = decodeBase64(artefact.weights);
  if (bytes.length !== BUCKETS) throw new Error("threat head weights: wrong size");
  return {
    scale: artefact.scale,
    bias: artefact.bias,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    thresholds: artefact.thresholds,
  };
}

/**
 * P(threat) from features already extracted (features.ts: bucket·2 + sign), each counting
 * 1/sqrt(n) as in the main reader. The sum of int8s is an exact integer, so the order of the
 * features does not matter.
 */
export function threatOfFeatures(head: ThreatHead, features: Int32Array, n: number): number {
  const w = head.weights;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const f = features[i] as number;
    const v = w[f >>> 1] as number;
    sum += f & 1 ? -v : v;
  }
  const z = head.bias + (n > 0 ? (sum * head.scale) / Math.sqrt(n) : 0);
  return 1 / (1 + Math.exp(-z));
}
