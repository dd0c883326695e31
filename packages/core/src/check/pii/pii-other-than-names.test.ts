import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPii, hasPiiOtherThanNames } from "./index.js";

const TEST_DIR = join(import.meta.dirname, "../../../test");

function textsOf(file: string): string[] {
  return readFileSync(join(TEST_DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Texts written here: names beside data, data without names, spelt-out addresses, nothing at all. */
const OWN = [
  "Nurse Patel on ward 7 was lovely",
  "Mrs Joan Smith, NHS number 943 476 5919, bed 4",
  "my number is 07700 900123 ring me",
  "email me at sam dot jones at gmail dot com",
  "SAM DOT JONES AT GMAIL DOT COM please",
  "born 03/04/1987, lives at 12 Acacia Avenue",
  "nothing personal here at all",
  "Priya in bay 3 had her birthday on the ward today",
  "write to jo.bloggs@example.org",
  "postcode LS1 4AP",
];

describe("hasPiiOtherThanNames (triage's contains_pii test without the name detector)", () => {
  it("agrees with findPii having a finding other than a name, text by text", () => {
    const texts = [...OWN, ...textsOf("triage-eval/messages.jsonl"), ...textsOf("check-eval/posts.jsonl")];
    let withData = 0;
    let namesOnly = 0;
    for (const text of texts) {
      const found = findPii(text);
      const other = found.some((p) => p.category !== "pii.person_name");
      if (other) withData++;
      else if (found.length > 0) namesOnly++;
      expect(hasPiiOtherThanNames(text), text).toBe(other);
    }
    // The comparison must have seen both kinds of text, or it proves nothing.
    expect(withData).toBeGreaterThanOrEqual(30);
    expect(namesOnly).toBeGreaterThanOrEqual(5);
    expect(texts.length).toBeGreaterThan(500);
  });
});
