import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../language/index.js";
import { classifyByRules } from "./classify.js";

/**
 * Threat kinds the concept rules missed before 4 December's second round (docs/judgement.md,
 * "Threats and false crisis by kind"): the team's own lines, one or two per kind, never an eval
 * set's; and look-alikes of each kind that must stay what they are.
 */
const rules = (text: string) => classifyByRules(text.toLowerCase(), analyseLanguage(text)).category;

describe("threats by kind (rules)", () => {
  it.each([
    // A hoax or a device left somewhere.
    ["hoax", "I put a little present in the lockers on level 3 for you lot. tick tock"],
    ["hoax", "somebody should check the canteen, theres white powder in an envelope there now"],
    // Details put out for others.
    ["doxx", "the porter who shoved my nan lives on Mill Street, number 4. spread the word"],
    ["doxx", "here's the physio's reg and her car, you know what to do"],
    // Whereabouts with a menace.
    ["doxx-menace", "your pharmacist drops her lad at the juniors every morning. small world"],
    ["doxx-found", "I've found the health visitor's husband's insta. nice house in Elm Road"],
    // A veiled warning about a car or a way home.
    ["veiled", "tell the matron her red Polo has been clocked"],
    ["veiled", "i wouldn't want to be that nurse walking to the bus stop tonight"],
    ["veiled", "I'll be waiting at the staff exit for the registrar, he knows why"],
    // Others brought along.
    ["group", "me and my cousins will be outside when the security guard finishes tonight"],
    ["group", "getting my brothers to sort that receptionist, she knows what she did"],
    // Slang and consequences in words of their own.
    ["slang", "that porter is getting dropped next time i see him"],
    ["consequence", "keep it up and that consultant will be the one needing a&e"],
    ["consequence", "i've got a bottle with the sister's name on it"],
    ["consequence", "you'll regret ever sending my dad home. mob handed we're coming"],
  ])("%s: %s", (_kind, text) => {
    expect(rules(text)).toBe("threat");
  });

  it.each([
    ["report of a parcel", "There's a parcel left in reception for Ward 6, could someone collect it please?"],
    ["a lift in the car park", "I'll be waiting for a reply about my mum's appointment, thanks"],
    ["family visiting", "me and my brothers will visit dad on the ward tonight, what time is visiting?"],
    ["sharing good news", "here's the nurse who delivered our baby, please share, we want to thank her 💐"],
    ["a fundraiser", "our group is walking to raise money for the ward, sharing this so everyone knows"],
    [
      "a complaint about safety",
      "the lights are broken in the staff car park, i wouldn't want to be a nurse walking there at night, please fix",
    ],
  ])("no threat: %s", (_kind, text) => {
    expect(rules(text)).not.toBe("threat");
  });

  it.each([
    ["pl", "ta pielęgniarka z nocnej zmiany niech uważa na parkingu"],
    ["es", "sé dónde vive ese celador. que tenga cuidado"],
    ["fr", "que le médecin de garde fasse attention en sortant par le parking"],
    ["de", "der Pfleger soll aufpassen, wenn er nachts zum Parkplatz geht"],
    ["tr", "o hemşire otoparkta dikkat etsin"],
  ])("a warning said of staff with where they can be found is a threat (%s)", (_lang, text) => {
    expect(rules(text)).toBe("threat");
  });
});
