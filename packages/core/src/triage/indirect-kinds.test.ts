import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../language/index.js";
import { classifyByRules } from "./classify.js";

/**
 * Indirect crisis and veiled threats in English by kind (issue 11 §2–3, docs/judgement.md,
 * "Indirect crisis and veiled threats, English"): the rules alone, the team's own lines, one or two
 * per kind, never an eval set's; and a hard negative for each kind that must stay out.
 */
const rules = (text: string) => classifyByRules(text.toLowerCase(), analyseLanguage(text)).category;

const CRISIS: readonly (readonly [string, string])[] = [
  ["means at hand", "the razor is on the sink beside me"],
  ["means at hand", "I've got my tablets in front of me"],
  ["high place now", "on the flyover now, its a long way down"],
  ["relative at a high place", "my son is at the bridge and says he isn't coming home"],
  ["note to be found", "whoever finds this, none of it is on you. forgive me"],
  ["absolution with thanks", "thank you for trying with me all these years, it was never your fault"],
  ["nothing will matter", "after the weekend none of this will matter"],
  [
    "appointment for someone who will be around",
    "please give my review to someone who'll still be here for it",
  ],
  ["calm with a decision", "I feel so peaceful today, my mind is made up"],
  ["not at clinic again, and a farewell", "I won't be at group again. grateful for all you did, take care"],
  ["a date set, and a farewell", "saturday. that's the night. sorry to whoever reads this"],
  [
    "key under the mat, and a farewell",
    "left the key under the mat for my brother. I've told them I love them",
  ],
  ["burden, unnoticed", "the world kept going before me. dont think anyone would even notice"],
  ["no reason", "there's no reason for me to keep going"],
];

const NOT_CRISIS: readonly (readonly [string, string])[] = [
  ["routine tablets", "I took my tablets this morning but forgot tonight's, should I take two?"],
  ["a burden asking", "Sorry to feel like a burden asking again, what time is visiting?"],
  ["phone frustration", "Nothing works on your phone line, I give up trying to get through"],
  ["awareness post", "Warning signs include saying goodbye and giving things away. Know the signs."],
  ["fundraising on a bridge", "Our sponsored walk over the Humber Bridge raised £2,000 for the ward"],
  [
    "appointment passed on, with a reason",
    "Give my slot to someone who will actually be around, I'm away that week",
  ],
  ["decision to have an operation", "Made my mind up to have the op, it's a weight off. When's the date?"],
  [
    "grief for a natural death",
    "Thanks for everything you tried with mum, it's not your fault she passed at 94",
  ],
  ["a message to a colleague", "If you see this Jo from ward 2, I'm sorry I missed your leaving do!"],
  ["not at clinic, moving", "I won't be at clinic again as I'm moving to Bristol, thanks for everything"],
  [
    "self-harm told as past",
    "my daughter used to self harm but she's doing brilliantly now, thank you CAMHS",
  ],
  ["idiom", "if looks could kill I'd be dead, the receptionist glared at me"],
  ["an apology for words", "sorry for everything I said to the nurse yesterday, I was upset"],
];

const THREAT: readonly (readonly [string, string])[] = [
  ["incitement", "everyone get down to the ward and give that doctor a kicking"],
  ["incitement to a home", "let's all turn up at the consultant's house tonight"],
  ["weapon at the premises", "I'm in the foyer with a knife"],
  ["veiled return", "get my mum a bed or I'm coming in and it won't be pretty"],
  ["friendly warning", "tell the porters to watch out walking to the bus stop tonight. friendly warning"],
  ["hoax", "there'll be an explosion in outpatients at 4"],
  ["slang", "that registrar wants merking"],
  ["a staff member caught", "wait till I catch that porter outside"],
  ["coming for them", "if my dad dies we will come for the lot of you"],
  ["others brought back", "sort my results by tomorrow or I'll be back with a few mates"],
  ["an accident wished", "shame for the nurse to have an accident on her way home"],
  ["doxx, put out", "the midwife parks on Ash Road every day, thought people should know"],
  ["doxx, tag question", "that physio drives a white golf. parks on Park Lane every night doesn't she"],
  ["doxx, everyone knows", "the surgeon lives on the corner of Mill Road, black bmw. everyone knows now"],
  ["arson", "that clinic would go up lovely. petrol's cheap"],
  ["slang, a bullet", "if he dies someone's gonna catch a bullet"],
  ["waiting after the shift", "I know when the late shift finishes. I'll be at the staff exit"],
];

const NOT_THREAT: readonly (readonly [string, string])[] = [
  ["praise urged", "Everyone should go and thank the nurses on ward 3, they were brilliant"],
  ["a fete", "Let's all go to the summer fete and support the children's ward!"],
  ["a legal consequence", "If my dad dies because of the wait I'll be going to the papers and my solicitor"],
  ["a lift home", "I know what time the night shift finishes, I'll be at the car park to pick up my wife"],
  ["knife and fork", "I'm at the main entrance with a knife and fork set as a gift for the midwives"],
  ["not coming back", "Don't bother rescheduling, I won't be coming back to this hospital"],
  ["a question", "That nurse was lovely, wasn't she?"],
  ["news", "Everyone knows now that A&E waits are 12 hours, it was in the paper"],
];

describe("indirect crisis in English, by kind (rules)", () => {
  it("has a line for every kind", () => {
    expect(CRISIS.length).toBeGreaterThanOrEqual(14);
    expect(NOT_CRISIS.length).toBeGreaterThanOrEqual(13);
  });
  it.each(CRISIS)("%s: %s", (_kind, text) => {
    expect(rules(text)).toBe("crisis");
  });
  it.each(NOT_CRISIS)("not crisis, %s: %s", (_kind, text) => {
    expect(rules(text)).not.toBe("crisis");
  });
});

describe("veiled threats in English, by kind (rules)", () => {
  it("has a line for every kind", () => {
    expect(THREAT.length).toBeGreaterThanOrEqual(17);
    expect(NOT_THREAT.length).toBeGreaterThanOrEqual(8);
  });
  it.each(THREAT)("%s: %s", (_kind, text) => {
    expect(rules(text)).toBe("threat");
  });
  it.each(NOT_THREAT)("not threat, %s: %s", (_kind, text) => {
    expect(rules(text)).not.toBe("threat");
  });
});
