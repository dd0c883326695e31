import { describe, expect, it } from "vitest";
import { CATEGORY_KINDS, LOOKALIKES } from "./category-kinds.js";
import { misses } from "./kinds-harness.js";

/**
 * The service categories by KIND of message as the public write them (category-kinds.ts): every
 * sentence of a kind must come back with its category, not `general` for want of evidence, and
 * every look-alike must keep its own category. A miss names the kind and the sentence.
 */
describe("service categories by kind, as the public write them", () => {
  for (const [category, kinds] of Object.entries(CATEGORY_KINDS)) {
    it(`finds ${category} in each of its kinds (at least 10 a kind)`, () => {
      for (const sentences of Object.values(kinds)) expect(sentences.length).toBeGreaterThanOrEqual(4);
      expect(Object.values(kinds).flat().length).toBeGreaterThanOrEqual(10);
      expect(misses(kinds, (c) => c === category)).toEqual([]);
    });
  }
  it("covers the weak categories", () => {
    for (const c of [
      "complaint",
      "compliment",
      "pals",
      "spam",
      "abuse",
      "subject_access",
      "clinical_question",
    ])
      expect(Object.keys(CATEGORY_KINDS)).toContain(c);
  });
});

describe("look-alikes keep their own category", () => {
  for (const [category, kinds] of Object.entries(LOOKALIKES)) {
    it(`keeps ${category}`, () => {
      expect(Object.values(kinds).flat().length).toBeGreaterThanOrEqual(4);
      expect(misses(kinds, (c) => c === category)).toEqual([]);
    });
  }
});
