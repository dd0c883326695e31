import { COMMON_WORDS, FAMILY_NAMES, GIVEN_NAMES, NOT_NAMES } from "./data/names.js";

/**
 * Whether `word` is a line of `sorted`, a newline-separated list sorted by UTF-16 code units.
 * A binary search over the string itself: nothing is split or built at start-up, so a one-shot
 * check pays nothing for the lists, and each look-up costs about twenty comparisons.
 */
export function inSortedLines(sorted: string, word: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = sorted.lastIndexOf("\n", mid - 1) + 1;
    let end = sorted.indexOf("\n", mid);
    if (end < 0) end = sorted.length;
    if (start < lo) {
      // `mid` fell on the newline that ends the line before `lo`: the line at `lo` is next.
      const next = sorted.indexOf("\n", lo);
      const lineEnd = next < 0 ? sorted.length : next;
      const c = compareLine(word, sorted, lo, lineEnd);
      if (c === 0) return true;
      if (c < 0) return false;
      lo = lineEnd + 1;
      continue;
    }
    const c = compareLine(word, sorted, start, end);
    if (c === 0) return true;
    if (c < 0) hi = start - 1;
    else lo = end + 1;
  }
  return false;
}

/** `word` compared with `sorted.slice(start, end)`, without making the slice. */
function compareLine(word: string, sorted: string, start: number, end: number): number {
  const n = end - start;
  const m = Math.min(word.length, n);
  for (let i = 0; i < m; i++) {
    const d = word.charCodeAt(i) - sorted.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return word.length - n;
}

/** A lower-case word is a given name in the packaged lists (names/README.md). */
export function isGivenName(lower: string): boolean {
  return inSortedLines(GIVEN_NAMES, lower);
}

/** A lower-case word is a family name in the packaged lists. */
export function isFamilyName(lower: string): boolean {
  return inSortedLines(FAMILY_NAMES, lower);
}

/** A name that is also a common English word ("will", "grace", "ward") needs more than its spelling. */
export function isCommonWord(lower: string): boolean {
  return inSortedLines(COMMON_WORDS, lower);
}

/** A place, a day or an NHS word that the name lists also hold ("essex", "mon", "santa"): never a name alone. */
export function isNotAName(lower: string): boolean {
  return inSortedLines(NOT_NAMES, lower);
}
