import { CLASS, fold, PUNCT, SCRIPT } from "./fold.js";
import { FNV_OFFSET, FNV_PRIME, hashOf } from "./hash.js";

/**
 * The words of a (normalised, lower-cased) text with where each sentence, clause and quotation
 * starts, in one left-to-right pass. Runs of Han characters have no spaces: they are cut into the
 * longest lexicon words found in them (`hanWord`), the rest skipped. Linear in the text length
 * (Han: times the longest Han entry).
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  script: Uint8Array;
  sentence: Int32Array;
  clause: Int32Array;
  quoted: Uint8Array;
  /**
   * The folded word, filled on demand (keyOf) for plain ASCII words: most words of most texts are
   * never looked at beyond their hashes.
   */
  key: string[];
  /** FNV-1a hash of the folded word, and of its first three code units (hash.ts). */
  hash: Int32Array;
  hash3: Int32Array;
  hash4: Int32Array;
  /** Quotation marks seen: a quoted hit is counter-speech only when there is text outside the quote. */
  quotes: number;
}

function grow(t: Tokens, size: number): void {
  if (size <= t.start.length) return;
  const n = Math.max(size, t.start.length * 2);
  const copy = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
    const b = make(n);
    b.set(a);
    return b;
  };
  t.start = copy(t.start, (k) => new Int32Array(k));
  t.end = copy(t.end, (k) => new Int32Array(k));
  t.script = copy(t.script, (k) => new Uint8Array(k));
  t.sentence = copy(t.sentence, (k) => new Int32Array(k));
  t.clause = copy(t.clause, (k) => new Int32Array(k));
  t.quoted = copy(t.quoted, (k) => new Uint8Array(k));
  t.hash = copy(t.hash, (k) => new Int32Array(k));
  t.hash3 = copy(t.hash3, (k) => new Int32Array(k));
  t.hash4 = copy(t.hash4, (k) => new Int32Array(k));
}

export function newTokens(): Tokens {
  return {
    count: 0,
    start: new Int32Array(64),
    end: new Int32Array(64),
    script: new Uint8Array(64),
    sentence: new Int32Array(64),
    clause: new Int32Array(64),
    quoted: new Uint8Array(64),
    key: [],
    hash: new Int32Array(64),
    hash3: new Int32Array(64),
    hash4: new Int32Array(64),
    quotes: 0,
  };
}

/** Appends one token (a plain function, not a closure: this runs for every word of every text). */
function add(
  t: Tokens,
  from: number,
  to: number,
  script: number,
  key: string,
  hash: number,
  hash3: number,
  hash4: number,
  sentence: number,
  clause: number,
  quoted: boolean,
): void {
  const k = t.count;
  if (k >= t.start.length) grow(t, k + 1);
  t.start[k] = from;
  t.end[k] = to;
  t.script[k] = script;
  t.sentence[k] = sentence;
  t.clause[k] = clause;
  t.quoted[k] = quoted ? 1 : 0;
  t.key[k] = key;
  t.hash[k] = hash;
  t.hash3[k] = hash3;
  t.hash4[k] = hash4;
  t.count = k + 1;
}

export function tokenise(
  text: string,
  t: Tokens,
  hanWord: (text: string, at: number, end: number) => number,
): void {
  t.count = 0;
  t.quotes = 0;
  let sentence = 0;
  let clause = 0;
  let quoted = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = CLASS[text.charCodeAt(i)] as number;
    if (k === 0) {
      i++;
      continue;
    }
    if (k >= PUNCT.sentence) {
      if (k === PUNCT.sentence) {
        sentence++;
        clause++;
      } else if (k === PUNCT.clause) clause++;
      else {
        t.quotes++;
        clause++;
        quoted = k === PUNCT.quoteOpen ? true : k === PUNCT.quoteClose ? false : !quoted;
      }
      i++;
      continue;
    }
    let j = i + 1;
    if (k === SCRIPT.han) {
      while (j < n && CLASS[text.charCodeAt(j)] === SCRIPT.han) j++;
      let p = i;
      while (p < j) {
        const length = hanWord(text, p, j);
        if (length > 0) {
          const key = text.slice(p, p + length);
          add(t, p, p + length, SCRIPT.han, key, hashOf(key), 0, 0, sentence, clause, quoted);
          p += length;
        } else p++;
      }
      i = j;
      continue;
    }
    // Hash while scanning: a plain ASCII word needs no string of its own unless its hash is a lexicon's.
    const c0 = text.charCodeAt(i);
    let ascii = c0 < 0x80;
    let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
    let h3 = 0;
    let h4 = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      const kj = CLASS[c] as number;
      // Combining marks (classed Latin) stay with the word of any script.
      if (kj !== k && !(kj === SCRIPT.latin && c >= 0x300 && c <= 0x36f)) break;
      if (c >= 0x80) ascii = false;
      if (j - i === 3) h3 = h;
      else if (j - i === 4) h4 = h;
      h = Math.imul(h ^ c, FNV_PRIME);
      j++;
    }
    if (j - i === 3) h3 = h;
    else if (j - i === 4) h4 = h;
    if (ascii && k === SCRIPT.latin) add(t, i, j, k, "", h | 0, h3 | 0, h4 | 0, sentence, clause, quoted);
    else {
      const key = fold(text.slice(i, j));
      const k3 = key.length >= 3 ? hashOf(key.slice(0, 3)) : 0;
      const k4 = key.length >= 4 ? hashOf(key.slice(0, 4)) : 0;
      add(t, i, j, k, key, hashOf(key), k3, k4, sentence, clause, quoted);
    }
    i = j;
  }
}

/** The folded word of token k (made on first use for plain ASCII words). */
export function keyOf(t: Tokens, k: number, text: string): string {
  let key = t.key[k] as string;
  if (key === "") {
    key = text.slice(t.start[k], t.end[k]);
    t.key[k] = key;
  }
  return key;
}
