import type { Finding, Severity } from "@parapet/core/check";

/** One issue in the post: every finding of one category, said once. */
export interface FindingGroup {
  category: string;
  severity: Severity;
  /** Distinct messages, in the order first found. */
  messages: string[];
  /** Distinct clauses cited, in the order first found. */
  clauses: string[];
  /** The findings themselves, for their spans and suggested replacements. */
  findings: Finding[];
  /** The distinct editorial suggestions (those with no replacement). */
  suggestions: string[];
}

const RANK: Readonly<Record<Severity, number>> = { block: 0, review: 1, advice: 2 };

/**
 * The findings grouped by category, most severe first. Several rules (or one rule at
 * several places) that flag the same kind of issue are one card for the person, with
 * each place quoted, not three near-identical cards.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.category);
    if (!group) {
      group = {
        category: finding.category,
        severity: finding.severity,
        messages: [],
        clauses: [],
        findings: [],
        suggestions: [],
      };
      groups.set(finding.category, group);
    }
    if (RANK[finding.severity] < RANK[group.severity]) group.severity = finding.severity;
    addOnce(group.messages, finding.message);
    addOnce(group.clauses, finding.clause);
    if (finding.replacement === undefined) addOnce(group.suggestions, finding.suggestion);
    const sameSpan = group.findings.some(
      (f) => f.start === finding.start && f.end === finding.end && f.replacement === finding.replacement,
    );
    if (!sameSpan) group.findings.push(finding);
  }
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
