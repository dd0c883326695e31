import { describe, expect, it } from "vitest";
import { repoPack, repoPacks } from "../../packs/repo-packs.test-helper.js";
import { checkPost } from "../check-post.js";

const packs = repoPacks();
const core = repoPack("nhs-core", packs);
const staff = { type: "personal", identifiesAsEmployee: true } as const;

/** The words reported as a person's name in a post, and the post's verdict. */
function namesIn(text: string): { verdict: string; names: string[] } {
  const r = checkPost(core, { text, account: staff });
  const names = r.findings
    .filter((f) => f.category === "pii.person_name" && f.start !== undefined)
    .map((f) => text.slice(f.start, f.end));
  return { verdict: r.verdict, names };
}

// Written for Parapet by kind: a patient described by their care, with a first name the name rules
// alone do not tie to it (a thank-you post, a lower-case handover).
describe("names in a post found to be about a patient (patient-post-name)", () => {
  it("reports the patient's first name in a well-done post about their treatment", () => {
    expect(namesIn("Well done Oskar for finishing six rounds of chemo at 8 years old, bravest boy")).toEqual({
      verdict: "block",
      names: ["Oskar"],
    });
  });

  it("reports a lower-case titled name in a handover about a relative", () => {
    expect(namesIn("mr kowalski in resus 1 his wife is in the relatives room").names).toEqual([
      "mr kowalski",
    ]);
  });

  it("does not read a town after 'from' as a name", () => {
    const r = namesIn("The gentleman from Morpeth on our ward with the rare blood condition is doing better");
    expect(r.verdict).toBe("block");
    expect(r.names).toEqual([]);
  });

  it("does not read a common word opening the sentence as a name", () => {
    const r = namesIn("Man in his 60s who came off his bike by the quarry is on our trauma ward now");
    expect(r.names).toEqual([]);
  });

  it("leaves a post about no patient alone: a colleague congratulated stays clean of names", () => {
    expect(namesIn("Congratulations to Priya on her nursing award, so proud of our team").names).toEqual([]);
  });
});

// Written for Parapet by kind (round five): a patient in a thank-you or well-done post, a colleague
// in confidence; each with a look-alike that must stay clean.
describe("patients in recognition posts and colleagues in confidence", () => {
  const named: ReadonlyArray<readonly [string, string]> = [
    ["Shout out to Bartek, 6, who was a superstar having his cannula put in today", "Bartek"],
    ["Congratulations to Imani who finished her detox programme with us this week", "Imani"],
    ["Well done Rhys for ringing the bell after his last round of radiotherapy", "Rhys"],
    ["Thank you Olwen for the tea cosies you knitted while you were on Ward 6 with your chest", "Olwen"],
    ["Personnel put Gareth on gardening leave until the investigation ends", "Gareth"],
    ["Thinking of Ravi who is off for two weeks with his chest, we miss you", "Ravi"],
    ["Halina from the 9am pain clinic list rang to say she can't make it, can someone rebook", "Halina"],
    ["Marek on the respiratory ward finally came off oxygen after 12 days, he did a little dance", "Marek"],
    ["bronwen from pharmacy had a panic attack in the office and went home, HR are involved", "bronwen"],
    ["il signor Marco del letto 7 ha di nuovo la febbre, qualcuno chiami il medico", "Marco"],
    ["Mme Girard chambre 9 refuse ses médicaments depuis ce matin", "Girard"],
  ];
  it.each(named)("names the person in %j", (text, name) => {
    const r = namesIn(text);
    expect(r.verdict).toBe("block");
    expect(r.names).toContain(name);
  });

  const clean = [
    "Congratulations to Bartek on 10 years in our dialysis unit",
    "Farewell to Maureen after 30 years in our stroke unit, enjoy your retirement",
    "Thank you Gwen for leading with your heart on the children's ward all these years",
    "Big welcome to Tomasz who joins our cardiac rehab service team as a physio",
    "Thanks to Halina from the pharmacy team for covering the late list today",
    "Grazie mille a Giulia del reparto per il turno di stanotte, sei una stella",
  ];
  it.each(clean)("keeps a colleague's name clean in %j", (text) => {
    expect(namesIn(text).names).toEqual([]);
  });
  it("has both kinds", () => {
    expect(named.length + clean.length).toBeGreaterThanOrEqual(10);
  });
});
