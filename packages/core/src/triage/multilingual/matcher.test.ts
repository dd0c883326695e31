import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldEach, foldPhrase } from "./fold.js";
import { LANGUAGES, PhraseMatcher } from "./index.js";

/** Every occurrence of every phrase, found the slow, obvious way: indexOf over the folded text. */
function naiveMatch(phrases: readonly string[], text: string): string[] {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  foldEach(text, (code, start, end) => {
    folded += String.fromCharCode(code);
    starts.push(start);
    ends.push(end);
  });
  const found: string[] = [];
  phrases.forEach((phrase, entry) => {
    const f = foldPhrase(phrase);
    const lead = f.startsWith(" ") ? 1 : 0;
    const trail = f.endsWith(" ") ? 1 : 0;
    for (let at = folded.indexOf(f); at !== -1; at = folded.indexOf(f, at + 1)) {
      const first = at + lead;
      const last = at + f.length - 1 - trail;
      found.push(`${entry}:${starts[first]}-${ends[last]}`);
    }
  });
  return found.sort();
}

const sorted = (hits: ReturnType<PhraseMatcher["match"]>) =>
  hits.map((h) => `${h.entry}:${h.start}-${h.end}`).sort();

describe("PhraseMatcher", () => {
  const phrases = LANGUAGES.flatMap((l) =>
    [l.crisis, l.weakCrisis, l.threat].flatMap((kinds) => Object.values(kinds ?? {}).flat() as string[]),
  );
  const matcher = new PhraseMatcher(phrases);

  it("finds exactly the occurrences indexOf finds, over texts built from the cue phrases", () => {
    let withHits = 0;
    let checked = 0;
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(" ", ", ", "! ", "ß", "É", "\u0301", "😀", "ـ", "ی", "ę", "I", "x"),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? " " : "");
        const expected = naiveMatch(phrases, text);
        checked++;
        if (expected.length > 0) withHits++;
        expect(sorted(matcher.match(text))).toEqual(expected);
      }),
      { numRuns: 400, seed: 20261202 },
    );
    expect(checked).toBe(400);
    // Most generated texts hold a phrase, so the comparison is about hits, not about empty lists.
    expect(withHits).toBeGreaterThanOrEqual(200);
  });

  it("gives the same spans for a text far longer than its buffers", () => {
    const text = `${"ść ß ".repeat(5_000)}${phrases[0]} ${"x".repeat(70_000)} ${phrases[1]}`;
    const expected = naiveMatch(phrases, text);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(sorted(matcher.match(text))).toEqual(expected);
  });
});
