/**
 * One pattern of many alternatives cut into a few patterns of consecutive alternatives, each of
 * which a prefilter can rule out on its own, and a scan over the parts that finds exactly the
 * matches the whole pattern finds.
 *
 * The language checker's insult and abuse role (group 2 of language/compile.ts) is one group of
 * ~45 alternatives between two assertions, `(?<![a-z])(?:a|b|…)(?![a-z])|🖕`: a text holding any
 * one insult word ("bitch") ran all of it, the abuse phrases with their unrolled repeats included
 * (five sixths of its cost). Cut into parts, a text runs only the parts whose keys it holds.
 *
 * Why the matches are the same: a global pattern finds the leftmost position at which any
 * alternative matches and, there, the first alternative in order that does. A group between
 * zero-width assertions is an ordered choice of its alternatives, each with what follows, so
 * consecutive alternatives can be cut apart; the parts keep their order. The earliest match over
 * the parts, the lowest part on a tie, is the whole pattern's next match.
 */
import { parsePattern } from "./parse.js";

interface Branch {
  /** Assertions before the group, and what follows it, around the group's alternative `inner`. */
  readonly before: string;
  readonly after: string;
  readonly inner: string;
  /** Index of the top-level alternative it came from: branches of one group are rejoined. */
  readonly from: number;
  readonly whole: boolean;
}

/** The pattern's alternatives in order, the first one's group opened into its own alternatives. */
function branchesOf(source: string): Branch[] | null {
  const pattern = parsePattern(source);
  if (pattern === null) return null;
  const branches: Branch[] = [];
  pattern.alternatives.forEach((alternative, i) => {
    const elements = alternative.elements;
    const g = elements.findIndex((e) => e.type !== "Assertion");
    const group = elements[g];
    if (group?.type === "Group" && group.alternatives.length > 1) {
      const before = source.slice(alternative.start, group.start);
      const after = source.slice(group.end, alternative.end);
      for (const inner of group.alternatives)
        branches.push({ before, after, inner: source.slice(inner.start, inner.end), from: i, whole: false });
    } else {
      const own = source.slice(alternative.start, alternative.end);
      branches.push({ before: "", after: "", inner: own, from: i, whole: true });
    }
  });
  return branches;
}

/**
 * The sources of up to `parts` patterns that together match what `source` matches (see above),
 * cutting only between alternatives; null when the pattern cannot be read.
 */
export function splitAlternatives(source: string, parts: number): string[] | null {
  const branches = branchesOf(source);
  if (branches === null || branches.length < 2) return null;
  const out: string[] = [];
  const count = Math.min(Math.max(1, parts), branches.length);
  for (let part = 0; part < count; part++) {
    const chunk = branches.slice(
      Math.floor((part * branches.length) / count),
      Math.floor(((part + 1) * branches.length) / count),
    );
    // Consecutive branches of one group go back into one group, as they were written.
    const pieces: string[] = [];
    for (let k = 0; k < chunk.length; ) {
      const b = chunk[k] as Branch;
      if (b.whole) {
        pieces.push(b.inner);
        k++;
        continue;
      }
      const inners: string[] = [];
      let j = k;
      while (j < chunk.length && (chunk[j] as Branch).from === b.from)
        inners.push((chunk[j++] as Branch).inner);
      pieces.push(`${b.before}(?:${inners.join("|")})${b.after}`);
      k = j;
    }
    out.push(pieces.join("|"));
  }
  return out;
}

/**
 * Calls `hit(index, text)` for every match the whole pattern would give scanning `text` from the
 * start (an empty match skipped, the scan going on one further, as analyseLanguage's loop does),
 * running only the parts whose bit is set in `mask`: a part left out must have no match in `text`.
 * `parts` are global patterns, in order.
 */
export function scanParts(
  parts: readonly RegExp[],
  mask: number,
  text: string,
  hit: (index: number, match: string) => void,
): void {
  const next: (RegExpExecArray | null)[] = [];
  for (let k = 0; k < parts.length; k++) {
    const re = parts[k] as RegExp;
    if ((mask & (1 << k)) === 0) next.push(null);
    else {
      re.lastIndex = 0;
      next.push(re.exec(text));
    }
  }
  for (;;) {
    let best = -1;
    let bestIndex = 0;
    for (let k = 0; k < next.length; k++) {
      const m = next[k];
      if (m != null && (best === -1 || m.index < bestIndex)) {
        best = k;
        bestIndex = m.index;
      }
    }
    if (best === -1) return;
    const m = next[best] as RegExpExecArray;
    const length = m[0].length;
    if (length > 0) hit(m.index, m[0]);
    const from = length > 0 ? m.index + length : m.index + 1;
    // A part's next match at or after `from` is still its leftmost one there; only earlier ones are looked for again.
    for (let k = 0; k < next.length; k++) {
      const n = next[k];
      if (n != null && n.index < from) {
        const re = parts[k] as RegExp;
        re.lastIndex = from;
        next[k] = re.exec(text);
      }
    }
  }
}
