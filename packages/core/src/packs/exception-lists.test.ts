// Every exception list in every shipped pack (a phrase rule's `unless`, a postcode or address
// rule's venue and person words, a named person's `officialConsent`) matches the posts it is meant to let through. A phrase with
// several-word alternatives written without brackets ("crazy busy|crazy day") binds per word and
// matches nothing; this test fails on such a phrase.
import { describe, expect, it } from "vitest";
import { compilePhraseIndex } from "../check/phrases/phrase-index.js";
import type { CompiledRule } from "./compile-pack.js";
import { repoPacks } from "./repo-packs.test-helper.js";

/** A phrase with nothing but plain words matches itself; the others need examples here. */
const PLAIN = /^[^|*<>()]+$/;

/** For each phrase with alternatives, wildcards or slots: texts it must match, every alternative once. */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  "with her|his|their kind permission": ["shared with her kind permission", "with their kind permission"],
  "with her|his|their permission": ["posted with his permission"],
  "charity|hospice|nurses|team|unit|ward|charities that|who helped|cared|supported|looked|saved": [
    "raising money for the hospice that cared for my mum",
    "the ward who looked after dad",
    "the charities that supported us",
  ],
  "welcome|welcomed|welcoming": ["we welcomed the mayor"],
  "thank you for visiting|coming": ["thank you for coming today"],
  "visited|visiting us": ["the minister visiting us"],
  "sad to share|announce": ["we are sad to announce"],
  "proud to support|celebrate": ["proud to celebrate Pride month"],
  "(don't|dont|do not|never|stop) (call|calling|say|saying|use|using)": [
    "please stop using that word",
    "do not say it",
  ],
  "film|films|movie|hitchcock|tunes": ["that Hitchcock classic"],
  "(museum|jurassic|fossil hunting|fossils in)": [
    "took the kids to the museum",
    "the Jurassic coast",
    "fossil hunting at Whitby",
    "fossils in the cliffs",
  ],
  "crazy busy|day|shift|week|night": [
    "crazy busy on the unit",
    "what a crazy day",
    "crazy shift tonight",
    "crazy week",
    "a crazy night in ED",
  ],
  "drive|drives|driving|drove me (crazy|mental|bonkers|round the bend)": [
    "the printer drives me crazy",
    "this rota is driving me mental",
    "drove me bonkers",
    "it would drive me round the bend",
  ],
  "(lost|found) property": ["handed in to lost property"],
  "with <any> permission|consent": ["shared with Derek's consent", "with Amira's permission"],
  "with <any> and <any> permission|consent": ["With Aisha and Ravi's permission"],
  "chosen|chose|agreed|wanted to share (her|his|their) (story|journey|experience)": [
    "She has chosen to share her journey",
    "he wanted to share his story",
  ],
  "stereotype|stereotypes|stereotyping": ["no stereotyping here"],
  "myth|myths": ["busting myths about dementia"],
  "support group|network": ["our staff support network", "a carers' support group"],
  "celebrat*": ["celebrating our team"],
  "obrigad*": ["obrigada a todos"],
  "award|awards": ["the staff awards"],
  "chair|chairperson|rep": ["our union rep"],
  "(film|films|movie|movies|cinema|tv|telly|series|episode|box set|boxset|drama|documentary|netflix|iplayer|book|novel|podcast|video game|musical|soap opera|eastenders|corrie|holby)":
    ["that episode of Holby", "a box set"],
  "test of the|our": ["a test of our alarms"],
  "training day|session": ["a training session for staff"],
  "just watched|watching": ["just watched it"],
  "speak to your gp|pharmacist|doctor": ["speak to your pharmacist"],
  "see your gp|pharmacist|doctor": ["see your GP"],
  "speak|talk to your|a|the gp|pharmacist|prescriber|doctor first|before": [
    "talk to a pharmacist before taking it",
  ],
  "check with your|a|the gp|pharmacist|prescriber|doctor": ["check with your prescriber"],
  "every quid|pound|penny helps": ["every penny helps"],
  "approved by the communications|comms team": ["approved by the comms team"],
  // venue words (a venue's own postcode or address is published, not disclosed)
  "health centre|center": ["at the health centre"],
  "centre|center": ["the community center"],
  "spitalul|szpital|ysbyty|hôpital|hospitalul": ["Spitalul Hillingdon", "Ysbyty Gwynedd", "Szpital Miejski"],
  "(drop in|drop-in)": ["a drop in session", "our drop-in"],
  "(pop up|pop-up)": ["a pop up clinic", "the pop-up"],
  // person words (a postcode or address beside one is a person's)
  "family of|at": ["the family at number 4"],
  "lady|gentleman|gent|woman|man|bloke|couple|fella": ["the lady at"],
  "visited a|an|the|her|his": ["visited her at"],
  "live at|in": ["they live at"],
  "her|his|their|my address": ["his address"],
  "patient*": ["patients"],
  "service user*": ["service users"],
  "neighbour*": ["neighbours"],
  "my|her|his|their house|flat": ["her flat"],
};

interface ExceptionList {
  readonly pack: string;
  readonly rule: string;
  readonly list: string;
  readonly phrases: readonly string[];
}

function exceptionListsOf(pack: string, rule: CompiledRule): ExceptionList[] {
  const { spec } = rule;
  const out: ExceptionList[] = [];
  if (spec.detector === "phrases" && spec.params.unless)
    out.push({ pack, rule: rule.id, list: "unless", phrases: spec.params.unless });
  if (spec.detector === "postcode" || spec.detector === "address") {
    if (spec.params.venueTerms)
      out.push({ pack, rule: rule.id, list: "venue", phrases: spec.params.venueTerms });
    if (spec.params.personTerms)
      out.push({ pack, rule: rule.id, list: "person", phrases: spec.params.personTerms });
  }
  if ((spec.detector === "person-name" || spec.detector === "named-patient") && spec.params.officialConsent)
    out.push({ pack, rule: rule.id, list: "officialConsent", phrases: spec.params.officialConsent });
  return out;
}

function matches(phrase: string, text: string): boolean {
  return compilePhraseIndex(new Map([["p", [phrase]]])).scan(text).length > 0;
}

const lists = [...repoPacks().values()].flatMap((pack) =>
  pack.rulesInOrder.flatMap((rule) => exceptionListsOf(pack.id, rule)),
);

describe("exception lists in the shipped packs", () => {
  it("are found (phrase rules' unless lists, postcode and address venue and person words)", () => {
    expect(lists.filter((l) => l.list === "unless").length).toBeGreaterThanOrEqual(25);
    expect(lists.filter((l) => l.list === "venue").length).toBeGreaterThanOrEqual(2);
  });

  it("have an example for every phrase that is not plain words", () => {
    const missing = new Set<string>();
    for (const l of lists)
      for (const p of l.phrases) if (!PLAIN.test(p) && EXAMPLES[p] === undefined) missing.add(p);
    expect([...missing]).toEqual([]);
  });

  it("match every one of their examples, phrase by phrase", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const l of lists) {
      for (const phrase of l.phrases) {
        const examples = PLAIN.test(phrase) ? [phrase] : (EXAMPLES[phrase] ?? []);
        for (const text of examples) {
          checked++;
          if (!matches(phrase, text)) failures.push(`${l.pack} ${l.rule} ${l.list}: "${phrase}" ∌ "${text}"`);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  });

  it("a phrase with several-word alternatives and no brackets matches none of them (why the brackets)", () => {
    expect(matches("crazy busy|crazy day", "what a crazy day")).toBe(false);
    expect(matches("(crazy busy|crazy day)", "what a crazy day")).toBe(true);
  });
});
