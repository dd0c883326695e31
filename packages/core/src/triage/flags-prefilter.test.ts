import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchingSamples } from "../regex/generate.js";
import { FLAG_PATTERNS, findRecording, findStaffNames, possibleFlagPatterns } from "./flags.js";

const lowerSameLength = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'");

describe("flag prefilter", () => {
  it("keeps every pattern on texts it matches, generated from it in any case (every pattern checked)", () => {
    let checked = 0;
    let ascii = 0;
    FLAG_PATTERNS.forEach((pattern, k) => {
      // Paths through the pattern's syntax tree, some letters' case changed, framed by other words.
      const samples = matchingSamples(pattern, 300, 11 + k, {
        tries: 6_000,
        frame: (sample, random) =>
          `x ${[...sample].map((ch) => (random() < 0.3 ? ch.toUpperCase() : ch)).join("")} y`,
      });
      expect(samples.length, `pattern ${k} matched by too few generated texts`).toBeGreaterThanOrEqual(100);
      for (const text of samples) {
        const possible = possibleFlagPatterns(text, lowerSameLength(text));
        // Beyond ASCII the prefilter promises nothing and says so (null: every pattern runs).
        if (/[\u0080-\uffff]/.test(text)) expect(possible, `${k}: ${text}`).toBeNull();
        else {
          expect(possible?.[k], `${k}: ${text}`).toBe(1);
          ascii++;
        }
        checked++;
      }
    });
    expect(checked).toBeGreaterThanOrEqual(FLAG_PATTERNS.length * 100);
    // Most generated texts are ASCII, where the prefilter actually rules patterns out.
    expect(ascii).toBeGreaterThanOrEqual(checked / 2);
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
