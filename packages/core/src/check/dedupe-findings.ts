import type { Severity } from "./categories.js";
import type { Finding } from "./check.schema.js";

const RANK: Readonly<Record<Severity, number>> = { block: 3, review: 2, advice: 1 };

/**
 * One finding per category and stretch of text: overlapping spans of the same
 * category merge and the most severe rule wins; whole-post findings once per category.
 *
 * Walking the findings by start, a span can only overlap the last span kept for its
 * category: every earlier one ended at or before that one started. So one map lookup
 * per finding replaces a search of everything kept (a 100,000-character post can hold
 * tens of thousands of findings), and the sort bounds the work at O(n log n).
 */
export function dedupeFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const out: Finding[] = [];
  /** Index in `out` of the last span kept per category, and of the whole-post finding per category. */
  const lastSpan = new Map<string, number>();
  const wholePost = new Map<string, number>();
  const sorted = [...findings].sort(
    (a, b) => (a.start ?? -1) - (b.start ?? -1) || RANK[b.severity] - RANK[a.severity],
  );
  for (const f of sorted) {
    const whole = f.start === undefined;
    const i = whole ? wholePost.get(f.category) : lastSpan.get(f.category);
    const seen = i === undefined ? undefined : out[i];
    const overlaps =
      seen !== undefined &&
      (whole || (seen.end !== undefined && (f.start as number) < seen.end && seen.start !== undefined));
    if (i === undefined || seen === undefined || !overlaps) {
      (whole ? wholePost : lastSpan).set(f.category, out.length);
      out.push(f);
      continue;
    }
    const winner = RANK[f.severity] > RANK[seen.severity] ? f : seen;
    if (seen.start !== undefined && seen.end !== undefined && f.end !== undefined && f.end > seen.end) {
      out[i] = { ...winner, start: seen.start, end: f.end };
    } else out[i] = { ...winner, ...(seen.start !== undefined ? { start: seen.start, end: seen.end } : {}) };
  }
  return out;
}
