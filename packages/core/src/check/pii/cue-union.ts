/**
 * Most posts contain none of the detectors' cue words, and scanning a post once per cue
 * test was most of findPii's time. The union of the tests scans it once: it matches
 * exactly where one of its parts matches, so where it finds nothing every part would
 * find nothing, and where it first matches is where each part may start looking.
 *
 * Alternatives of the form `\b` + letter are grouped by that letter, so at each word
 * start the engine tries the few alternatives for its first letter instead of all of them.
 * Concatenation distributes over alternation, so the grouping matches the same places.
 */

/** Splits a pattern at its top-level `|`, respecting escapes, classes and groups. */
function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Index of the `)` closing the group that opens at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

const WORD_START_GROUP = "\\b(?:";
const QUANTIFIER = /^[?*+{]/;
// `\b`, one letter that no quantifier applies to, then the rest.
const WORD_START_LETTER = /^\\b([A-Za-z])(?![?*+{])/;

/**
 * `alternative` as a list of alternatives that match the same places, with every leading
 * `\b(?:a|b)rest` distributed into `\barest` and `\bbrest`.
 */
function distribute(alternative: string): string[] {
  if (!alternative.startsWith(WORD_START_GROUP)) return [alternative];
  const close = closingParen(alternative, 2);
  const suffix = alternative.slice(close + 1);
  if (close < 0 || QUANTIFIER.test(suffix)) return [alternative];
  return splitAlternatives(alternative.slice(WORD_START_GROUP.length, close)).flatMap((inner) =>
    distribute(`\\b${inner}${suffix}`),
  );
}

/**
 * One case-insensitive pattern that matches wherever one of `parts` does. Each part must be
 * a plain case-insensitive pattern (flags exactly "i"), so the union needs no other flag.
 */
export function unionOfCues(parts: readonly RegExp[]): RegExp {
  const byLetter = new Map<string, Set<string>>();
  const others = new Set<string>();
  for (const part of parts) {
    if (part.flags !== "i")
      throw new Error(`unionOfCues: /${part.source}/${part.flags} must have flags "i" only`);
    for (const alternative of splitAlternatives(part.source).flatMap(distribute)) {
      const letter = WORD_START_LETTER.exec(alternative)?.[1]?.toLowerCase();
      if (letter === undefined) {
        others.add(alternative);
        continue;
      }
      const rests = byLetter.get(letter) ?? new Set<string>();
      rests.add(alternative.slice(3));
      byLetter.set(letter, rests);
    }
  }
  const grouped = [...byLetter].map(([letter, rests]) => `${letter}(?:${[...rests].join("|")})`);
  const alternatives = grouped.length > 0 ? [`\\b(?:${grouped.join("|")})`, ...others] : [...others];
  return new RegExp(alternatives.join("|"), "i");
}

/** A global copy of `re`, for `testFrom`. */
export function scanning(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace("g", "")}g`);
}

/** `re.test(text)` for a text known to have no match before `from`; `re` must be global. */
export function testFrom(re: RegExp, text: string, from: number): boolean {
  re.lastIndex = from;
  return re.test(text);
}
