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
    let k = CLASS[text.charCodeAt(i)] as number;
    if (k === 0) {
      // A digit typed for an Arabic letter may start an Arabic word ("7ياتك").
      const c = text.charCodeAt(i);
      if (
        !(
          c >= 0x32 &&
          c <= 0x39 &&
          ARABIC_DIGIT[c - 0x30] !== undefined &&
          CLASS[text.charCodeAt(i + 1)] === SCRIPT.arabic
        )
      ) {
        i++;
        continue;
      }
      k = SCRIPT.arabic;
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
      let split = false;
      while (j < n && CLASS[text.charCodeAt(j)] === SCRIPT.han) {
        if (LEFT_HALF[text.charCodeAt(j - 1)] === 1) split = true;
        j++;
      }
      if (split && hanRecomposed(text, i, j, t, hanWord, sentence, clause, quoted)) {
        i = j;
        continue;
      }
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
      // Combining marks (classed Latin) stay with the word of any script; digits that stand for
      // Arabic letters ("ب7اجة", as in Arabizi: 7 ح, 3 ع, 2 ء, 5 خ) stay with an Arabic word.
      if (
        kj !== k &&
        !(kj === SCRIPT.latin && c >= 0x300 && c <= 0x36f) &&
        !(k === SCRIPT.arabic && c < 0x3a && ARABIC_DIGIT[c - 0x30] !== undefined)
      )
        break;
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
      const key = k === SCRIPT.arabic ? arabicDigits(fold(text.slice(i, j))) : fold(text.slice(i, j));
      const k3 = key.length >= 3 ? hashOf(key.slice(0, 3)) : 0;
      const k4 = key.length >= 4 ? hashOf(key.slice(0, 4)) : 0;
      add(t, i, j, k, key, hashOf(key), k3, k4, sentence, clause, quoted);
    }
    i = j;
  }
  joinSpacedLetters(text, t);
}

/**
 * Characters typed as their two halves to get past filters ("忄生" for 性, "歹戋" for 残, "夕卜" for
 * 外): the left-right splits of characters common in group names and contempt words. Only a run of
 * Han holding a left half is looked at again.
 */
const SPLIT: Record<string, string> = {
  忄生: "性",
  歹戋: "残",
  禾㣎: "穆",
  夕卜: "外",
  女子: "好",
  讠寸: "讨",
  言寸: "讨",
  犭句: "狗",
  犭者: "猪",
  犭尤: "犹",
  足夸: "跨",
  另刂: "别",
  又隹: "难",
  禾多: "移",
  女彐: "妇",
  木木: "林",
  其斤: "斯",
  忄艮: "恨",
  土立: "垃",
  土及: "圾",
  虫且: "蛆",
  女良: "娘",
  火包: "炮",
  虫皇: "蝗",
  阝章: "障",
  亻尹: "伊",
  彳走: "徒",
  月包: "胞",
  扌丁: "打",
  石欠: "砍",
  火尧: "烧",
  木仓: "枪",
  朿刂: "刺",
  口亚: "哑",
  目害: "瞎",
  扌立: "拉",
  女表: "婊",
  亻谷: "俗",
  氵亏: "污",
  月庄: "脏",
};
const LEFT_HALF = new Uint8Array(0x10000);
for (const pair of Object.keys(SPLIT)) LEFT_HALF[pair.charCodeAt(0)] = 1;

/** Cuts a Han run with split characters into words, reading each pair as its character; false if none was found. */
function hanRecomposed(
  text: string,
  from: number,
  to: number,
  t: Tokens,
  hanWord: (text: string, at: number, end: number) => number,
  sentence: number,
  clause: number,
  quoted: boolean,
): boolean {
  let joined = "";
  const at: number[] = [];
  let any = false;
  for (let p = from; p < to; p++) {
    const whole = LEFT_HALF[text.charCodeAt(p)] === 1 && p + 1 < to ? SPLIT[text.slice(p, p + 2)] : undefined;
    at.push(p);
    if (whole !== undefined) {
      joined += whole;
      any = true;
      p++;
    } else joined += text[p];
  }
  if (!any) return false;
  at.push(to);
  let p = 0;
  while (p < joined.length) {
    const length = hanWord(joined, p, joined.length);
    if (length > 0) {
      const key = joined.slice(p, p + length);
      add(
        t,
        at[p] as number,
        at[p + length] as number,
        SCRIPT.han,
        key,
        hashOf(key),
        0,
        0,
        sentence,
        clause,
        quoted,
      );
      p += length;
    } else p++;
  }
  return true;
}

/** ASCII digit → the Arabic letter it is typed for (Arabizi), or undefined. */
const ARABIC_DIGIT: readonly (string | undefined)[] = [
  undefined,
  undefined,
  "\u0621", // 2 ء
  "\u0639", // 3 ع
  undefined,
  "\u062e", // 5 خ
  "\u0637", // 6 ط
  "\u062d", // 7 ح
  "\u063a", // 8 غ
  "\u0635", // 9 ص
];

function arabicDigits(key: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = c >= 0x30 && c <= 0x39 ? ARABIC_DIGIT[c - 0x30] : undefined;
    if (letter !== undefined) changed = true;
    out += letter ?? key[i];
  }
  return changed ? out : key;
}

/** Three or more one-letter words in a row, one space apart ("ز ب ا ل ة", "h a t e"). */
const MIN_SPACED = 3;

/**
 * Letters typed one space apart to get past filters become the word they spell: one token from the
 * first letter to the last, keyed by the letters run together. One look at each token; only runs
 * of one-letter words do any work.
 */
function joinSpacedLetters(text: string, t: Tokens): void {
  let w = 0;
  let k = 0;
  let joined = false;
  while (k < t.count) {
    let e = k;
    if ((t.end[k] as number) - (t.start[k] as number) === 1 && t.script[k] !== SCRIPT.han) {
      while (
        e + 1 < t.count &&
        (t.end[e + 1] as number) - (t.start[e + 1] as number) === 1 &&
        t.script[e + 1] === t.script[k] &&
        (t.start[e + 1] as number) - (t.end[e] as number) <= 2 &&
        text.charCodeAt(t.end[e] as number) === 0x20 &&
        text.charCodeAt((t.start[e + 1] as number) - 1) === 0x20
      )
        e++;
    }
    // The article typed with the first letter ("الن س ا ء"): the letters join the word before them.
    if (
      e - k + 1 >= 2 &&
      w > 0 &&
      t.script[k] === SCRIPT.arabic &&
      t.script[w - 1] === SCRIPT.arabic &&
      (t.end[w - 1] as number) - (t.start[w - 1] as number) <= 4 &&
      (t.start[k] as number) - (t.end[w - 1] as number) === 1 &&
      (t.key[w - 1] as string).startsWith("\u0627\u0644")
    ) {
      let key = t.key[w - 1] as string;
      for (let m = k; m <= e; m++) key += keyOf(t, m, text);
      t.end[w - 1] = t.end[e] as number;
      t.key[w - 1] = key;
      t.hash[w - 1] = hashOf(key);
      t.hash3[w - 1] = hashOf(key.slice(0, 3));
      t.hash4[w - 1] = hashOf(key.slice(0, 4));
      k = e + 1;
      joined = true;
      continue;
    }
    if (e - k + 1 >= MIN_SPACED) {
      let key = "";
      for (let m = k; m <= e; m++) key += keyOf(t, m, text);
      t.start[w] = t.start[k] as number;
      t.end[w] = t.end[e] as number;
      t.script[w] = t.script[k] as number;
      t.sentence[w] = t.sentence[k] as number;
      t.clause[w] = t.clause[k] as number;
      t.quoted[w] = t.quoted[k] as number;
      t.key[w] = key;
      t.hash[w] = hashOf(key);
      t.hash3[w] = key.length >= 3 ? hashOf(key.slice(0, 3)) : 0;
      t.hash4[w] = key.length >= 4 ? hashOf(key.slice(0, 4)) : 0;
      w++;
      k = e + 1;
      joined = true;
      continue;
    }
    if (joined) {
      t.start[w] = t.start[k] as number;
      t.end[w] = t.end[k] as number;
      t.script[w] = t.script[k] as number;
      t.sentence[w] = t.sentence[k] as number;
      t.clause[w] = t.clause[k] as number;
      t.quoted[w] = t.quoted[k] as number;
      t.key[w] = t.key[k] as string;
      t.hash[w] = t.hash[k] as number;
      t.hash3[w] = t.hash3[k] as number;
      t.hash4[w] = t.hash4[k] as number;
    }
    w++;
    k++;
  }
  t.count = w;
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
