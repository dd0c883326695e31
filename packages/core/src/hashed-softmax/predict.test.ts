import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { softmaxOfFeatures } from "./predict.js";

/** The sum over features in floating point, as predict.ts did before its int8 path (the reference). */
function reference(
  model: { weights: Int8Array; bias: ArrayLike<number>; scale: number },
  k: number,
  features: Int32Array,
  n: number,
): Float64Array {
  return softmaxOfFeatures(
    { weights: Float32Array.from(model.weights), bias: model.bias, scale: model.scale },
    k,
    features,
    n,
    new Float64Array(k),
  );
}

describe("softmaxOfFeatures", () => {
  it("gives int8 weights exactly the probabilities the float sums give (property)", () => {
    let cases = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (k, n, seed) => {
          const buckets = 64;
          let x = seed;
          const next = () => {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            return x;
          };
          const weights = Int8Array.from({ length: buckets * k }, () => (next() % 255) - 127);
          const bias = Array.from({ length: k }, () => (next() % 1000) / 250 - 2);
          const features = Int32Array.from({ length: n }, () => next() % (buckets * 2));
          const model = { weights, bias, scale: 0.0123 };
          const got = softmaxOfFeatures(model, k, features, n, new Float64Array(k));
          expect([...got]).toEqual([...reference(model, k, features, n)]);
          cases++;
        },
      ),
      { numRuns: 300 },
    );
    expect(cases).toBeGreaterThanOrEqual(300);
  });

  it("reads every feature's sign: a negative feature subtracts its weights", () => {
    const weights = Int8Array.from([10, -10]);
    const model = { weights, bias: [0, 0], scale: 1 };
    const positive = softmaxOfFeatures(model, 2, Int32Array.from([0]), 1, new Float64Array(2));
    const negative = softmaxOfFeatures(model, 2, Int32Array.from([1]), 1, new Float64Array(2));
    expect(positive[0]).toBeGreaterThan(0.99);
    expect(negative[1]).toBeGreaterThan(0.99);
  });
});
