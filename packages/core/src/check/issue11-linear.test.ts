import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../language/index.js";
import { loadPacks } from "../packs/index.js";
import { expectLinear } from "../timing.test-helper.js";
import { checkPost } from "./check-post.js";
import { findPii } from "./pii/index.js";

/**
 * The patterns added for the kinds of issue 11 (veiled digs, coded remarks about language
 * ability, addresses in Urdu script, patients described across sentences) stay linear on the
 * largest post (100,000 characters). Each input repeats the literal start of a pattern with
 * nothing to finish the match, the case that makes a backtracking pattern or a per-hit window
 * quadratic. Ten times the text must take about ten times as long: the bound (60 times, or
 * 400 ms) is wide enough for a loaded machine and far below what quadratic work costs.
 */

const here = dirname(fileURLToPath(import.meta.url));
const packSource = readFileSync(resolve(here, "../../../../packs/nhs-core/pack.yaml"), "utf8");
const pack = loadPacks([{ file: "packs/nhs-core/pack.yaml", source: packSource }]).get("nhs-core");
if (!pack) throw new Error("no nhs-core pack");

const LANGUAGE_UNITS = [
  "our 'senior ",
  "a certain nurse ",
  "a certain 'senior' nurse on the ward ",
  "some of us actually ",
  "funny how ",
  "imagine being a band 7 ",
  "imagine being a nurse and ",
  "agency nurse who ",
  "nurse nurse nurse nurse ",
  "can't understand a word ",
  "the laziest nurse ",
  "thinks she's ",
  "can't wait till she ",
  "she's 'still ",
  "maybe if you ",
  "our new manager is ",
];

const URDU_UNITS = [
  "14 ہائی ",
  "14 ہائی ہائی ہائی ہائی ",
  "1 2 3 4 5 ",
  "مریض ".repeat(3),
  `9 ${"ب".repeat(40)} `,
  "۱۲ کوئنز ",
];

const POST_UNITS = [
  "The lad from the crash came in. ",
  "the man who the man who the man who ",
  "You know the bin man on the estate? ",
  "admitted. admitted. theatre. ",
  "the 34 year old from ",
  "take two paracetamol ",
  "doesn't lock doesn't lock ",
  // The concept rules of the topics and veiled language (branch k1): each repeats a rule's
  // start with nothing to finish it.
  "tell him to ",
  "swap your ",
  "some people ",
  "word on the ",
  "moving all the ",
  "the overseas lot ",
  "staff park ",
  "you know who you are ",
  "like talking to a ",
  "door on ward 4 is ",
  "spending £2m ",
  "if the chief exec reads ",
];

describe("issue 11 patterns run in linear time on 100,000 characters", () => {
  let checked = 0;
  for (const unit of LANGUAGE_UNITS) {
    it(`language: "${unit.trim()}" repeated`, () => {
      expectLinear((t) => analyseLanguage(t), unit);
      checked++;
    });
  }
  for (const unit of URDU_UNITS) {
    it(`addresses in Urdu script: "${unit.trim().slice(0, 20)}" repeated`, () => {
      expectLinear((t) => findPii(t), unit);
      checked++;
    });
  }
  for (const unit of POST_UNITS) {
    it(`checkPost: "${unit.trim()}" repeated`, () => {
      expectLinear((t) => checkPost(pack, { text: t }), unit);
      checked++;
    });
  }
  it("checked every input", () => {
    expect(checked).toBe(LANGUAGE_UNITS.length + URDU_UNITS.length + POST_UNITS.length);
  });
});

describe("what the issue 11 patterns find", () => {
  it("finds a street address written in Urdu script, with the house number", () => {
    const found = findPii("میرا پتہ 27 کوئنز روڈ، ہیلی فیکس ہے").filter((m) => m.category === "pii.address");
    expect(found.map((m) => m.value)).toEqual(["27 کوئنز روڈ"]);
  });

  it("does not take a number and words with no street type for an address", () => {
    expect(findPii("ہم نے 14 مریض دیکھے").filter((m) => m.category === "pii.address")).toEqual([]);
  });

  it("reports veiled digs and coded remarks, not kind words in the same frames", () => {
    const kinds = (t: string) => analyseLanguage(t).map((f) => f.kind);
    expect(kinds("Some of us actually work our shifts, you lot")).toContain("abusive");
    expect(kinds("Congratulations to our 'clinical lead' on another week of doing nothing")).toContain(
      "abusive",
    );
    expect(kinds("another agency nurse who nobody can understand")).toContain("discriminatory");
    expect(kinds("Some of us are working Christmas Day, love to all on shift")).toEqual([]);
    expect(kinds("a patient who I can't understand since his stroke")).toEqual([]);
  });
});
