import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADDRESS_CUES } from "./address.detector.js";
import { unionOfCues } from "./cue-union.js";
import { DATE_OF_BIRTH_CUES } from "./date-of-birth.detector.js";
import { EMAIL_CUES } from "./email.detector.js";
import { PERSON_NAME_CUES } from "./person-name.detector.js";

const FAMILIES: Record<string, readonly RegExp[]> = {
  all: [...DATE_OF_BIRTH_CUES, ...EMAIL_CUES, ...ADDRESS_CUES, ...PERSON_NAME_CUES],
  dateOfBirth: DATE_OF_BIRTH_CUES,
  address: ADDRESS_CUES,
  personName: PERSON_NAME_CUES,
};

/** Where the first part matches, as the union must report it; -1 if none does. */
function firstOfParts(parts: readonly RegExp[], text: string): number {
  let first = -1;
  for (const part of parts) {
    const at = text.search(part);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

const here = dirname(fileURLToPath(import.meta.url));
const evalTexts = [
  "../../../test/check-eval/posts.jsonl",
  "../../../test/triage-eval/messages.jsonl",
].flatMap((f) =>
  readFileSync(resolve(here, f), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

// Every alternative of every part, spelt out, plus near misses around word boundaries.
const WORDS = [
  "bed 4",
  "Bay3",
  "cubicle",
  "side room",
  "admitted",
  "Readmitted",
  "discharge",
  "diagnosed",
  "chemotherapy",
  "off sick",
  "failed her exam",
  "his stay",
  "back in our",
  "patient",
  "Service Users",
  "pt",
  "name",
  "Mr",
  "MRS",
  "miss",
  "Dr",
  "ward",
  "unit",
  "family",
  "room 12",
  "baby",
  "newborn",
  "little one",
  "DOB",
  "d.o.b.",
  "d o b",
  "date of birth",
  "birthdate",
  "born on",
  "b. 1950",
  "birthday",
  "aged 83",
  "age 4",
  "90 years old",
  "3yrs old",
  "80th birthday",
  "Road",
  "st",
  "Avenue",
  "meadow",
  "meadows",
  "villas",
  "at 14",
  "through 3",
  "to 7",
  " dot ",
  "DOT",
  "unity",
  "pts",
  "xbed 4",
  "bay",
  "abed",
  "road5",
  "_st",
  "é",
  "12",
  " ",
  ".",
  "\n",
  ",",
  "-",
  "'",
];

describe.each(Object.entries(FAMILIES))("unionOfCues (%s)", (_name, parts) => {
  const union = unionOfCues(parts);

  it("first matches where the first of its parts matches, on every evaluation text", () => {
    for (const text of evalTexts)
      expect([text, text.search(union)]).toEqual([text, firstOfParts(parts, text)]);
  });

  it("first matches where the first of its parts matches, on texts made of cue words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 12 }),
        (words) => {
          const text = words.join("");
          expect(text.search(union)).toBe(firstOfParts(parts, text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("unionOfCues", () => {
  it("refuses a part with flags other than i", () => {
    expect(() => unionOfCues([/a/g])).toThrow();
  });
});
