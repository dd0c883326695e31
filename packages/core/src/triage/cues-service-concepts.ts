import type { Cue, CueHit } from "./cue.js";
import { STAFF } from "./cue-grammar.js";
import type { TriageCategory } from "./triage.schema.js";

/**
 * A grievance by CONCEPT (docs/judgement.md, "Categories by concept"). A complaint that uses none
 * of the complaint cues' phrases still tells of the same few things: care that went wrong or was
 * neglected, contact that failed, a member of staff's manner, the same thing again, a cost, a
 * verdict ("a disgrace"). Two different ones, or one told about a member of staff, make a grievance
 * (docs/labelling.md: "pals … any grievance → complaint"). Each concept is one word list; the
 * words are the team's own, from the complaint kinds of the NHS complaints guidance, never a
 * labelled set's.
 */

export type GrievanceConcept =
  | "failed"
  | "neglect"
  | "contact"
  | "manner"
  | "again"
  | "cost"
  | "verdict"
  | "staff";

const concept = (id: GrievanceConcept, source: string): Cue => [`grievance.${id}`, source, 1];

export const GRIEVANCE_CONCEPT_CUES: readonly Cue[] = [
  concept(
    "failed",
    "\\b(?:cancell?ed|postponed|lost|mixed up|wrong|mistake|forgot(?:ten)?|refused|turned away|fobbed off|missed|misdiagnos\\w*|sent (?:\\w+ ){0,2}home with|never (?:got|had|came|rang|called|told|received|arrived|turned up|bothered)|didn'?t (?:bother|get|receive|turn up|ring|call)|wasn'?t (?:told|given|offered|seen|checked)|weren'?t (?:told|given|offered)|not (?:told|given|offered|informed))\\b",
  ),
  concept(
    "neglect",
    "\\b(?:left (?:in|on|for|lying|sitting|without|alone|to)|soiled|unwashed|not (?:fed|washed|changed|turned)|cold food|food (?:is|was) cold|is cold every|filthy|dirty|(?:no|without) (?:water|food|pain relief|a drink|help)|understaffed|short[- ]staffed|no staff|chaos|bed ?sores?|pressure sores?)\\b",
  ),
  concept(
    "contact",
    "\\b(?:no ?(?:one|body) (?:picks up|answers|rings|calls|replies|gets back|responds)|nobody (?:picks up|answers|rings|calls|replies|gets back|responds)|not (?:picking up|answering|replying)|hung up|no reply|no response|no answer|heard nothing|not heard back|rung (?:\\w+ )?(?:times|again)|rang (?:\\w+ )?times|on hold)\\b",
  ),
  concept(
    "manner",
    "\\b(?:(?:said|saying|told (?:us|me|him|her)) it was (?:just|only|a|nothing)|short with|rude|dismissive|abrupt|snapped|sarcastic|patronising|condescending|didn'?t even (?:look|listen|ask|examine|say|introduce)|not even (?:a|look|an)|rolled (?:her|his|their) eyes|tutted|laughed at|talked over|wouldn'?t listen|didn'?t listen|no compassion|no empathy)\\b",
  ),
  concept(
    "again",
    "\\b(?:again|twice|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) times|every (?:single )?(?:day|time|visit|week)|yet again|still (?:no|not|waiting|haven'?t|hasn'?t|nothing))\\b",
  ),
  concept(
    "cost",
    "\\b(?:parking (?:charges?|fees?|fines?|costs?)|charg(?:es|ing) (?:patients|visitors|us|me|£)|rip[- ]off|extortionate|daylight robbery|£\\d+ (?:to park|for parking|an hour))\\b",
  ),
  concept(
    "verdict",
    "\\b(?:a disgrace|disgraceful|a joke|a shambles|shambolic|appalling|terrible|awful|dreadful|atrocious|shocking|unacceptable|ridiculous|pathetic|worst|rubbish|not good enough|not on|embarrassing|scandalous)\\b",
  ),
  concept(
    "staff",
    `\\b(?:${STAFF}|receptionists?|the (?:ward|clinic|hospital|department|trust)|on ward|ward \\d+|a&e|outpatients)\\b`,
  ),
];

/** Distinct grievance concepts in a text; `has` says whether one occurs (asked lazily). */
export function grievance(has: (c: GrievanceConcept) => CueHit | undefined): CueHit[] {
  const hits: CueHit[] = [];
  for (const c of ["failed", "neglect", "contact", "manner", "again", "cost", "verdict"] as const) {
    const h = has(c);
    if (h) hits.push(h);
  }
  const first = hits[0];
  if (hits.length === 1 && first && !/\.(?:again|cost|verdict)$/.test(first.cue)) {
    // One concept told of a member of staff or the service is a grievance too ("the doctor didn't even look at me").
    const staff = has("staff");
    if (staff) hits.push(staff);
  }
  return hits.length >= 2 ? hits.map((h) => ({ ...h, weight: 1 })) : [];
}

/** Cues that are only the shape of a question: they tell nothing of which service is asked about. */
const SHAPE_ONLY = new Set(["question", "open-q"]);

/**
 * When no category reached its own threshold, the one with the most weak evidence (ties in the
 * contract's priority order), so that `general` is what is left when nothing scores at all.
 * Evidence that is only a question mark counts for nothing; two weak cues of one category, or
 * one cue of a kind that decides its category (weight 2 never reaches here), are needed.
 */
export function weakestWinner(
  partial: readonly (readonly [TriageCategory, readonly CueHit[]])[],
): { category: TriageCategory; evidence: CueHit[] } | null {
  let best: { category: TriageCategory; evidence: CueHit[]; total: number } | null = null;
  for (const [category, hits] of partial) {
    const evidence = hits.filter((h) => !SHAPE_ONLY.has(h.cue));
    let total = 0;
    for (const h of evidence) total += h.weight;
    // A question mark with real evidence behind it adds one ("is this rash normal?").
    if (total > 0 && evidence.length < hits.length) total += 1;
    if (total >= 2 && (!best || total > best.total)) best = { category, evidence, total };
  }
  return best && { category: best.category, evidence: best.evidence };
}
