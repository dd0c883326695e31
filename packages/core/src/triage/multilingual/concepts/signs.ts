import type { CrisisKind, ThreatKind } from "../types.js";
import type { Concept } from "./types.js";

/**
 * Which concepts, found together within WINDOW characters, make a sign. A strong sign (weight 2)
 * decides alone; a weak one (weight 1) needs a second weak sign of another name (classify.ts sums
 * them). After the warning signs of NHS "help for suicidal thoughts", Samaritans and the C-SSRS
 * (wish to be dead, thoughts of killing oneself, method, plan and time, preparatory acts, self-harm)
 * and, for threats, the trusts' policies on threats to staff (violence, doxxing, arson and bombs).
 */
export interface Sign {
  readonly name: string;
  readonly for: "crisis" | "threat";
  readonly kind: CrisisKind | ThreatKind;
  readonly all: readonly Concept[];
  readonly weight: 1 | 2;
  /**
   * "message": the concepts may stand anywhere in the message (in one language), not only within
   * a window of one sentence: the way a reader takes "the rope is in the shed. Friday." together.
   */
  readonly scope?: "message";
  /** Concepts that, seen in the sentence within the window before the sign, cancel it ("no sé"). */
  readonly unless?: readonly Concept[];
}

/** About ten words: a clause, the way a reader takes "pills … all … swallowed" together. */
export const WINDOW = 64;

export const SIGNS: readonly Sign[] = [
  // Crisis, strong.
  { name: "suicide", for: "crisis", kind: "suicide", all: ["suicide"], weight: 2 },
  { name: "kill-self", for: "crisis", kind: "suicide", all: ["kill", "reflexive"], weight: 2 },
  { name: "want-die", for: "crisis", kind: "want-to-die", all: ["want", "die"], weight: 2 },
  { name: "not-live", for: "crisis", kind: "want-to-die", all: ["neg", "want", "live"], weight: 2 },
  { name: "no-point-living", for: "crisis", kind: "hopeless", all: ["neg", "point", "live"], weight: 2 },
  { name: "tired-living", for: "crisis", kind: "hopeless", all: ["tired", "live"], weight: 2 },
  { name: "self-harm", for: "crisis", kind: "self-harm", all: ["selfharm"], weight: 2 },
  { name: "cut-body", for: "crisis", kind: "self-harm", all: ["cut", "self", "body"], weight: 2 },
  { name: "overdose", for: "crisis", kind: "overdose", all: ["overdose"], weight: 2 },
  { name: "took-all-pills", for: "crisis", kind: "overdose", all: ["took", "all", "pills"], weight: 2 },
  { name: "jump", for: "crisis", kind: "means-plan", all: ["jump", "height"], weight: 2 },
  { name: "hang", for: "crisis", kind: "means-plan", all: ["hang"], weight: 2 },
  { name: "die-means", for: "crisis", kind: "means-plan", all: ["die", "means"], weight: 2 },
  { name: "die-pills", for: "crisis", kind: "overdose", all: ["die", "pills"], weight: 2 },
  { name: "farewell-time", for: "crisis", kind: "farewell", all: ["farewell", "time"], weight: 2 },
  { name: "burden-self", for: "crisis", kind: "burden", all: ["burden", "self"], weight: 2 },
  { name: "without-me", for: "crisis", kind: "burden", all: ["withoutme"], weight: 2 },
  { name: "stockpile-pills", for: "crisis", kind: "overdose", all: ["stockpile", "pills"], weight: 2 },
  { name: "stockpile-means", for: "crisis", kind: "means-plan", all: ["stockpile", "means"], weight: 2 },
  {
    name: "ready-means",
    for: "crisis",
    kind: "means-plan",
    all: ["ready", "means"],
    weight: 2,
    scope: "message",
  },
  {
    name: "means-doit",
    for: "crisis",
    kind: "means-plan",
    all: ["means", "doit"],
    weight: 2,
    scope: "message",
  },
  {
    name: "pills-doit",
    for: "crisis",
    kind: "overdose",
    all: ["stockpile", "doit"],
    weight: 2,
    scope: "message",
  },
  {
    name: "pills-unconscious",
    for: "crisis",
    kind: "overdose",
    all: ["pills", "unconscious"],
    weight: 2,
    scope: "message",
  },
  {
    name: "height-sorry",
    for: "crisis",
    kind: "relative",
    all: ["relative", "height", "sorry"],
    weight: 2,
    scope: "message",
  },
  // Belongings handed on and "I won't need them": giving away with not expecting to be around.
  {
    name: "give-noneed",
    for: "crisis",
    kind: "farewell",
    all: ["give", "belonging", "noneed"],
    weight: 2,
    scope: "message",
  },
  // "This is my last message … forgive me": a farewell said outright.
  {
    name: "lastmsg-sorry",
    for: "crisis",
    kind: "farewell",
    all: ["lastmsg", "sorry"],
    weight: 2,
    scope: "message",
  },
  // A relative at a height who cannot be reached (a third party's worry: bridge, and the phone off).
  {
    name: "relative-height-missing",
    for: "crisis",
    kind: "relative",
    all: ["relative", "height", "missing"],
    weight: 2,
    scope: "message",
  },
  // Crisis, weak: each needs another.
  { name: "give-belongings", for: "crisis", kind: "farewell", all: ["give", "belonging"], weight: 1 },
  {
    name: "give-thanks",
    for: "crisis",
    kind: "farewell",
    all: ["give", "belonging", "thanks"],
    weight: 1,
    scope: "message",
  },
  {
    name: "ready-day",
    for: "crisis",
    kind: "means-plan",
    all: ["ready", "day"],
    weight: 1,
    scope: "message",
  },
  { name: "lastmsg", for: "crisis", kind: "farewell", all: ["lastmsg"], weight: 1 },
  { name: "entrust", for: "crisis", kind: "farewell", all: ["entrust"], weight: 1 },
  {
    name: "relative-sorry",
    for: "crisis",
    kind: "relative",
    all: ["relative", "sorry"],
    weight: 1,
    scope: "message",
  },
  { name: "relative-height", for: "crisis", kind: "relative", all: ["relative", "height"], weight: 1 },
  // The writer in a high or dangerous place ("I'm on the bridge", "sitting on the window ledge"):
  // weak, a sign only beside a second one (a sorry, a farewell, hopelessness).
  // Not after a relative named in the clause ("my son fell from the roof": relative-height's, weak).
  {
    name: "self-height",
    for: "crisis",
    kind: "means-plan",
    all: ["self", "height"],
    weight: 1,
    unless: ["relative"],
  },
  // "I have decided. On Friday.": a decision and a day set, anywhere in the message (weak).
  {
    name: "decision-day",
    for: "crisis",
    kind: "means-plan",
    all: ["decision", "day"],
    weight: 1,
    scope: "message",
  },
  { name: "die-day", for: "crisis", kind: "time", all: ["die", "day"], weight: 1, scope: "message" },
  { name: "noneed", for: "crisis", kind: "farewell", all: ["noneed"], weight: 1 },
  // A decision and a calm after it, anywhere in the message ("I have decided. I feel at peace.").
  { name: "calm", for: "crisis", kind: "calm", all: ["decision", "peace"], weight: 1, scope: "message" },
  // Affairs put in order and a calm after it ("all settled … at peace now"): weak, as the calm above.
  {
    name: "affairs-peace",
    for: "crisis",
    kind: "calm",
    all: ["affairs", "peace"],
    weight: 1,
    scope: "message",
  },
  { name: "farewell", for: "crisis", kind: "farewell", all: ["farewell"], weight: 1 },
  { name: "giveaway", for: "crisis", kind: "farewell", all: ["giveaway"], weight: 1 },
  { name: "affairs", for: "crisis", kind: "farewell", all: ["affairs"], weight: 1 },
  { name: "rash", for: "crisis", kind: "means-plan", all: ["rash"], weight: 1 },
  { name: "papers", for: "crisis", kind: "farewell", all: ["papers"], weight: 1 },
  { name: "burden", for: "crisis", kind: "burden", all: ["burden"], weight: 1 },
  { name: "hopeless", for: "crisis", kind: "hopeless", all: ["hopeless"], weight: 1 },
  { name: "all-pills", for: "crisis", kind: "overdose", all: ["all", "pills"], weight: 1 },
  { name: "means", for: "crisis", kind: "means-plan", all: ["means"], weight: 1 },
  { name: "die-time", for: "crisis", kind: "time", all: ["die", "time"], weight: 1 },
  { name: "relative-missing", for: "crisis", kind: "relative", all: ["relative", "missing"], weight: 1 },
  // Threat.
  { name: "harm-you", for: "threat", kind: "violence", all: ["harm", "you"], weight: 2 },
  { name: "harm-staff", for: "threat", kind: "violence", all: ["harm", "staff"], weight: 2 },
  { name: "kill-you", for: "threat", kind: "violence", all: ["kill", "you"], weight: 2 },
  { name: "kill-staff", for: "threat", kind: "violence", all: ["kill", "staff"], weight: 2 },
  { name: "know-where", for: "threat", kind: "doxxing", all: ["know", "where", "live"], weight: 2 },
  { name: "wait-place", for: "threat", kind: "doxxing", all: ["wait", "you", "place"], weight: 2 },
  { name: "wait-staff", for: "threat", kind: "doxxing", all: ["wait", "staff", "place"], weight: 2 },
  { name: "bomb-place", for: "threat", kind: "bomb-fire", all: ["bomb", "place"], weight: 2 },
  { name: "bomb-you", for: "threat", kind: "bomb-fire", all: ["bomb", "you"], weight: 2 },
  { name: "fire-place", for: "threat", kind: "bomb-fire", all: ["fire", "place"], weight: 2 },
  {
    name: "know-routine",
    for: "threat",
    kind: "doxxing",
    all: ["know", "routine"],
    weight: 2,
    unless: ["neg"],
  },
  { name: "wait-routine", for: "threat", kind: "doxxing", all: ["wait", "routine"], weight: 2 },
  { name: "watch", for: "threat", kind: "doxxing", all: ["watch"], weight: 1 },
  { name: "routine-regret", for: "threat", kind: "doxxing", all: ["routine", "regret"], weight: 2 },
  { name: "regret", for: "threat", kind: "warning", all: ["regret"], weight: 1 },
  { name: "pay", for: "threat", kind: "warning", all: ["pay"], weight: 2 },
  {
    name: "ifnot-regret",
    for: "threat",
    kind: "warning",
    all: ["ifnot", "regret"],
    weight: 2,
    scope: "message",
  },
  { name: "ifnot-come", for: "threat", kind: "warning", all: ["ifnot", "come"], weight: 1, scope: "message" },
  {
    name: "ifnot-harm",
    for: "threat",
    kind: "violence",
    all: ["ifnot", "harm"],
    weight: 2,
    scope: "message",
  },
  // A warning said of a member of staff with where or when they can be found: "let that nurse be
  // careful leaving the car park", "I know where she lives … she should watch out".
  {
    name: "beware-staff-place",
    for: "threat",
    kind: "doxxing",
    all: ["beware", "staff", "place"],
    weight: 2,
  },
  { name: "beware-routine", for: "threat", kind: "doxxing", all: ["beware", "routine"], weight: 2 },
  {
    name: "beware-know",
    for: "threat",
    kind: "doxxing",
    all: ["know", "beware"],
    weight: 2,
    scope: "message",
  },
  {
    name: "beware-staff",
    for: "threat",
    kind: "warning",
    all: ["beware", "staff"],
    weight: 1,
    scope: "message",
  },
  { name: "know-where-you", for: "threat", kind: "doxxing", all: ["know", "where", "you"], weight: 1 },
  { name: "know-where-staff", for: "threat", kind: "doxxing", all: ["know", "where", "staff"], weight: 1 },
];
