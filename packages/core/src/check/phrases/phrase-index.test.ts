import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePhraseIndex, type Token, tokenise } from "./phrase-index.js";

/** What tokenise did for ASCII text before it became a loop over character codes. */
function regexTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  let sentence = 0;
  let last = 0;
  for (const m of lower.matchAll(/[#@$]?[a-z0-9]+(?:['&.\-/][a-z0-9]+)*/g)) {
    if (/[.!?;\n]/.test(lower.slice(last, m.index))) sentence++;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, sentence });
    last = m.index + m[0].length;
  }
  return tokens;
}

describe("tokenise", () => {
  it("finds the same ASCII tokens, offsets and sentences as the token pattern", () => {
    const chars = fc.constantFrom(..."aZ9 #@$'&.-/!?;\n,x0b".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join("");
        expect(tokenise(text)).toEqual(regexTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps e-mail addresses, hashtags and A&E together", () => {
    expect(tokenise("Email jo.bloggs@gmail.com re #NHS A&E. Now!").map((t) => [t.text, t.sentence])).toEqual([
      ["email", 0],
      ["jo.bloggs", 0],
      ["@gmail.com", 0],
      ["re", 0],
      ["#nhs", 0],
      ["a&e", 0],
      ["now", 1],
    ]);
  });
});

describe("compilePhraseIndex", () => {
  const index = compilePhraseIndex(
    new Map([
      ["patient", ["the <any> patient", "the patient|man in bed <num>", "a <any> (old|young) (lady|man)"]],
      ["inquest", ["inquest*", "the inquest*"]],
      ["money", ["<money> (|million) cut*"]],
    ]),
  );
  const found = (text: string) => index.scan(text).map((h) => `${h.list}:${text.slice(h.start, h.end)}`);

  it("matches phrases whose first word starts hundreds of others, by a later exact word", () => {
    expect(found("Saw the young patient and the man in bed 4")).toEqual([
      "patient:the young patient",
      "patient:the man in bed 4",
    ]);
    expect(found("a very old lady")).toEqual(["patient:a very old lady"]);
    expect(found("the patient")).toEqual([]);
  });

  it("matches prefixes, amounts and phrases at the end of the text", () => {
    expect(found("The inquests start. £40m cuts")).toEqual([
      "inquest:The inquests",
      "inquest:inquests",
      "money:£40m cuts",
    ]);
  });
});
