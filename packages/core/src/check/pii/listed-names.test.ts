import { describe, expect, it } from "vitest";
import { fastest } from "../../timing.test-helper.js";
import { findPii } from "./index.js";
import {
  CARE_VERB_BEFORE,
  MULTILINGUAL_PATIENT_SETTING,
  PATIENT_SPECIFIC,
  STAFF_CONFIDENTIAL,
  STRONG_PATIENT,
  WEAK_PATIENT,
} from "./name-contexts.js";

const names = (text: string) =>
  findPii(text)
    .filter((m) => m.category === "pii.person_name")
    .map((m) => ({ name: text.slice(m.start, m.end), patient: m.patient === true }));

describe("names without a title", () => {
  it.each([
    ["Kwame Mensah was discharged from bay 2 this morning", "Kwame Mensah", true],
    ["Gwyneth turned 99 on the ward today", "Gwyneth", true],
    ["Found a card for Mehmet Yilmaz, NHS number 999 283 6423, on the bus", "Mehmet Yilmaz", false],
    ["Paulina's off sick again with stress", "Paulina", false],
    ["pani Zofia z sali 5 nie chce brać leków", "Zofia", true],
    ["Singh ji in bed 9 went home today", "Singh", true],
    ["Mohammed K - awaiting MHA assessment", "Mohammed K", true],
    ["doreen in bay 4 is refusing her obs", "doreen", true],
  ])("%s", (text, name, patient) => {
    expect(names(text)).toContainEqual({ name, patient });
  });

  it.each([
    "Congratulations to Priyanka Shah from Ward 7, our Nurse of the Year!",
    "Our new Rowan Ward opens on Monday with four side rooms",
    "Storm Fionnuala means some clinics will run online on Thursday",
    "Had a proper laugh with Priya on the ward round this morning",
    "Yusuf Ali joins our stroke team as a consultant physiotherapist",
    "email jane.smith@gmail.com for the rota",
    "Visit us at The Lakes, Turner Road, Colchester CO4 5JL",
  ])("no name: %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});

/** The fastest of `runs` timings of `work`, in milliseconds (the minimum is the least disturbed by load). */

describe("the name detector runs in linear time (largest post: 100,000 characters)", () => {
  // Inputs built to make a backtracking pattern or a per-word window quadratic: names, cues,
  // titles, digits and commas repeated with nothing to end a match.
  const units = [
    "Maureen Kowalski in bay ",
    "Mrs Mrs Mrs Dr Dr pani ",
    "ward 7, 81, (7) discharged ",
    "off sick suspended grievance ",
    "Priya Priya Priya Priya ",
    "a".repeat(50),
    "Zofia łóżko 5 pacjentka ",
    "caring for caring for ",
  ];
  for (const unit of units) {
    it(`"${unit.slice(0, 24)}…" repeated`, () => {
      const small = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
      const large = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      findPii(small);
      const tSmall = fastest(() => findPii(small), 7);
      const tLarge = fastest(() => findPii(large), 7);
      // Ten times the text: linear work takes about ten times as long, quadratic a hundred times and,
      // on 100,000 characters, seconds. The margins are wide so a loaded machine does not fail it.
      expect(tLarge).toBeLessThan(Math.max(60 * tSmall, 400));
    });
  }

  it("every context pattern is a plain alternation that ends on 100,000 characters of near misses", () => {
    const text = "bay bed ward off sick lost her ".repeat(3300);
    let checked = 0;
    for (const re of [
      STRONG_PATIENT,
      WEAK_PATIENT,
      STAFF_CONFIDENTIAL,
      MULTILINGUAL_PATIENT_SETTING,
      PATIENT_SPECIFIC,
    ]) {
      re.lastIndex = 0;
      let n = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) n++;
      expect(n).toBeGreaterThanOrEqual(0);
      checked++;
    }
    expect(CARE_VERB_BEFORE.test(`${"caring ".repeat(5000)}for `)).toBe(true);
    expect(checked).toBe(5);
  });
});
