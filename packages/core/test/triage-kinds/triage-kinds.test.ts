import { describe, expect, it } from "vitest";
import { CRISIS_KINDS, NOT_CRISIS } from "./crisis-kinds.js";
import { misses } from "./kinds-harness.js";
import { ABUSE_KINDS, GENERAL_KINDS, SERVICE_KINDS } from "./service-kinds.js";
import { NOT_THREAT, THREAT_KINDS } from "./threat-kinds.js";

/**
 * Crisis and threat by KIND of warning sign, in the team's own words (crisis-kinds.ts,
 * threat-kinds.ts): every sentence of a kind must come back with its category, and the
 * look-alikes (idioms, medicine taken as advised, a peaceful death, fundraising, recovery,
 * lawful ultimatums) must not. A miss names the kind and the sentence.
 */
function countsOf(kinds: Record<string, readonly string[]>): number[] {
  return Object.values(kinds).map((sentences) => sentences.length);
}

describe("crisis kinds from the warning-sign lists", () => {
  it("has at least 8 sentences for each of the 14 kinds", () => {
    expect(Object.keys(CRISIS_KINDS).length).toBeGreaterThanOrEqual(14);
    for (const n of countsOf(CRISIS_KINDS)) expect(n).toBeGreaterThanOrEqual(8);
  });
  it("finds every one as crisis", () => {
    expect(misses(CRISIS_KINDS, (c) => c === "crisis")).toEqual([]);
  });
  it("leaves idioms, medicine as advised, peaceful deaths, fundraising and recovery out of crisis", () => {
    for (const n of countsOf(NOT_CRISIS)) expect(n).toBeGreaterThanOrEqual(8);
    expect(misses(NOT_CRISIS, (c) => c !== "crisis")).toEqual([]);
  });
});

describe("threat kinds", () => {
  it("has at least 8 sentences for each of the 6 kinds", () => {
    expect(Object.keys(THREAT_KINDS).length).toBeGreaterThanOrEqual(6);
    for (const n of countsOf(THREAT_KINDS)) expect(n).toBeGreaterThanOrEqual(8);
  });
  it("finds every one as threat", () => {
    expect(misses(THREAT_KINDS, (c) => c === "threat")).toEqual([]);
  });
  it("leaves lawful ultimatums and ordinary questions about shifts and parking out of threat", () => {
    for (const n of countsOf(NOT_THREAT)) expect(n).toBeGreaterThanOrEqual(8);
    expect(misses(NOT_THREAT, (c) => c !== "threat" && c !== "crisis")).toEqual([]);
  });
});

describe("service categories by kind", () => {
  for (const [category, kinds] of Object.entries(SERVICE_KINDS)) {
    it(`finds ${category} in each of its kinds`, () => {
      expect(Object.values(kinds).flat().length).toBeGreaterThanOrEqual(8);
      expect(misses(kinds, (c) => c === category)).toEqual([]);
    });
  }
});

describe("general is the fallback only when nothing else scores", () => {
  it("leaves greetings, chit-chat and opinions as general", () => {
    expect(GENERAL_KINDS.length).toBeGreaterThanOrEqual(8);
    expect(misses({ general: GENERAL_KINDS }, (c) => c === "general")).toEqual([]);
  });
  it("finds insults with a target as abuse", () => {
    expect(ABUSE_KINDS.length).toBeGreaterThanOrEqual(8);
    expect(misses({ abuse: ABUSE_KINDS }, (c) => c === "abuse")).toEqual([]);
  });
});
