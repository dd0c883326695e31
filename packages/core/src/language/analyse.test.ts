import { describe, expect, it } from "vitest";
import { analyseLanguage } from "./index.js";

const kinds = (text: string) => analyseLanguage(text).map((f) => f.kind);

describe("analyseLanguage", () => {
  it.each([
    "Scunthorpe General Hospital",
    "Barnsley Hospital serves Penistone",
    "Essex Partnership University NHS Foundation Trust",
    "Your assessment is booked for Tuesday",
    "West Cumberland Hospital near Cockermouth",
    "Sussex and Middlesex were sunny",
    "I passed the bass to Dickinson at the cocktail bar in Arsenal",
    "Matt Hancock visited the peacock enclosure",
    "My Labrador bitch gave birth to three puppies today.",
    "There's a garden hoe hanging right next to that shovel there.",
    "He bought a packet of fags at the corner store.",
    "I had this queer feeling we were being watched.",
    "My manager is also a Muslim.",
    "I don't hate gay people.",
    'Statements like "immigrants are scum" are deeply hurtful.',
    "This queue is killing me",
    "I'm dying to know when the clinic opens",
    "The women's ward was spotless and the midwives were wonderful",
    "She had a finger prick test and an anal fissure check",
  ])("finds nothing in %j", (text) => {
    expect(analyseLanguage(text)).toEqual([]);
  });

  it.each([
    ["What a load of fucking rubbish", "profanity"],
    ["You are a useless idiot", "abusive"],
    ["Immigrants are vermin", "discriminatory"],
    ["Typical tr4nny behaviour", "discriminatory"],
    ["I'll be waiting for her in the car park", "threat"],
    ["I know where you live", "threat"],
    ["I am going to stab that nurse", "threat"],
    ["I h a t e Muslims", "discriminatory"],
  ])("flags %j as %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("returns offsets into the original text", () => {
    const text = "Well  f\u200bu\u200bc\u200bk that";
    const [finding] = analyseLanguage(text);
    expect(finding?.kind).toBe("profanity");
    expect(text.slice(finding?.start, finding?.end).replace(/\u200b/g, "")).toBe("fuck");
  });
});
