import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GROUP, GROUP_SOURCES, groupRegexes } from "../language/compile.js";
import { ABUSE_PHRASES, INSULTS } from "../language/lexicon-harassment.js";
import { normalise } from "../language/normalise.js";
import { compilePrefilter } from "../language/prefilter.js";
import { scanParts, splitAlternatives } from "./split-alternatives.js";

/** What analyseLanguage's loop takes from a global pattern: every non-empty match, in order. */
function wholeMatches(source: string, text: string): string[] {
  const re = new RegExp(source, "g");
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

function partMatches(parts: readonly RegExp[], mask: number, text: string): string[] {
  const out: string[] = [];
  scanParts(parts, mask, text, (index, match) => out.push(`${index}:${match}`));
  return out;
}

describe("splitAlternatives and scanParts", () => {
  it("cuts only between alternatives, keeping the assertions around a group", () => {
    expect(splitAlternatives("(?<![a-z])(?:ab|cd|ef)(?![a-z])|x", 2)).toEqual([
      "(?<![a-z])(?:ab|cd)(?![a-z])",
      "(?<![a-z])(?:ef)(?![a-z])|x",
    ]);
    expect(splitAlternatives("abc", 3)).toBeNull();
  });

  it("finds the whole pattern's matches, overlapping alternatives and ties included", () => {
    // Alternatives that match at the same place (the first in order wins), inside one another, or empty.
    const source = "(?<![a-z])(?:a|ab|abc|b c|c(?=a)|(?:ba){1,2})(?![a-z])|c a|(?=b)";
    let compared = 0;
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom("a", "ab", "abc", "b", "c", "ba", "baba", "x", " ", " "), { minLength: 6, maxLength: 20 })
          .map((cs) => cs.join("")),
        fc.integer({ min: 1, max: 8 }),
        (text, count) => {
          const parts = (splitAlternatives(source, count) as string[]).map((s) => new RegExp(s, "g"));
          const expected = wholeMatches(source, text);
          compared += expected.length;
          expect(partMatches(parts, -1, text)).toEqual(expected);
        },
      ),
      { numRuns: 1_000 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it("finds the insult role's matches with only the parts the prefilter lets through", () => {
    groupRegexes();
    const source = GROUP_SOURCES[GROUP.insult - 1] as string;
    const parts = (splitAlternatives(source, 12) as string[]).map((s) => new RegExp(s, "g"));
    expect(parts.length).toBe(12);
    const prefilter = compilePrefilter([new RegExp(source, "g"), ...parts]);
    const insults = INSULTS.slice(0, 60);
    const texts = [
      ...insults.map((w) => `you are a ${w}, honestly`),
      ...insults.map((w) => `what a total ${w} 🖕 you lot are a bunch of useless idiots`),
      "hope you rot in hell. the laziest nurse i've ever met. a certain manager never answers",
      "thanks to the ward team, lovely care",
      `${ABUSE_PHRASES.length} phrases: shut up, piss off, name and shame, waste of a uniform`,
    ].map((t) => normalise(t).text);
    let found = 0;
    let skipped = 0;
    for (const text of texts) {
      const mask = prefilter.candidates(text) >>> 1;
      const expected = wholeMatches(source, text);
      found += expected.length;
      for (let k = 0; k < parts.length; k++) if ((mask & (1 << k)) === 0) skipped++;
      expect(partMatches(parts, mask, text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(150);
    // The prefilter does leave parts out, or the split would save nothing.
    expect(skipped).toBeGreaterThan(texts.length * 4);
  });
});
