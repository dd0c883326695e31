import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundaries, type RawHit } from "./analyse.js";
import { CLAUSE_WORDS, GROUP, type GroupId, groupRegexes } from "./compile.js";

/** What the role's own pattern finds, as run() read it before the punctuation roles were read by hand. */
function byPattern(text: string, group: GroupId): RawHit[] {
  const re = new RegExp((groupRegexes()[group - 1] as RegExp).source, "g");
  return [...text.matchAll(re)].map((m) => ({
    group,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

function byHand(text: string, group: GroupId): RawHit[] {
  const raw: RawHit[] = [];
  boundaries(text, group, raw);
  return raw;
}

const GROUPS = [GROUP.sentence, GROUP.clause, GROUP.quote] as const;
const PIECES = [
  ...CLAUSE_WORDS,
  ...CLAUSE_WORDS.map((w) => w.slice(0, -1)),
  ...CLAUSE_WORDS.map((w) => `${w}s`),
  "x",
  "band",
  "sob",
  "é",
  "ébut",
  " ",
  " ",
  ".",
  "..",
  "!",
  "?",
  "\n",
  ",",
  ";",
  ":",
  "(",
  ")",
  '"',
  "'",
  "-",
  "1",
  "🖕",
];

describe("the punctuation roles read by hand", () => {
  it("find exactly what their patterns find, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const group of GROUPS) expect(byHand(text, group)).toEqual(byPattern(text, group));
      }),
      { numRuns: 3000 },
    );
  });

  it("find a clause word at either end of the text, and not inside a word", () => {
    expect(byHand("but then so", GROUP.clause).map((h) => h.text)).toEqual(["but", "so"]);
    expect(byHand("abut sob (as)", GROUP.clause).map((h) => h.text)).toEqual(["(", "as", ")"]);
    expect(byHand('hi... "no"!?\n', GROUP.sentence).map((h) => h.text)).toEqual(["...", "!?\n"]);
    expect(byHand('"a" "', GROUP.quote).map((h) => h.start)).toEqual([0, 2, 4]);
  });
});
