import { describe, expect, it } from "vitest";
import { crisisConcepts } from "../../src/triage/crisis-concepts.js";
import { readingGateLiterals } from "../../src/triage/crisis-reading.js";
import { count, misses } from "./kinds-harness.js";
import { READING_CRISIS, READING_NOT_CRISIS, READING_NOT_THREAT, READING_THREAT } from "./reading-kinds.js";

/**
 * The whole-message reading (crisis-reading.ts) and the threat kinds by kind (reading-kinds.ts):
 * every positive of a kind comes back with its category, every look-alike does not. A miss names
 * the kind, the message and what came back.
 */
describe("crisis read over the whole message", () => {
  it("has at least 100 positives and 60 look-alikes, crisis and threat together", () => {
    expect(count(READING_CRISIS) + count(READING_THREAT)).toBeGreaterThanOrEqual(100);
    expect(count(READING_NOT_CRISIS) + count(READING_NOT_THREAT)).toBeGreaterThanOrEqual(60);
    expect(Object.keys(READING_CRISIS).length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(READING_THREAT).length).toBeGreaterThanOrEqual(5);
  });
  it("finds every crisis positive", () => {
    expect(misses(READING_CRISIS, (c) => c === "crisis")).toEqual([]);
  });
  it("leaves idioms, recovered pasts, stories, complaints, deaths in care and jokes out of crisis", () => {
    expect(misses(READING_NOT_CRISIS, (c) => c !== "crisis")).toEqual([]);
  });
  it("decides the spread-out messages by the whole-message score", () => {
    let byReading = 0;
    for (const text of READING_CRISIS["signs spread over a whole message"] ?? [])
      if (crisisConcepts(text.toLowerCase()).decisive.some((h) => h.cue.startsWith("reading-"))) byReading++;
    expect(byReading).toBeGreaterThanOrEqual(5);
  });
  it("opens the concept gate only on entries of two words or one long word", () => {
    const literals = readingGateLiterals();
    expect(literals.length).toBeGreaterThanOrEqual(100);
    for (const l of literals) expect(l.includes(" ") || l.length >= 6).toBe(true);
  });
  it("reads a long text in time linear in its length", () => {
    const text = "sorted the bank stuff. nobody needs to ring me. ".repeat(3000) + "x".repeat(50_000);
    const { decisive } = crisisConcepts(text);
    expect(decisive.some((h) => h.cue === "reading-message")).toBe(true);
  });
});

describe("threats by kind, whole-message reading's set", () => {
  it("finds every threat positive", () => {
    expect(misses(READING_THREAT, (c) => c === "threat")).toEqual([]);
  });
  it("leaves lawful ultimatums, concern for staff and sporting idiom out of threat", () => {
    expect(misses(READING_NOT_THREAT, (c) => c !== "threat" && c !== "crisis")).toEqual([]);
  });
});
