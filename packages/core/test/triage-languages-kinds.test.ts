import { describe, expect, it } from "vitest";
import { defaultTriageConfig, triageMessage } from "../src/triage/index.js";
import { CRISIS, LOOKALIKE, THREAT } from "./triage-languages-kinds.data.js";

/**
 * Crisis and threat in other languages by kind (issue 11; docs/triage-languages.md, "Concepts"), in
 * sentences of our own written from the NHS, Samaritans and C-SSRS warning-sign lists and the
 * trusts' policies on threats to staff, never from a labelled set. Per language, the kinds the
 * English lists have: belongings given away (with "thank you for everything"), a plan for a named
 * day, a mother's overdose and she will not wake, a son on a roof saying sorry, self-harm now
 * (bleeding), "they'd be better off if I didn't exist", not wanting to wake up, passwords and bank
 * papers left out, a last message with "look after mum", hopelessness about help, ending one's
 * life, a rope made ready; a relative saying they want to die or will jump (third person, typed
 * without diacritics); threats as ultimatums, waiting for a nurse after her shift, which street
 * and car, bombs and arson, "you'll pay for this", slang for violence. Look-alikes use the same
 * words in everyday messages (a dog left with a neighbour, an operation on Friday, a fall from a
 * roof, medicine taken as advised, a complaint deadline) and must not be raised to crisis or
 * threat; and a short message in another language is never left at urgency low.
 */
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string) => triageMessage({ id: "t", text }, config, { now });

/** The ten largest main languages of England and Wales after English (2021 Census). */
const LARGEST = ["pl", "ro", "pa", "ur", "pt", "es", "ar", "bn", "gu", "it"];
const base = (lang: string) => lang.split("-")[0] as string;

describe("crisis and threat in other languages, by kind", () => {
  it("has at least 8 cases and 4 look-alikes in each of the ten largest languages", () => {
    for (const lang of LARGEST) {
      const positives = [...CRISIS, ...THREAT].filter(([l]) => base(l) === lang).length;
      const lookalikes = LOOKALIKE.filter(([l]) => base(l) === lang).length;
      expect(positives, lang).toBeGreaterThanOrEqual(8);
      expect(lookalikes, lang).toBeGreaterThanOrEqual(4);
    }
  });
  it.each(CRISIS)("%s: %j is crisis", (_lang, text) => {
    expect(triage(text).category).toBe("crisis");
  });
  it.each(THREAT)("%s: %j is threat", (_lang, text) => {
    expect(triage(text).category).toBe("threat");
  });
  it.each(LOOKALIKE)("%s: %j is neither, and not left low", (_lang, text) => {
    const r = triage(text);
    expect(r.category).not.toBe("crisis");
    expect(r.category).not.toBe("threat");
    expect(r.urgency).not.toBe("low");
  });
});

describe("a message Parapet cannot vouch it read is never left low", () => {
  it.each([
    "Gracias doctor",
    "Mulțumesc doctor",
    "ok gracias",
    "Thank you so much to the nurses on ward 5, muchas gracias por todo lo que hicieron por mi madre",
    "Thanks to the team, dziękuję bardzo za opiekę nad moją mamą",
  ])("%j needs reading", (text) => {
    expect(triage(text).urgency).not.toBe("low");
  });
  it.each(["Thank you doctor", "Thanks so much to the ward staff, lovely people", "ok thanks"])(
    "%j (English) stays low",
    (text) => {
      expect(triage(text).urgency).toBe("low");
    },
  );
});
