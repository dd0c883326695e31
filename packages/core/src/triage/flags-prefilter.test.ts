import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLAG_PATTERNS, findRecording, findStaffNames, possibleFlagPatterns } from "./flags.js";
import { withoutAssertions } from "./regex-samples.test-helper.js";

const lowerSameLength = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'");

describe("flag prefilter", () => {
  it("keeps every pattern that matches an ASCII text generated from it, in any case", () => {
    FLAG_PATTERNS.forEach((pattern, k) => {
      const re = new RegExp(pattern.source, pattern.flags.replace("g", ""));
      // fast-check cannot generate for /i: generate case-sensitively, then change the case of some letters.
      const generate = new RegExp(withoutAssertions(pattern.source), pattern.flags.replace(/[gi]/g, ""));
      const samples = fc.sample(
        fc.tuple(fc.stringMatching(generate), fc.array(fc.boolean(), { maxLength: 80 })),
        {
          numRuns: 300,
          seed: 11,
        },
      );
      for (const [sample, flips] of samples) {
        const cased = [...sample].map((ch, i) => (flips[i] ? ch.toUpperCase() : ch)).join("");
        const text = `x ${cased} y`;
        if (/[\u0080-\uffff]/.test(text) || !re.test(text)) continue;
        expect(possibleFlagPatterns(text, lowerSameLength(text))?.[k], `${k}: ${text}`).toBe(1);
      }
    });
  });

  it("finds the same staff names and recordings as without it", () => {
    const texts = readFileSync(new URL("../../test/triage-eval/messages.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const text of texts) {
      const possible = possibleFlagPatterns(text, lowerSameLength(text));
      expect(findStaffNames(text, possible)).toEqual(findStaffNames(text));
      expect(findRecording(text, possible)).toEqual(findRecording(text));
    }
  });
});
