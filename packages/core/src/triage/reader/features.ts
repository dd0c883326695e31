/**
 * The reader's features (docs/judgement.md, "The reader"): hashed word unigrams and bigrams and
 * character 2–4-grams inside each word, with word-boundary markers, so that morphology and scripts
 * written without spaces (Chinese) are read too. Pure: no Node API, no allocation per n-gram; every
 * loop is linear in the text, and only the first MAX_CHARS characters are read.
 */

/** Buckets of the hashed feature space: 2^17 (the artefact holds one int8 weight per bucket and class). */
export const BUCKET_BITS = 17;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
/** How much of a message the reader reads: a long text's opening says what it is. */
export const MAX_CHARS = 4000;
/**
 * At most per character: three character n-grams, and per word (at most one per character) two
 * closing n-grams, its unigram and its bigram.
 */
export const MAX_FEATURES = MAX_CHARS * 8 + 16;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The marker before and after each word ("^ward$"), a code point no text carries. */
const BOUNDARY = 0x1;
// Distinct seeds keep a character n-gram, a word and a word pair from sharing a hash by construction.
const SEED_GRAM = [0, 0, FNV_OFFSET ^ 0x2a2a2a2a, FNV_OFFSET ^ 0x3b3b3b3b, FNV_OFFSET ^ 0x4c4c4c4c];
const SEED_WORD = FNV_OFFSET ^ 0x5d5d5d5d;
const SEED_PAIR = 0x6e6e6e6e;

/** FNV-1a of one more 21-bit code point, in three byte steps. */
function step(h: number, cp: number): number {
  let x = Math.imul(h ^ (cp & 0xff), FNV_PRIME);
  x = Math.imul(x ^ ((cp >>> 8) & 0xff), FNV_PRIME);
  return Math.imul(x ^ (cp >>> 16), FNV_PRIME);
}

/** A murmur3 finaliser, so that nearby hashes spread over the buckets. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** A feature as stored: its bucket times two, plus one when it counts negatively (signed hashing halves collision bias). */
function feature(h: number): number {
  const m = mix(h);
  return ((m & MASK) << 1) | (m >>> 31);
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** From here on (U+0E00 Thai, then Tibetan, Myanmar… CJK) scripts mostly write words unspaced (the boundary marker is below). */
const UNSPACED = 0x0e00;

/** The text the reader reads: lower case (the caller's), NFKC, at most MAX_CHARS characters. */
export function readerText(lower: string): string {
  return lower.slice(0, MAX_CHARS).normalize("NFKC").slice(0, MAX_CHARS);
}

/**
 * Writes the text's features into `out` (each bucket·2 + sign, see feature()) and returns how many.
 * `out` must hold MAX_FEATURES; `work`, when given, counts the steps taken (the linearity test reads it).
 */
export function extractFeatures(lower: string, out: Int32Array, work?: { steps: number }): number {
  const text = readerText(lower);
  let n = 0;
  let steps = 0;
  let previousWord = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // The last three code points, for the 2-, 3- and 4-grams ending at each one (0: none yet).
    let p1 = BOUNDARY;
    let p2 = 0;
    let p3 = 0;
    let word = SEED_WORD;
    for (let i = start; i <= end; ) {
      let cp = BOUNDARY;
      if (i < end) {
        cp = text.codePointAt(i) ?? BOUNDARY;
        word = step(word, cp);
        i += cp > 0xffff ? 2 : 1;
      } else i++;
      // Character pairs only where a script writes words without spaces (Han, kana, Hangul, Thai…):
      // there a pair is a word; in spaced scripts the 3- and 4-grams carry it, at a third fewer look-ups.
      if (cp >= UNSPACED || p1 >= UNSPACED) out[n++] = feature(step(step(SEED_GRAM[2] as number, p1), cp));
      if (p2 !== 0) out[n++] = feature(step(step(step(SEED_GRAM[3] as number, p2), p1), cp));
      if (p3 !== 0) out[n++] = feature(step(step(step(step(SEED_GRAM[4] as number, p3), p2), p1), cp));
      p3 = p2;
      p2 = p1;
      p1 = cp;
      steps++;
    }
    out[n++] = feature(word);
    if (previousWord !== 0) out[n++] = feature(Math.imul(previousWord ^ SEED_PAIR, FNV_PRIME) ^ mix(word));
    previousWord = word;
    steps++;
  }
  if (work) work.steps += steps;
  return n;
}
