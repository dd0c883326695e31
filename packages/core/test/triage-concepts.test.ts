import { describe, expect, it } from "vitest";
import { defaultTriageConfig, triageMessage } from "../src/triage/index.js";
import { conceptRiskHits, LEXICONS, SIGNS } from "../src/triage/multilingual/concepts/index.js";
import { CRISIS, ORDINARY, THREAT } from "./triage-concepts.data.js";

/**
 * Concept lexicons (multilingual/concepts/): warning signs said in words the phrase files do not
 * spell out, in sentences of our own written from the NHS, Samaritans and C-SSRS warning-sign
 * lists, and everyday messages made of the same words that must not be raised.
 * [language, kind, message].
 */
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string) => triageMessage({ id: "t", text }, config, { now });

describe("concept lexicons find warning signs the phrases do not spell out", () => {
  it("covers the twenty-one languages the brief names, each with crisis and threat concepts", () => {
    const codes = new Set(LEXICONS.map((l) => l.code));
    for (const code of [
      "pl",
      "ro",
      "pa",
      "ur",
      "pt",
      "es",
      "ar",
      "bn",
      "gu",
      "it",
      "lt",
      "zh",
      "fr",
      "ta",
      "tr",
      "so",
      "bg",
      "fa",
      "hu",
      "de",
      "cy",
    ])
      expect(codes.has(code), code).toBe(true);
    for (const l of LEXICONS) {
      expect(Object.keys(l.concepts).length, l.code).toBeGreaterThanOrEqual(30);
    }
    expect(SIGNS.filter((s) => s.for === "crisis").length).toBeGreaterThanOrEqual(20);
    expect(CRISIS.length).toBeGreaterThanOrEqual(40);
  });
  it.each(CRISIS)("%s %s: %j is crisis", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("crisis");
  });
  it.each(THREAT)("%s %s: %j is threat", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("threat");
  });
  it.each(ORDINARY)("%s: %j is not crisis or threat", (_lang, text) => {
    const r = triage(text);
    expect(r.category).not.toBe("crisis");
    expect(r.category).not.toBe("threat");
  });
  it("fires on no English text: the lexicons' words are not English ones", () => {
    const english = [
      "I took all my tablets this morning as the GP said, thank you",
      "The car park at the hospital is a bomb site, fix it",
      "Last time I came the nurse was lovely, see you tomorrow",
      "Suicide prevention training today, proud of the team",
      "My son is missing his dad while he's on the ward, any visiting tonight?",
    ];
    for (const t of english) {
      const r = conceptRiskHits(t.toLowerCase());
      expect([...r.crisis, ...r.threat], t).toEqual([]);
    }
  });
});

describe("the concept pass runs in linear time", () => {
  it.each(["me quiero morir ", "tabletki wszystkie wziąłem ", "我想死 ", "aaaa "])(
    "finds no more than a bounded number of signs in 100,000 characters of %j",
    (unit) => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const r = conceptRiskHits(text);
      // Each sign is reported once per message (strong once per language), whatever the length.
      expect(r.crisis.length + r.threat.length).toBeLessThanOrEqual(SIGNS.length * LEXICONS.length);
    },
  );
});
