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
    "Welcome to the twelve international nurses joining us this month!",
    "Our older colleagues bring decades of experience to the ward",
    "Pregnant staff can ask occupational health for a risk assessment",
    "Ramadan Mubarak to everyone fasting this month",
    "Our mental health nurses won an award today",
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
    // Kinds the blind sets found missed (issue 11); our own sentences.
    ["Half the foreign nurses here can barely speak English", "discriminatory"],
    ["the international lot on earlies are hopeless again", "discriminatory"],
    ["Go back to where you came from", "discriminatory"],
    ["Older staff should retire and stop blocking the rota", "discriminatory"],
    ["pregnant nurses are such a liability on a busy ward", "discriminatory"],
    ["Another night shift full of loonies and headcases", "discriminatory"],
    ["coffin dodgers clogging up A&E again", "discriminatory"],
    ["To whoever reported me to HR, you know exactly who you are", "abusive"],
    ["If the porter from Elm ward is reading this, we all know it was you", "abusive"],
    ["I know where that charge nurse parks his car", "abusive"],
    ["Her kids go to the primary school on Mill Lane, just saying", "abusive"],
    ["Hope the medical director chokes on his pension", "abusive"],
    ["Our locum is an absolute waste of space", "abusive"],
    ["he's as thick as two short planks", "abusive"],
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

describe("analyseLanguage on hostile input", () => {
  it("every finding's offsets lie inside the text and its term is the text there (property)", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom("", " you fucking idiot", " I hate Muslims", " f*ck"),
        (s, tail) => {
          const text = s + tail;
          for (const f of analyseLanguage(text)) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThan(f.end);
            expect(text.slice(f.start, f.end)).toBe(f.term);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["repeated adjectives", `you are all ${"lazy, ".repeat(3000)}`],
    ["repeated hate", "hate ".repeat(4000)],
    ["spelt-out letters", "a b ".repeat(5000)],
    ["quotes", '"'.repeat(10000)],
  ])("stays fast on %s (20,000 characters)", (_name, text) => {
    analyseLanguage("warm up");
    const t0 = performance.now();
    analyseLanguage(text.slice(0, 20_000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
