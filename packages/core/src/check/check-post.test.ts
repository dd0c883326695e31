import { describe, expect, it } from "vitest";
import { repoPack, repoPacks } from "../packs/repo-packs.test-helper.js";
import type { CheckInput } from "./check.schema.js";
import { applyReplacements, checkPost } from "./check-post.js";

const packs = repoPacks();
const core = repoPack("nhs-core", packs);

const official = { type: "official" } as const;
const staff = (bio?: string) =>
  ({ type: "personal", identifiesAsEmployee: true, ...(bio ? { bio } : {}) }) as const;

// The precision traps of issue 4 must pass; each true case must raise its category.
const CASES: ReadonlyArray<readonly [string, Omit<CheckInput, "text">, readonly string[]]> = [
  // must pass
  [
    "We cared for 1,204 patients in our emergency department last week. Thank you, team.",
    { account: official },
    [],
  ],
  ["Our A&E saw 98% of patients within four hours in October", { account: official }, []],
  [
    "Applications close on 14 February 2027. Apply at www.eput.nhs.uk/careers",
    { account: official, platform: "x" },
    [],
  ],
  ["Our main switchboard is 01902 307999", { account: official }, []],
  [
    "Call NHS 111, or 999 in an emergency. Samaritans: 116 123. Text SHOUT to 85258.",
    { account: official },
    [],
  ],
  ["Booking reference 4821907365 has been confirmed", { account: official }, []],
  ["Our memory service supports people living with dementia across north Essex", { account: official }, []],
  ["Our stroke ward has been shortlisted for a national award", { account: official }, []],
  [
    "Congratulations to Staff Nurse Amira Hassan, winner of our Compassion award",
    { account: official, media: [{ kind: "image", identifiablePeople: true, consent: true }] },
    [],
  ],
  ["So lucky to work for TEWV. Anyway, off to the gym!", { account: staff() }, []],
  ["Great turnout at the Scunthorpe and Penistone fun runs, and in Essex and Middlesex too", {}, []],
  [
    "A thorough assessment of our class sizes, with analysis from the therapist team",
    { account: official },
    [],
  ],
  [
    "Major incident exercise today with the fire service, thanks to all who took part",
    { account: official },
    [],
  ],
  ["Our labour ward is recruiting midwives", { account: official }, []],
  ["Back from holiday and straight into a night shift", { account: staff("Nurse. Views my own") }, []],
  [
    "Our vaccination hub is at Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN",
    { account: official },
    [],
  ],
  ["Happy 78th birthday to the NHS! Founded on 5 July 1948", { account: official }, []],
  // must be flagged
  [
    "The little boy in cubicle 7 with the broken arm was an absolute star",
    {},
    ["clinical.patient_information"],
  ],
  ["Mrs K in bay 2 told me all about her war years", {}, ["clinical.patient_information"]],
  [
    "Patient: Harold Briggs, d.o.b. 14/07/1941, awaiting transfer to Ward 9",
    {},
    ["pii.person_name", "pii.date_of_birth", "clinical.patient_information"],
  ],
  [
    "You'll never guess which Premier League manager came into our fracture clinic today",
    {},
    ["clinical.patient_information"],
  ],
  ["Could someone pick up my shift? Text me on 07700 900461", {}, ["pii.phone"]],
  ["Please send the card to 27 Willow Way, Colchester CO3 4PT", {}, ["pii.address", "pii.postcode"]],
  ["My NI number is JK 42 19 83 D", {}, ["pii.nino"]],
  ["This government has wrecked the NHS. Vote them out!", {}, ["topic.political"]],
  [
    "Evacuated the outpatients block, smoke everywhere, fire brigade on scene now",
    {},
    ["topic.emergency_incident"],
  ],
  ["The door code for the staff room on Larch Ward is 4471", {}, ["topic.security"]],
  ["Two weeks in Lanzarote starting tomorrow, house is empty!", {}, ["topic.away_from_home"]],
  [
    "Brutal night shift on the ward, three admissions and no break",
    { account: staff("Staff nurse at RWT") },
    ["account.disclaimer_missing"],
  ],
  [
    "Sunday roast",
    { account: { type: "personal", handle: "@TEWV_Sam", bio: "Views my own" } },
    ["account.brand_in_handle"],
  ],
  [
    "Team photo!",
    { account: official, media: [{ kind: "image", identifiablePeople: true, consent: false }] },
    ["media.consent_missing"],
  ],
  [
    "Well done!",
    { account: official, media: [{ kind: "image", identifiablePeople: true, consent: true, tags: ["@jo"] }] },
    ["media.tagging"],
  ],
  [
    "Flu jabs for all staff this week. Read more about where to get yours.",
    { account: official, platform: "x" },
    ["platform.link_missing"],
  ],
  [`${"Our staff are brilliant. ".repeat(13)}`, { account: official, platform: "x" }, ["platform.length"]],
];

describe("checkPost (table of true cases and precision traps)", () => {
  it.each(CASES.map(([text, rest, cats]) => [text.slice(0, 70), text, rest, cats] as const))(
    "%s",
    (_label, text, rest, expected) => {
      const result = checkPost(core, { text, ...rest });
      const got = [...new Set(result.findings.map((f) => f.category))];
      if (expected.length === 0) expect(result).toMatchObject({ verdict: "pass" });
      for (const c of expected) expect(got).toContain(c);
    },
  );

  it("gives every PII finding a replacement, and --redact applies them", () => {
    const text =
      "NHS 943 476 5919, DOB 12/03/1950, call 07700 900123, jo.b@gmail.com, lives at 14 Acacia Avenue, CO4 5TR";
    const result = checkPost(core, { text });
    const pii = result.findings.filter((f) => f.category.startsWith("pii."));
    expect(pii.length).toBeGreaterThanOrEqual(6);
    for (const f of pii) expect(f.replacement).toMatch(/^\[.+ removed\]$/);
    expect(applyReplacements(text, result.findings)).not.toMatch(/943 476 5919|07700|gmail|Acacia|CO4/);
  });

  it("follows the verdict rule of the contract", () => {
    expect(checkPost(core, { text: "NHS 943 476 5919" }).verdict).toBe("block");
    expect(checkPost(core, { text: "What a shambles, the waiting times are a disgrace" }).verdict).toBe(
      "review",
    );
    expect(checkPost(core, { text: "Lovely sunny day" }).verdict).toBe("pass");
  });

  it("sorts findings by start and keeps offsets inside the text", () => {
    const text = "Call me on 07700 900123 about the lady in bed 4, NHS 943 476 5919";
    const { findings } = checkPost(core, { text });
    const starts = findings.flatMap((f) => (f.start === undefined ? [] : [f.start]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of findings) if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(text.length);
  });
});
