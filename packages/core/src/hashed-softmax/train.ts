/**
 * Fitting a hashed-feature softmax (the two readers' trainers share it): texts encoded once into
 * one flat array of features, logistic regression over k classes fitted by AdaGrad with L2, and
 * int8 quantisation for the shipped artefact. Deterministic: the same lines in the same order give
 * the same weights, which the artefacts' stale checks rely on.
 */
export interface Encoded {
  offsets: Int32Array;
  features: Int32Array;
}

/** Every text's features (from `featuresOf`, which fills `scratch` and says how many) in one array. */
export function encodeTexts(
  texts: readonly string[],
  scratchSize: number,
  featuresOf: (text: string, scratch: Int32Array) => number,
): Encoded {
  const scratch = new Int32Array(scratchSize);
  const offsets = new Int32Array(texts.length + 1);
  const parts: Int32Array[] = [];
  let total = 0;
  texts.forEach((text, i) => {
    const n = featuresOf(text, scratch);
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

/** Logistic regression over k classes, fitted by AdaGrad with L2. */
export class SoftmaxTrainer {
  readonly k: number;
  weights: Float32Array;
  squares: Float32Array;
  bias: Float64Array;
  biasSquares: Float64Array;
  private readonly z: Float64Array;
  private readonly grad: Float64Array;

  constructor(
    k: number,
    buckets: number,
    private readonly settings: { learningRate: number; l2: number },
  ) {
    this.k = k;
    this.weights = new Float32Array(buckets * k);
    this.squares = new Float32Array(buckets * k);
    this.bias = new Float64Array(k);
    this.biasSquares = new Float64Array(k);
    this.z = new Float64Array(k);
    this.grad = new Float64Array(k);
  }

  /** The probability of each class for line i, into `out`; returns the line's feature weight. */
  probabilities(data: Encoded, i: number, out: Float64Array): number {
    const k = this.k;
    const from = data.offsets[i] as number;
    const to = data.offsets[i + 1] as number;
    out.fill(0);
    for (let j = from; j < to; j++) {
      const f = data.features[j] as number;
      const base = (f >>> 1) * k;
      const s = f & 1 ? -1 : 1;
      for (let c = 0; c < k; c++) out[c] = (out[c] as number) + s * (this.weights[base + c] as number);
    }
    const x = to > from ? 1 / Math.sqrt(to - from) : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      out[c] = (this.bias[c] as number) + (out[c] as number) * x;
      max = Math.max(max, out[c] as number);
    }
    let sum = 0;
    for (let c = 0; c < k; c++) {
      out[c] = Math.exp((out[c] as number) - max);
      sum += out[c] as number;
    }
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) / sum;
    return x;
  }

  /** One AdaGrad step on a line whose acceptable classes are the bits of `allowed` (loss: −log P(allowed)). */
  step(data: Encoded, i: number, allowed: number, weight: number): void {
    const k = this.k;
    const p = this.z;
    const grad = this.grad;
    const x = this.probabilities(data, i, p);
    let pAllowed = 0;
    for (let c = 0; c < k; c++) if (allowed & (1 << c)) pAllowed += p[c] as number;
    for (let c = 0; c < k; c++)
      grad[c] = weight * ((p[c] as number) - (allowed & (1 << c) ? (p[c] as number) / pAllowed : 0));
    const { learningRate: lr, l2 } = this.settings;
    for (let c = 0; c < k; c++) {
      const g = grad[c] as number;
      this.biasSquares[c] = (this.biasSquares[c] as number) + g * g;
      this.bias[c] = (this.bias[c] as number) - (lr * g) / (Math.sqrt(this.biasSquares[c] as number) + 1e-8);
    }
    const from = data.offsets[i] as number;
    const to = data.offsets[i + 1] as number;
    for (let j = from; j < to; j++) {
      const f = data.features[j] as number;
      const base = (f >>> 1) * k;
      const s = f & 1 ? -x : x;
      for (let c = 0; c < k; c++) {
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

/** The weights as int8 with one scale (largest weight → 127). */
export function quantise(weights: Float32Array): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round((weights[i] as number) / scale);
  return { scale, bytes };
}
