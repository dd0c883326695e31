/** Per-class sums of int8 weights: integers, so exact in any order and in 32 bits (|sum| ≤ 127 · MAX_FEATURES). */
let INT_SUMS = new Int32Array(16);

/**
 * The one piece of arithmetic both readers (the triage reader, triage/reader/, and the post
 * reader, check/reader/) share at run time: a softmax over k classes from hashed, signed features.
 * A feature is `bucket << 1 | sign`; each counts 1/sqrt(features in the text), so a long text does
 * not shout. Writes the probabilities into `out` (first k entries) and returns it.
 */
export function softmaxOfFeatures(
  model: { weights: Int8Array | Float32Array; bias: ArrayLike<number>; scale: number },
  k: number,
  features: Int32Array,
  n: number,
  out: Float64Array,
): Float64Array {
  const w = model.weights;
  if (w instanceof Int8Array) {
    // The run-time models are int8: summing in an Int32Array gives the very integers the float sums
    // would (each partial sum is an exact integer either way), at about half the cost a feature.
    if (INT_SUMS.length < k) INT_SUMS = new Int32Array(k);
    const sums = INT_SUMS;
    sums.fill(0, 0, k);
    for (let i = 0; i < n; i++) {
      const f = features[i] as number;
      const base = (f >>> 1) * k;
      if ((f & 1) === 0) for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) + (w[base + c] as number);
      else for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) - (w[base + c] as number);
    }
    for (let c = 0; c < k; c++) out[c] = sums[c] as number;
  } else {
    // Float weights (the trainers'): the same loop over `out`, kept apart so that each loop sees
    // one array type and stays monomorphic.
    out.fill(0, 0, k);
    for (let i = 0; i < n; i++) {
      const f = features[i] as number;
      const base = (f >>> 1) * k;
      if ((f & 1) === 0) for (let c = 0; c < k; c++) out[c] = (out[c] as number) + (w[base + c] as number);
      else for (let c = 0; c < k; c++) out[c] = (out[c] as number) - (w[base + c] as number);
    }
  }
  const x = n > 0 ? model.scale / Math.sqrt(n) : 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const z = (model.bias[c] as number) + (out[c] as number) * x;
    out[c] = z;
    if (z > max) max = z;
  }
  let total = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((out[c] as number) - max);
    out[c] = e;
    total += e;
  }
  for (let c = 0; c < k; c++) out[c] = (out[c] as number) / total;
  return out;
}
