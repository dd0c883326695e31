import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupRegexes } from "./compile.js";
import { INSULTS, MODALS, NEGATORS, PERSON_TARGETS, REPORT_FRAMES, VIOLENCE } from "./lexicon-harassment.js";
import { DEROG_STRONG, DEROG_WEAK, GROUP_NOUNS, SLURS } from "./lexicon-hate.js";
import { SAFE_WORDS } from "./lexicon-profanity.js";
import { normalise } from "./normalise.js";
import { compilePrefilter, prefilterFrom, prefilterTables } from "./prefilter.js";

// Every role pattern, context roles included, so the analysis is tested on all the syntax they use.
const GROUP_REGEXES = groupRegexes();
const prefilter = compilePrefilter(GROUP_REGEXES);

/** Role patterns that match `text` but whose bit the prefilter left unset: must always be none. */
function missed(raw: string): number[] {
  const text = normalise(raw).text;
  const candidates = prefilter.candidates(text);
  return GROUP_REGEXES.flatMap((re, i) => {
    re.lastIndex = 0;
    return re.test(text) && (candidates & (1 << i)) === 0 ? [i + 1] : [];
  });
}

const WORDS = [
  ...INSULTS,
  ...SLURS,
  ...VIOLENCE,
  ...DEROG_STRONG,
  ...DEROG_WEAK,
  ...GROUP_NOUNS,
  ...NEGATORS,
  ...MODALS,
  ...PERSON_TARGETS,
  ...REPORT_FRAMES,
  ...SAFE_WORDS,
  ..."you are a total so i will kill them all fuck f*ck sh*t wtf the staff ward nurse is are not".split(" "),
];
const SEPARATORS = [" ", " ", " ", "", ", ", ". ", "! ", "'", "-", '"', "\n", "*", "s ", "ing "];

describe("language prefilter", () => {
  it("gives the same answers when built from its tables read back from JSON (as a process reads the build's file)", () => {
    const fromJson = prefilterFrom(JSON.parse(JSON.stringify(prefilterTables(GROUP_REGEXES))));
    const texts = [...WORDS, ...WORDS.map((w, i) => `${WORDS[(i * 7) % WORDS.length]} ${w}, ok`)].map(
      (t) => normalise(t).text,
    );
    expect(texts.length).toBeGreaterThan(1_000);
    let some = 0;
    for (const text of texts) {
      const expected = prefilter.candidates(text);
      if (expected !== 0) some++;
      expect(fromJson.candidates(text)).toBe(expected);
    }
    expect(some).toBeGreaterThan(100);
  });

  it("never rules out a role pattern that matches (texts made of lexicon words)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 }),
        (parts) => {
          expect(missed(parts.map(([w, s]) => w + s).join(""))).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never rules out a role pattern that matches (any ASCII text)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abcdeiklnorstuy *'-.!?,\"\n0123456789"), maxLength: 60 }),
        (text) => {
          expect(missed(text)).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never rules out a role pattern that matches (texts with characters beyond ASCII)", () => {
    // Accented and other-script letters, curly quotes, no-break spaces, emoji: each falls in a shared class.
    const units = [..."abcdeiklnorstuy *'-.!?,\"\n0123"].concat([
      "é",
      "ü",
      "ł",
      "\u00a0",
      "\u2019",
      "🖕",
      "😂",
      "ع",
      "字",
      "ा",
    ]);
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...units), fc.constantFrom(...WORDS)), { maxLength: 12 }),
        (parts) => {
          const text = parts.join(" ");
          checked++;
          expect(missed(text)).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
    expect(checked).toBeGreaterThanOrEqual(3000);
  });

  it("filters texts in other scripts instead of running every pattern on them", () => {
    const all = (1 << GROUP_REGEXES.length) - 1;
    expect(prefilter.candidates(normalise("Dziękuję bardzo za opiekę nad mamą ❤️").text)).not.toBe(all);
    expect(prefilter.candidates(normalise("you are an idiot 🖕").text) & (1 << 1)).not.toBe(0);
  });

  it("rules out every trigger role for an ordinary post", () => {
    const triggers = [1, 2, 3, 6, 7, 8, 9, 10].map((g) => GROUP_REGEXES[g - 1] as RegExp);
    const text = normalise(
      "Join us at our open day on 12 March to find out about the new discharge lounge.",
    ).text;
    expect(compilePrefilter(triggers).candidates(text)).toBe(0);
  });
});
