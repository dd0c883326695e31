/**
 * One normalisation pass shared by every language detector. It lower-cases,
 * undoes common leetspeak, folds curly quotes, drops zero-width characters,
 * collapses runs of three or more identical letters ("fuuuuck") and joins
 * letters spelt out with spaces ("h a t e"), while keeping a map back to the
 * original UTF-16 offsets so that findings point at the text the person wrote.
 */
export interface Normalised {
  text: string;
  /** map[i] is the offset in the original text of normalised character i; map[text.length] is the original length. */
  map: Int32Array;
}

const LEET: Record<string, string> = {
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
};

const SPACED = /(?:^|[^a-z])[a-z] [a-z] [a-z](?![a-z])/;
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "a" && ch <= "z";
}

/** Anything that needs the slow path: leetspeak, curly quotes, zero-width characters, non-ASCII, letter runs. */
const NEEDS_WORK = /[^\x20-\x7e\n\r\t]|[a-z][0-9@$]|(?:^|[^a-z0-9])[0-9@$][a-z]|([a-z])\1\1/i;

export function normalise(input: string): Normalised {
  if (!NEEDS_WORK.test(input)) {
    // Plain ASCII: lower-casing keeps every offset, so the map is the identity.
    const text = input.toLowerCase();
    if (!SPACED.test(text)) {
      const map = new Int32Array(text.length + 1);
      for (let i = 0; i <= text.length; i++) map[i] = i;
      return { text, map };
    }
  }
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const raw = input[i] ?? "";
    if (ZERO_WIDTH.test(raw)) continue;
    let ch = raw.toLowerCase()[0] ?? raw;
    const leet = LEET[ch];
    if (leet !== undefined) {
      // Digits only count as letters inside a word ("n1gg3r"), never in "0800 111".
      const isDigit = ch >= "0" && ch <= "9";
      const prev = chars[chars.length - 1];
      const next = (input[i + 1] ?? "").toLowerCase();
      if (!isDigit || isLetter(prev) || isLetter(next)) ch = leet;
    }
    const n = chars.length;
    if (isLetter(ch) && chars[n - 1] === ch && chars[n - 2] === ch) continue;
    chars.push(ch);
    offsets.push(i);
  }
  // Most texts have no spelt-out words; only look when three single letters in a row appear.
  if (SPACED.test(chars.join(""))) joinSpacedLetters(chars, offsets);
  const map = new Int32Array(chars.length + 1);
  for (let i = 0; i < offsets.length; i++) map[i] = offsets[i] ?? 0;
  map[chars.length] = input.length;
  return { text: chars.join(""), map };
}

/** "b l a c k" → "black": three or more single letters separated by single spaces become one word. */
function joinSpacedLetters(chars: string[], offsets: number[]): void {
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
      const spaces: number[] = [];
      for (let k = i + 1; k < j; k += 2) spaces.push(k);
      for (let s = spaces.length - 1; s >= 0; s--) {
        const at = spaces[s] ?? 0;
        chars.splice(at, 1);
        offsets.splice(at, 1);
      }
      i = j - spaces.length + 1;
    } else {
      i = j + 1;
    }
  }
}
