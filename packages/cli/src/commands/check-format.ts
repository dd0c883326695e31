import type { CheckResult } from "@parapet/core";

const LABEL = { block: "BLOCK", review: "REVIEW", pass: "PASS" } as const;

/** Human-readable result: verdict, then each finding with its clause, the text it is about and the fix. */
export function formatResult(text: string, result: CheckResult): string {
  const lines = [
    `${LABEL[result.verdict]}  (${result.findings.length} finding${result.findings.length === 1 ? "" : "s"})`,
  ];
  for (const f of result.findings) {
    const where =
      f.start !== undefined && f.end !== undefined
        ? ` "${text.slice(f.start, f.end)}" [${f.start}-${f.end}]`
        : "";
    lines.push(`  ${f.severity.padEnd(6)} ${f.category}${where}`);
    lines.push(`         ${f.clause}: ${f.message}`);
    lines.push(`         suggestion: ${f.suggestion}`);
  }
  return `${lines.join("\n")}\n`;
}
