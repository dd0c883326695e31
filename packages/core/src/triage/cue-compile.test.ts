import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requiredLiterals } from "../regex/required-literals.js";
import { captureGroups, compileCues, cueLiterals, useCueLiterals } from "./cue.js";
import { MULTILINGUAL_CUES } from "./cues-multilingual.js";
import { FOI_CUES, MEDIA_CUES, SUBJECT_ACCESS_CUES } from "./cues-requests.js";
import { CRISIS_CUE_LISTS, THREAT_CUE_LISTS } from "./cues-risk.js";
import { CLINICAL_CUES, COMPLAINT_CUES, COMPLIMENT_CUES, PALS_CUES, SPAM_CUES } from "./cues-service.js";
import { FALLBACK_CONCEPT_CUES, GRIEVANCE_CONCEPT_CUES } from "./cues-service-concepts.js";
import { COMPLAINT_KIND_CUES, PALS_KIND_CUES, SPAM_KIND_CUES } from "./cues-service-kinds.js";
import { conceptAlternatives, THREAT_CONCEPT_CUES } from "./cues-threat-concepts.js";

/** What JavaScript counts: the groups of a match of `source|` against the empty string. */
function groupsByExec(source: string): number {
  return (new RegExp(`${source}|`).exec("")?.length ?? 1) - 1;
}

describe("captureGroups", () => {
  it("counts groups as JavaScript does, escapes, classes and look-behinds included", () => {
    const cases: [string, number][] = [
      ["a", 0],
      ["(a)", 1],
      ["(?:a)", 0],
      ["(?<name>a)", 1],
      ["(?<=a)b", 0],
      ["(?<!a)b", 0],
      ["(?=a)", 0],
      ["(?!a)", 0],
      ["\\(a\\)", 0],
      ["[(]a[)]", 0],
      ["[\\](]", 0],
      ["[]](a)", 2 - 1],
      ["[^](a)", 1],
      ["\\\\(a)", 1],
      ["((a)(?:b)(?<x>c))", 3],
      ["[a\\]]+(b)", 1],
    ];
    for (const [source, groups] of cases) {
      expect(groupsByExec(source), source).toBe(groups);
      expect(captureGroups(source), source).toBe(groups);
    }
  });

  it("agrees with JavaScript on every valid pattern over brackets, escapes and group syntax", () => {
    let valid = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("(", ")", "?", ":", "<", ">", "=", "!", "a", "\\", "[", "]", "^", "|", "n"),
          {
            maxLength: 14,
          },
        ),
        (chars) => {
          const source = chars.join("");
          let expected: number;
          try {
            new RegExp(source); // valid alone, not only with "|" after it (a trailing "\\" escapes it)
            expected = groupsByExec(source);
          } catch {
            return; // not a pattern: compileCues throws on it when it builds the regex
          }
          valid++;
          expect(captureGroups(source)).toBe(expected);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(valid).toBeGreaterThan(2_000);
  });

  it("agrees with JavaScript on every shipped cue", () => {
    const sources = [
      ...[
        ...SUBJECT_ACCESS_CUES,
        ...FOI_CUES,
        ...MEDIA_CUES,
        ...COMPLAINT_CUES,
        ...COMPLAINT_KIND_CUES,
        ...CLINICAL_CUES,
        ...PALS_CUES,
        ...PALS_KIND_CUES,
        ...COMPLIMENT_CUES,
        ...SPAM_CUES,
        ...SPAM_KIND_CUES,
        ...CRISIS_CUE_LISTS.flat(),
        ...THREAT_CUE_LISTS.flat(),
        ...Object.values(MULTILINGUAL_CUES).flat(),
        ...[...THREAT_CONCEPT_CUES, ...GRIEVANCE_CONCEPT_CUES, ...FALLBACK_CONCEPT_CUES].flatMap((c) =>
          conceptAlternatives(c),
        ),
      ].map((cue) => cue[1]),
    ];
    expect(sources.length).toBeGreaterThan(300);
    for (const source of sources) expect(captureGroups(source), source).toBe(groupsByExec(source));
  });
});

describe("useCueLiterals", () => {
  it("takes a listed source's literals from the table, reads it once, and works out the others", () => {
    let reads = 0;
    useCueLiterals(() => {
      reads++;
      return [["zz(?:top|cue)", ["zz-from-table"]]];
    });
    const first = compileCues([
      ["a", "zz(?:top|cue)", 2],
      ["b", "hello (?:world|there)", 1],
    ]);
    expect(first.literals).toEqual([["zz-from-table"], requiredLiterals("hello (?:world|there)")]);
    compileCues([["c", "zz(?:top|cue)", 1]]);
    expect(reads).toBe(1);
    expect(cueLiterals()).toContainEqual(["zz(?:top|cue)", ["zz-from-table"]]);
    expect(cueLiterals()).toContainEqual([
      "hello (?:world|there)",
      requiredLiterals("hello (?:world|there)"),
    ]);
  });
});
