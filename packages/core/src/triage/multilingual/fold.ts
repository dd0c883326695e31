/**
 * Folds text for cue matching: lower case, diacritics and vowel points off, the Arabic-script letters
 * Arabic, Persian and Urdu write differently made one, Indic nukta and chandrabindu evened out,
 * punctuation and spaces one space. People type without diacritics, on phones that choose the
 * letter forms for them; a cue written once must find every way of typing it.
 *
 * Computed per code unit on first sight and kept (a lookup table, no regex per character).
 */

/** Marks that only decorate a letter: Latin/Greek/Cyrillic combining diacritics, Arabic harakat and
 * tatweel, Hebrew points, Indic nukta, zero-width joiners, soft hyphen. */
function isDroppedMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x0483 && c <= 0x0489) ||
    (c >= 0x0591 && c <= 0x05c7) ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x093c ||
    c === 0x09bc ||
    c === 0x0a3c ||
    c === 0x0abc ||
    c === 0x0b3c ||
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x00ad ||
    c === 0xfe0f
  );
}

/** Letters that do not decompose but that people type as their plain neighbour. */
const SPECIAL: Record<string, string> = {
  ł: "l",
  đ: "d",
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
  ð: "d",
  þ: "th",
  ħ: "h",
  ŀ: "l",
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "`": "'",
  // Cyrillic: ё is written е, ґ as г by many Ukrainian keyboards.
  ё: "е",
  // Arabic script: alef forms, yeh and kaf variants, heh and teh marbuta, waw with hamza.
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ې: "ي",
  ۍ: "ي",
  ے: "ي",
  ئ: "ي",
  ک: "ك",
  ڪ: "ك",
  ہ: "ه",
  ۃ: "ه",
  ة: "ه",
  ە: "ه",
  ھ: "ه",
  ؤ: "و",
  ۆ: "و",
  // Indic: chandrabindu and tippi written as the plain nasal dot.
  "\u0901": "\u0902",
  "\u0981": "\u0982",
  "\u0a01": "\u0a02",
  "\u0a70": "\u0a02",
  "\u0a81": "\u0a82",
  // Full-width and ideographic punctuation are spaces like any other.
};

const SPACE = 0x20;
const LETTERLIKE = /[\p{L}\p{N}\p{M}']/u;

/** Per code unit: 0 not yet computed, -1 dropped, -2 a space, n > 0 one code unit, n < -2 a string. */
const table = new Int32Array(0x10000);
const strings: string[] = [];

function compute(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return -2; // emoji and other astral symbols: a separator
  if (isDroppedMark(c)) return -1;
  const ch = String.fromCharCode(c);
  if (!LETTERLIKE.test(ch)) return SPECIAL[ch] === "'" ? 0x27 : -2;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const lower = ch.toLowerCase();
    out = SPECIAL[lower] ?? "";
    if (out === "") {
      for (const d of lower.normalize("NFD")) {
        const code = d.charCodeAt(0);
        if (!isDroppedMark(code)) out += SPECIAL[d] ?? d;
      }
    }
  }
  if (out.length === 0) return -1;
  if (out.length === 1) return out.charCodeAt(0) || -1;
  strings.push(out);
  return -(strings.length - 1) - 3;
}

function fold1(c: number): number {
  let v = table[c] as number;
  if (v === 0) {
    v = compute(c);
    table[c] = v;
  }
  return v;
}

/**
 * Calls `emit(code, start, end)` for each folded code unit of `text`, in order, with the span of
 * the original text it came from; one space before and after the text, runs of spaces as one.
 * Linear: one table look-up per code unit.
 */
export function foldEach(text: string, emit: (code: number, start: number, end: number) => void): void {
  emit(SPACE, 0, 0);
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const v = fold1(text.charCodeAt(i));
    if (v === -1) continue;
    if (v === -2) {
      if (!lastSpace) emit(SPACE, i, i + 1);
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    if (v > 0) emit(v, i, i + 1);
    else for (const ch of strings[-v - 3] as string) emit(ch.charCodeAt(0), i, i + 1);
  }
  if (!lastSpace) emit(SPACE, text.length, text.length);
}

/** Folded code units of one text with the span of the original each came from, reused from text to text. */
export interface FoldedText {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

export function foldedTextBuffer(): FoldedText {
  return { codes: new Uint16Array(256), starts: new Int32Array(256), ends: new Int32Array(256), length: 0 };
}

function grow(out: FoldedText, need: number): void {
  if (need <= out.codes.length) return;
  const size = Math.max(need, out.codes.length * 2);
  const codes = new Uint16Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  codes.set(out.codes);
  starts.set(out.starts);
  ends.set(out.ends);
  out.codes = codes;
  out.starts = starts;
  out.ends = ends;
}

/**
 * What foldEach emits, written into `out` (code units and spans) instead of passed to a callback,
 * for the matcher's hot loop.
 */
export function foldInto(text: string, out: FoldedText): void {
  // One code unit in gives at most one out (or a short string); grow when a string would overflow.
  grow(out, text.length + 2);
  let { codes, starts, ends } = out;
  let n = 0;
  codes[0] = SPACE;
  starts[0] = 0;
  ends[0] = 0;
  n = 1;
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const v = fold1(text.charCodeAt(i));
    if (v === -1) continue;
    if (v === -2) {
      if (!lastSpace) {
        codes[n] = SPACE;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    if (v > 0) {
      codes[n] = v;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    } else {
      const folded = strings[-v - 3] as string;
      grow(out, n + folded.length + (text.length - i) + 1);
      ({ codes, starts, ends } = out);
      for (let k = 0; k < folded.length; k++) {
        codes[n] = folded.charCodeAt(k);
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      }
    }
  }
  if (!lastSpace) {
    codes[n] = SPACE;
    starts[n] = text.length;
    ends[n] = text.length;
    n++;
  }
  out.length = n;
}

/** The folded form of a phrase, as the matcher sees it (without the outer spaces foldEach adds). */
export function foldPhrase(phrase: string): string {
  let out = "";
  foldEach(phrase, (code) => {
    out += String.fromCharCode(code);
  });
  // Keep a leading or trailing space the author wrote (a word edge); drop the ones foldEach adds.
  const lead = /^\s/.test(phrase) ? " " : "";
  const trail = /\s$/.test(phrase) ? " " : "";
  return lead + out.trim() + trail;
}
