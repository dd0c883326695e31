import { describe, expect, it } from "vitest";
import { groupFindings } from "./group-findings.js";

describe("grouping findings for the check page", () => {
  it("says one political issue once, quoting each place, with the clause cited once", () => {
    const findings = [
      {
        category: "topic.political",
        rule: "a",
        severity: "review",
        start: 0,
        end: 11,
        clause: "C §4",
        message: "m",
        suggestion: "s",
      },
      {
        category: "topic.political",
        rule: "a",
        severity: "review",
        start: 29,
        end: 48,
        clause: "C §4",
        message: "m",
        suggestion: "s",
      },
      {
        category: "topic.political",
        rule: "b",
        severity: "review",
        start: 0,
        end: 11,
        clause: "D §5",
        message: "m",
        suggestion: "s",
      },
      {
        category: "pii.phone",
        rule: "p",
        severity: "block",
        start: 60,
        end: 71,
        clause: "C §3",
        message: "p",
        suggestion: "s",
        replacement: "[x]",
      },
    ] as const;
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.category)).toEqual(["pii.phone", "topic.political"]);
    const political = groups[1];
    expect(political?.findings.map((f) => [f.start, f.end])).toEqual([
      [0, 11],
      [29, 48],
    ]);
    expect(political?.clauses).toEqual(["C §4", "D §5"]);
    expect(political?.messages).toEqual(["m"]);
    expect(political?.suggestions).toEqual(["s"]);
    expect(groups[0]?.suggestions).toEqual([]);
  });
});
