import { describe, expect, it } from "vitest";
import { crisisConcepts } from "../../src/triage/crisis-concepts.js";
import { CONCEPT_CRISIS, CONCEPT_NOT_CRISIS } from "./concept-kinds.js";
import { count, misses } from "./kinds-harness.js";

/**
 * The concept layer by kind (concept-kinds.ts): every sentence of a warning-sign kind, worded
 * unlike the phrase cues, comes back as crisis; the look-alikes (idioms, absence for a reason,
 * medicine as usual, complaints using the same words, a peaceful death, recovery, fundraising,
 * everyday life) do not. A miss names the kind and the sentence.
 */
describe("crisis by concept", () => {
  it("has at least 80 positives over 10 kinds and 45 look-alikes over 6", () => {
    expect(Object.keys(CONCEPT_CRISIS).length).toBeGreaterThanOrEqual(10);
    expect(count(CONCEPT_CRISIS)).toBeGreaterThanOrEqual(80);
    expect(Object.keys(CONCEPT_NOT_CRISIS).length).toBeGreaterThanOrEqual(6);
    expect(count(CONCEPT_NOT_CRISIS)).toBeGreaterThanOrEqual(45);
  });
  it("finds every positive as crisis", () => {
    expect(misses(CONCEPT_CRISIS, (c) => c === "crisis")).toEqual([]);
  });
  it("leaves every look-alike out of crisis", () => {
    expect(misses(CONCEPT_NOT_CRISIS, (c) => c !== "crisis")).toEqual([]);
  });
  it("decides most positives by concept alone, so the layer is doing the work", () => {
    let decided = 0;
    for (const sentences of Object.values(CONCEPT_CRISIS))
      for (const text of sentences) {
        const { decisive, weak } = crisisConcepts(text.toLowerCase());
        if (decisive.length > 0 || new Set(weak.map((h) => h.cue)).size >= 2) decided++;
      }
    expect(decided).toBeGreaterThanOrEqual(60);
  });
  it("reads a long text in time linear in its length", () => {
    const text = "i won't be here tomorrow. ".repeat(4000) + "x".repeat(50_000);
    const { decisive } = crisisConcepts(text);
    expect(decisive.length).toBeGreaterThanOrEqual(4000);
  });
});
