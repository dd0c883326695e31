/**
 * One normalisation pass shared by every language detector. It lower-cases,
 * undoes common leetspeak, folds curly quotes, drops zero-width characters,
 * collapses runs of three or more identical letters ("fuuuuck") and joins
 * letters spelt out with spaces ("h a t e"), while keeping a map back to the
 * original UTF-16 offsets so that findings point at the text the person wrote.
 */
export interface Normalised {
  text: string;
  /**
   * map[i] is the offset in the original text of normalised character i; map[text.length] is the
   * original length. `null` when the text is plain ASCII and only lower-cased: the map is the identity.
   */
  map: Int32Array | null;
}

/** The original offset of normalised character i. */
export function originalOffset(norm: Normalised, i: number): number | undefined {
  if (norm.map === null) return i >= 0 && i <= norm.text.length ? i : undefined;
  return norm.map[i];
}

/** Leetspeak and typographic folds by UTF-16 code unit (0 = none). */
const LEET_CODE = new Uint16Array(0x2020);
for (const [from, to] of Object.entries({
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
})) {
  LEET_CODE[from.charCodeAt(0)] = to.charCodeAt(0);
}

/** Three single letters (Latin, accented ones included) separated by single spaces: "h a t e", "t ö t e n". */
const SPACED =
  /(?:^|[^a-z\u00df-\u024f])[a-z\u00df-\u024f] [a-z\u00df-\u024f] [a-z\u00df-\u024f](?![a-z\u00df-\u024f])/;

function isLetter(ch: string | undefined): boolean {
  return (
    ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "\u00df" && ch <= "\u024f" && ch !== "\u00f7"))
  );
}

function isLetterCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isZeroWidth(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const lowerCache = new Map<number, number>();

/** First UTF-16 unit of the lower-cased code unit c (what `ch.toLowerCase()[0]` gives); -1 for none. */
function lowerFirst(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 0 ? -1 : s.charCodeAt(0);
    lowerCache.set(c, l);
  }
  return l;
}

/** Anything that needs the slow path: leetspeak, curly quotes, zero-width characters, non-ASCII, letter runs. */
const NEEDS_WORK = /[^\x20-\x7e\n\r\t]|[a-z][0-9@$]|(?:^|[^a-z0-9])[0-9@$][a-z]|([a-z])\1\1/i;

function codesToString(codes: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** The code units and offsets of the text being normalised, reused from text to text (grown when needed). */
let codes = new Uint16Array(1024);
let offsets = new Int32Array(1025);

export function normalise(input: string): Normalised {
  if (!NEEDS_WORK.test(input)) {
    // Plain ASCII: lower-casing keeps every offset, so the map is the identity.
    const text = input.toLowerCase();
    if (!SPACED.test(text)) return { text, map: null };
  }
  const length = input.length;
  if (codes.length < length) {
    codes = new Uint16Array(length * 2);
    offsets = new Int32Array(length * 2 + 1);
  }
  let n = 0;
  for (let i = 0; i < length; i++) {
    const rawCode = input.charCodeAt(i);
    if (isZeroWidth(rawCode)) continue;
    const lowered = lowerFirst(rawCode);
    let ch = lowered === -1 ? rawCode : lowered;
    const leet = ch < 0x2020 ? (LEET_CODE[ch] ?? 0) : 0;
    if (leet !== 0) {
      // Digits only count as letters inside a word ("n1gg3r"), never in "0800 111".
      const isDigit = ch >= 48 && ch <= 57;
      if (
        !isDigit ||
        (n > 0 && isLetterCode(codes[n - 1] ?? 0)) ||
        (i + 1 < length && isLetterCode(lowerFirst(input.charCodeAt(i + 1))))
      )
        ch = leet;
    }
    if (isLetterCode(ch) && n >= 2 && codes[n - 1] === ch && codes[n - 2] === ch) continue;
    codes[n] = ch;
    offsets[n] = i;
    n++;
  }
  const text = codesToString(codes, n);
  // Most texts have no spelt-out words; only look when three single letters in a row appear.
  if (SPACED.test(text)) {
    // Rare: back to one string per code unit so each entry lines up with its offset.
    const units: string[] = [];
    for (let i = 0; i < n; i++) units.push(String.fromCharCode(codes[i] ?? 0));
    const offs = Array.from(offsets.subarray(0, n));
    joinSpacedLetters(units, offs);
    const map = new Int32Array(units.length + 1);
    for (let i = 0; i < offs.length; i++) map[i] = offs[i] ?? 0;
    map[units.length] = length;
    return { text: units.join(""), map };
  }
  // Nothing dropped (leetspeak and case folds keep the length): every offset is its own.
  if (n === length) return { text, map: null };
  offsets[n] = length;
  return { text, map: offsets.slice(0, n + 1) };
}

/** "b l a c k" → "black": three or more single letters separated by single spaces become one word. */
function joinSpacedLetters(chars: string[], offsets: number[]): void {
  // Marks the spaces to drop, then compacts both arrays in one pass: linear in the text length
  // (deleting in place would move the rest of the text once per space).
  const drop = new Uint8Array(chars.length);
  let any = false;
  let i = 0;
  while (i < chars.length) {
    const startsWord = isLetter(chars[i]) && !isLetter(chars[i - 1]) && chars[i + 1] === " ";
    if (!startsWord) {
      i++;
      continue;
    }
    let j = i;
    let letters = 1;
    while (chars[j + 1] === " " && isLetter(chars[j + 2]) && !isLetter(chars[j + 3])) {
      j += 2;
      letters++;
    }
    if (letters >= 3) {
      for (let k = i + 1; k < j; k += 2) drop[k] = 1;
      any = true;
    }
    i = j + 1;
  }
  if (!any) return;
  let out = 0;
  for (let k = 0; k < chars.length; k++) {
    if (drop[k]) continue;
    chars[out] = chars[k] as string;
    offsets[out] = offsets[k] as number;
    out++;
  }
  chars.length = out;
  offsets.length = out;
}
