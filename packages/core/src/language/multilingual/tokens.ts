import { CLASS, fold, PUNCT, SCRIPT } from "./fold.js";

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
  key: string[];
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
    quotes: 0,
  };
}

export function tokenise(
  text: string,
  t: Tokens,
  hanWord: (text: string, at: number, end: number) => number,
): void {
  t.count = 0;
  t.quotes = 0;
  t.key.length = 0;
  let sentence = 0;
  let clause = 0;
  let quoted = false;
  const n = text.length;
  let i = 0;
  const add = (from: number, to: number, script: number, key: string) => {
    const k = t.count;
    if (k >= t.start.length) grow(t, k + 1);
    t.start[k] = from;
    t.end[k] = to;
    t.script[k] = script;
    t.sentence[k] = sentence;
    t.clause[k] = clause;
    t.quoted[k] = quoted ? 1 : 0;
    t.key[k] = key;
    t.count = k + 1;
  };
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
          add(p, p + length, SCRIPT.han, text.slice(p, p + length));
          p += length;
        } else p++;
      }
      i = j;
      continue;
    }
    while (j < n) {
      const kj = CLASS[text.charCodeAt(j)] as number;
      // Combining marks (classed Latin) stay with the word of any script.
      if (kj !== k && !(kj === SCRIPT.latin && text.charCodeAt(j) >= 0x300 && text.charCodeAt(j) <= 0x36f))
        break;
      j++;
    }
    const raw = text.slice(i, j);
    add(i, j, k, k === SCRIPT.latin && isAscii(raw) ? raw : fold(raw));
    i = j;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
