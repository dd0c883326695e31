import type { LanguageFinding } from "../language/index.js";
import { CONCEPT_GATE, crisisConcepts } from "./crisis-concepts.js";
import { storyNotSelf } from "./crisis-reading.js";
import {
  type CompiledCues,
  type CueCandidates,
  type CueHit,
  type CueLiterals,
  CuePrefilter,
  compileCues,
  cueLiterals,
  matchCues,
  score,
} from "./cue.js";
import { CRISIS_KIND_IDIOMS, DEATH_IN_CARE, PAST_TIME, RECOVERED } from "./cues-crisis-kinds.js";
import { CRISIS_LOOKALIKES, DISTANT_PAST, PRESENT_AGAIN, RECOVERED_NOW } from "./cues-crisis-signs.js";
import { MULTILINGUAL_CUES } from "./cues-multilingual.js";
import { FOI_CUES, MEDIA_CUES, SUBJECT_ACCESS_CUES } from "./cues-requests.js";
import { CRISIS_CUE_LISTS, CRISIS_FALSE_FRIENDS, THREAT_CUE_LISTS } from "./cues-risk.js";
import { CLINICAL_CUES, COMPLAINT_CUES, COMPLIMENT_CUES, PALS_CUES, SPAM_CUES } from "./cues-service.js";
import {
  FALLBACK_CONCEPT_CUES,
  FALLBACK_KEYS,
  fallbackConcepts,
  GRIEVANCE_CONCEPT_CUES,
  type GrievanceConcept,
  grievance,
  grievanceCount,
  insteadOfPals,
  palsOnlyGeneric,
  weakestWinner,
} from "./cues-service-concepts.js";
import {
  CLINICAL_KIND_CUES,
  COMPLAINT_KIND_CUES,
  COMPLIMENT_KIND_CUES,
  FOI_KIND_CUES,
  MEDIA_KIND_CUES,
  PALS_KIND_CUES,
  SPAM_KIND_CUES,
  SUBJECT_ACCESS_KIND_CUES,
} from "./cues-service-kinds.js";
import {
  conceptAlternatives,
  conceptThreat,
  THREAT_CONCEPT_CUES,
  THREAT_CONCEPT_KEYS,
  type ThreatConcept,
} from "./cues-threat-concepts.js";
import { LAWFUL_CONSEQUENCE, THREAT_IDIOMS } from "./cues-threat-kinds.js";
import { looksEnglish } from "./language-detect.js";
import { multilingualRiskHits, type RiskHits } from "./multilingual/index.js";
import { withReader } from "./reader/combine.js";
import type { TriageCategory } from "./triage.schema.js";

let COMPILED: Partial<Record<TriageCategory, CompiledCues>>;
/** Crisis and threat cues come in several lists, each scanned on its own (cues-risk.ts says why). */
let SEPARATE: Partial<Record<TriageCategory, CompiledCues[]>>;
let MULTILINGUAL: Partial<Record<TriageCategory, CompiledCues>>;
let PREFILTER: CuePrefilter | undefined;

/** Threat concepts (cues-threat-concepts.ts), each its own list so that no concept hides another. */
let THREAT_CONCEPTS: Map<ThreatConcept, CompiledCues>;
/** Grievance concepts (cues-service-concepts.ts), likewise one list each. */
let GRIEVANCE_CONCEPTS: Map<GrievanceConcept, CompiledCues>;
let FALLBACK_LISTS: Map<string, CompiledCues>;
let THREAT_KEY_LISTS: CompiledCues[];
let GRIEVANCE_KEY_LISTS: CompiledCues[];
let GRIEVANCE_STAFF: CompiledCues;
let GRIEVANCE_SERVICE: CompiledCues;

/** The concept lists, built with the other cue tables on the first classification (see compileCueTables). */
function compileConceptLists(): void {
  THREAT_CONCEPTS = new Map<ThreatConcept, CompiledCues>(
    THREAT_CONCEPT_CUES.map((c) => [
      c[0].slice("concept.".length) as ThreatConcept,
      compileCues(conceptAlternatives(c)),
    ]),
  );
  GRIEVANCE_CONCEPTS = new Map<GrievanceConcept, CompiledCues>(
    GRIEVANCE_CONCEPT_CUES.map((c) => [
      c[0].slice("grievance.".length) as GrievanceConcept,
      compileCues(conceptAlternatives(c)),
    ]),
  );
  FALLBACK_LISTS = new Map<string, CompiledCues>(
    FALLBACK_CONCEPT_CUES.map((c) => [c[0], compileCues(conceptAlternatives(c))]),
  );
  THREAT_KEY_LISTS = [...THREAT_CONCEPTS].filter(([c]) => THREAT_CONCEPT_KEYS.has(c)).map(([, l]) => l);
  GRIEVANCE_KEY_LISTS = [...GRIEVANCE_CONCEPTS]
    .filter(([c]) => c !== "staff" && c !== "service")
    .map(([, l]) => l);
  GRIEVANCE_STAFF = GRIEVANCE_CONCEPTS.get("staff") as CompiledCues;
  GRIEVANCE_SERVICE = GRIEVANCE_CONCEPTS.get("service") as CompiledCues;
}

/** Whether the prefilter left any cue of a list in (a list it never saw may always match). */
function mayMatch(list: CompiledCues, candidates: CueCandidates): boolean {
  const offset = candidates.offsets.get(list);
  if (offset === undefined) return true;
  for (let i = 0; i < list.ids.length; i++) if (candidates.found[offset + i] === 1) return true;
  return false;
}

/**
 * The cue tables, built on the first classification rather than at import (~0.5 s of CPU):
 * a process that only checks posts (`parapet check`) never pays for them (the concept lists
 * too: built at import, they were ~0.12 s of every one-shot check, which imports this module
 * through the core package's index).
 */
function compileCueTables(): CuePrefilter {
  compileConceptLists();
  COMPILED = {
    subject_access: compileCues([...SUBJECT_ACCESS_CUES, ...SUBJECT_ACCESS_KIND_CUES]),
    foi: compileCues([...FOI_CUES, ...FOI_KIND_CUES]),
    media: compileCues([...MEDIA_CUES, ...MEDIA_KIND_CUES]),
    complaint: compileCues([...COMPLAINT_CUES, ...COMPLAINT_KIND_CUES]),
    clinical_question: compileCues([...CLINICAL_CUES, ...CLINICAL_KIND_CUES]),
    pals: compileCues([...PALS_CUES, ...PALS_KIND_CUES]),
    compliment: compileCues([...COMPLIMENT_CUES, ...COMPLIMENT_KIND_CUES]),
    spam: compileCues([...SPAM_CUES, ...SPAM_KIND_CUES]),
  };
  SEPARATE = {
    crisis: CRISIS_CUE_LISTS.map((cues) => compileCues(cues)),
    threat: THREAT_CUE_LISTS.map((cues) => compileCues(cues)),
  };
  MULTILINGUAL = Object.fromEntries(
    Object.entries(MULTILINGUAL_CUES).map(([category, cues]) => [category, compileCues(cues, "g")]),
  );
  PREFILTER = new CuePrefilter([
    // Only the concepts a rule starts from share the scan; their company (a person, "my", "?") is
    // common, so it is looked for with its own regex, and only once a starting concept has occurred.
    ...THREAT_KEY_LISTS,
    ...GRIEVANCE_KEY_LISTS,
    GRIEVANCE_STAFF,
    GRIEVANCE_SERVICE,
    ...[...FALLBACK_LISTS].filter(([id]) => FALLBACK_KEYS.has(id)).map(([, list]) => list),
    ...Object.values(COMPILED),
    ...Object.values(SEPARATE).flat(),
    ...Object.values(MULTILINGUAL),
    CONCEPT_GATE,
  ] as CompiledCues[]);
  return PREFILTER;
}

/**
 * The literals of every triage cue (cue.ts useCueLiterals), for the build to write beside the bundle.
 * `code` names this module's code: in the bundle, its chunk, whose name is a hash of its content
 * (the cues and requiredLiterals among it), so a file written by another build is not read.
 */
export function triageCueLiterals(): { code: string; literals: CueLiterals } {
  if (!PREFILTER) compileCueTables();
  return { code: TRIAGE_CUES_CODE, literals: cueLiterals() };
}

export const TRIAGE_CUES_CODE: string = import.meta.url;

/**
 * An insult said of others, not thrown at the reader: a belief or saying reported ("you can't
 * seriously believe that…", "people who say that…") or a generalisation about a group ("all X
 * are…"). The abuse fallback (an insult and a "you") must not take counter-speech for abuse.
 */
const ABOUT_OTHERS =
  /\b(?:believe|believes|think|thinks|say|says|said|saying|claim|claims|claiming|suggest|suggests|suggesting|pretend|pretending) that\b|\ball (?:\w+ ){1,2}(?:are|is)\b/;

/** Only texts with non-ASCII letters or romanised Punjabi/Urdu need the multilingual pass. */
const MAYBE_OTHER_LANGUAGE =
  /[\u0080-\uffff]|\b(?:nahi|haan|hai|nu|ton|karaan|kithe|ji|tusi|sab|bahut|koi|dasda|fer)\b/;

/**
 * A category's English cue hits, then its multilingual ones where the text may be in another language.
 * Whether it may is asked only when a multilingual cue has matched: most texts never need the answer.
 */
function hitsFor(
  category: TriageCategory,
  lower: string,
  multilingual: () => boolean,
  candidates: CueCandidates,
): CueHit[] {
  const english = COMPILED[category];
  let hits = english ? matchCues(english, lower, candidates) : [];
  for (const list of SEPARATE[category] ?? []) {
    const more = matchCues(list, lower, candidates);
    if (more.length > 0) hits = hits.length === 0 ? more : [...hits, ...more];
  }
  const other = MULTILINGUAL[category];
  const more = other ? matchCues(other, lower, candidates) : [];
  return more.length > 0 && multilingual() ? [...hits, ...more] : hits;
}

const ALWAYS = () => true;

export interface Classification {
  category: TriageCategory;
  /** The cues that decided the category, with spans into the lower-cased text (same offsets as the original). */
  evidence: CueHit[];
  confidence: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const CRISIS_IDIOMS = [new RegExp(CRISIS_FALSE_FRIENDS.source, "g"), CRISIS_KIND_IDIOMS, CRISIS_LOOKALIKES];

/** Spans of idiom in a text, for dropping the cue hits they cover. */
function idiomSpans(lower: string, patterns: readonly RegExp[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      if (m[0].length === 0) re.lastIndex++;
      else spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

function withoutIdioms(hits: CueHit[], lower: string, patterns: readonly RegExp[]): CueHit[] {
  if (hits.length === 0) return hits;
  const idioms = idiomSpans(lower, patterns);
  if (idioms.length === 0) return hits;
  return hits.filter((h) => !idioms.some((i) => overlaps(h, i)));
}

/** Cues inside everyday idiom ("dying to know", "this queue is killing me") are not crisis. */
function crisisHits(lower: string, candidates: CueCandidates, risk: RiskHits): CueHit[] {
  // Safety first: the multilingual crisis cues run on every message, whatever language it looks like.
  const hits = withoutIdioms(
    [...hitsFor("crisis", lower, ALWAYS, candidates), ...risk.crisis],
    lower,
    CRISIS_IDIOMS,
  );
  if (hits.length > 0 && hits.every((h) => PAST_KINDS.has(h.cue)) && toldAsPast(lower)) return [];
  // A film, an episode, the news or an awareness post, with nobody of the writer's own in it.
  if (hits.length > 0 && storyNotSelf(lower)) return [];
  return RECOVERED_NOW.test(lower) ? withoutDistantPast(hits, lower) : hits;
}

/**
 * "Two years ago I tried to end my life … I'm doing well now": hits in a sentence told in the distant
 * past are dropped, hits in any other sentence stay. Sentence breaks are found once, each hit's
 * sentence by binary search, so the work stays linear in the text.
 */
function withoutDistantPast(hits: CueHit[], lower: string): CueHit[] {
  const breaks: number[] = [-1];
  for (let i = 0; i < lower.length; i++) if (SENTENCE_END.has(lower.charCodeAt(i))) breaks.push(i);
  breaks.push(lower.length);
  const verdicts = new Map<number, boolean>();
  return hits.filter((h) => {
    let lo = 0;
    let hi = breaks.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < h.start) lo = mid;
      else hi = mid;
    }
    let past = verdicts.get(lo);
    if (past === undefined) {
      const sentence = lower.slice((breaks[lo] ?? -1) + 1, breaks[lo + 1] ?? lower.length);
      past = DISTANT_PAST.test(sentence) && !PRESENT_AGAIN.test(sentence);
      verdicts.set(lo, past);
    }
    return !past;
  });
}
const SENTENCE_END = new Set([".", "!", "?", "\n"].map((c) => c.charCodeAt(0)));

/** Cues that may describe a farewell or an overdose that is over (a death in care, a recovery). */
const PAST_KINDS = new Set([
  "goodbye",
  "third-sorry",
  "third:sorry",
  "farewell-love",
  "bye:say",
  "farewell:tried",
  "overdose",
  "overdose-taken",
  "farewell-goodbye",
  "farewell:thanks",
  "farewell-absolve",
  "farewell-note",
  "calm:peace",
  "calm:feels",
]);
function toldAsPast(lower: string): boolean {
  return DEATH_IN_CARE.test(lower) || (RECOVERED.test(lower) && PAST_TIME.test(lower));
}

/** The weak phrase-cue families (the id before ":") that say the same kind of sign as a concept kind. */
const FAMILY_KIND: Record<string, string> = {
  distress: "hopeless",
  done: "hopeless",
  "giving-up": "hopeless",
  hopeless: "hopeless",
  "hopeless-service": "hopeless",
  tired: "hopeless",
  trapped: "hopeless",
  "no-way": "hopeless",
  "self-hate": "hopeless",
  final: "hopeless",
  calm: "calm",
  resolve: "calm",
  affairs: "affairs",
  funeral: "affairs",
  closing: "affairs",
  note: "affairs",
  handover: "affairs",
  giving: "giving",
  farewell: "farewell",
  bye: "farewell",
  sorry: "farewell",
  place: "means",
  means: "means",
  "means-blades": "means",
  absence: "absence",
  absent: "absence",
  "join-dead": "absence",
  join: "absence",
  burden: "burden",
  third: "missing",
  unreachable: "missing",
};

/**
 * The concept layer (crisis-concepts.ts): a rule that decides alone makes a crisis, and so do two
 * different kinds of weak sign, counting the weak phrase cues already found (a phrase cue and a
 * concept of the same kind are one sign). Idioms the phrase layer knows drop the concept hits they
 * cover, as they drop cue hits.
 */
function conceptCrisis(
  lower: string,
  cueHits: readonly CueHit[],
  candidates: CueCandidates,
): CueHit[] | undefined {
  const { decisive, weak } = crisisConcepts(lower, candidates);
  if (decisive.length === 0 && weak.length === 0) return undefined;
  const kept = withoutIdioms([...decisive, ...weak], lower, CRISIS_IDIOMS);
  if (kept.length === 0) return undefined;
  const evidence = [...cueHits, ...kept];
  if (kept.some((h) => h.weight >= 2)) return evidence;
  const kinds = new Set<string>();
  for (const h of cueHits) {
    const family = h.cue.includes(":") ? h.cue.slice(0, h.cue.indexOf(":")) : h.cue;
    kinds.add(FAMILY_KIND[family] ?? family);
  }
  // A concept over the same words as a phrase cue is the same sign, not a second one.
  for (const h of kept) if (!cueHits.some((c) => overlaps(c, h))) kinds.add(h.cue.slice("concept:".length));
  return kinds.size >= 2 ? evidence : undefined;
}

const THREAT_IDIOM_LIST = [THREAT_IDIOMS];
/** Cues that are threats only when nothing lawful (a solicitor, the press, a complaint) is the consequence. */
const ULTIMATUM_ONLY = new Set([
  "warning",
  "regret",
  "mark-words",
  "ultimatum:deadline",
  "ultimatum-see",
  "ultimatum-consequences",
  "ultimatum-watch",
]);

/** Threat cues and language threats, without idioms ("shoot me a DM") or lawful ultimatums ("… or I go to the papers"). */
function threatHits(
  lower: string,
  language: readonly LanguageFinding[],
  ml: () => boolean,
  candidates: CueCandidates,
  risk: RiskHits,
): CueHit[] {
  const hits = withoutIdioms(
    [...languageThreats(lower, language), ...hitsFor("threat", lower, ml, candidates), ...risk.threat],
    lower,
    THREAT_IDIOM_LIST,
  );
  if (hits.length > 0 && hits.every((h) => ULTIMATUM_ONLY.has(h.cue)) && LAWFUL_CONSEQUENCE.test(lower))
    return [];
  return hits;
}

/**
 * A threat no phrase cue spells out, found by its concepts co-occurring (a person, a harm or
 * consequence, a place, time or private detail; cues-threat-concepts.ts). The concept lists share
 * the one prefilter scan, so a concept's regex runs only when one of its words occurs.
 */
function threatByConcepts(lower: string, candidates: CueCandidates): CueHit[] | null {
  // Most texts hold none of the starting concepts' words: answer that from the scan, allocating nothing.
  if (!THREAT_KEY_LISTS.some((list) => mayMatch(list, candidates))) return null;
  const seen = new Map<ThreatConcept, CueHit | undefined>();
  const has = (c: ThreatConcept): CueHit | undefined => {
    if (seen.has(c)) return seen.get(c);
    const list = THREAT_CONCEPTS.get(c);
    const hits = list ? matchCues(list, lower, candidates) : [];
    const hit = hits[0];
    seen.set(c, hit);
    return hit;
  };
  const hits = conceptThreat(has, () => LAWFUL_CONSEQUENCE.test(lower));
  return hits && withoutIdioms(hits, lower, THREAT_IDIOM_LIST).length === hits.length ? hits : null;
}

/** "I'm going to kill my husband if he forgets the parking ticket 😂": hyperbole about family, not a threat to staff. */
const JOKING = /😂|🤣|😆|😅|\blol\b|\blmao\b|\bhaha|\bjk\b|\bjoking\b/;
const STAFF_OR_SITE =
  /\b(?:staff|nurses?|doctors?|dr|receptionists?|security|porters?|midwi(?:fe|ves)|consultants?|surgeons?|paramedics?|gp|manager|you|you lot|your|hospital|ward|a&e|reception|building|site|unit|clinic|them|him|her)\b/;

function languageThreats(lower: string, language: readonly LanguageFinding[]): CueHit[] {
  const threats = language.filter((f) => f.kind === "threat");
  if (threats.length === 0) return [];
  if (
    JOKING.test(lower) &&
    !STAFF_OR_SITE.test(
      lower.replace(/\bmy (?:husband|wife|partner|mum|dad|brother|sister|kids?|son|daughter)\b/g, ""),
    )
  )
    return [];
  return threats.map((f) => ({ cue: "language.threat", start: f.start, end: f.end, weight: 2 }));
}

const CARE_WORDS =
  /\b(?:staff|team|nurses?|doctors?|midwi(?:fe|ves)|porters?|consultants?|surgeons?|paramedics?|receptionists?|carers?|care|cared|looked after|treated|ward|clinic|department|a&e|hospital|service|everyone|you all|you guys|you|hca|physio|gp|pals|crisis team|nhs)\b/;

/**
 * Weak cues by kind count once per family: three ways of saying "I feel calm now" (family "calm",
 * the id before ":") are one sign. Other weak crisis cues count once per cue ("alone … alone" is one),
 * other weak threat cues once per match (as they always have). Any strong cue decides alone.
 */
function signScore(hits: readonly CueHit[], eachMatch: boolean): number {
  let total = 0;
  const weak = new Set<string>();
  for (const h of hits) {
    const colon = h.cue.indexOf(":");
    if (h.weight >= 2 || (eachMatch && colon < 0)) total += h.weight;
    else weak.add(colon < 0 ? h.cue : h.cue.slice(0, colon));
  }
  return total + weak.size;
}

const NOT_COMPLAINING = /without (?:making |raising |having to make |putting in )?(?:a )?(?:formal )?$/;
const SUBSTANTIVE_COMPLAINT = new Set([
  "complain",
  "waited",
  "went-wrong",
  "escalate",
  "failure",
  "duration",
  "no-reply",
  "complaint-2",
  "complaint-3",
  "how-can",
  "mistreated",
  "bad-review",
  "thanks-nothing",
  "ml-complaint",
  "ml-waited",
  "delay-span",
  "no-show",
  "lost-moved",
  "unsafe",
  "broken",
  "discharge-story",
  "staff-conduct",
  "rhetoric",
]);

/** PALS cues that say only that a question is asked, and the places too general to say which service. */
const SHAPE = new Set(["question", "open-q"]);
const ANY_PLACE = new Set(["hospital", "the hospital", "nhs", "trust", "service", "services"]);
function placeOnly(pals: readonly CueHit[], lower: string): boolean {
  const anyPlace = (h: CueHit) =>
    (h.cue === "service-q" || h.cue === "service-2") && ANY_PLACE.has(lower.slice(h.start, h.end));
  return pals.some(anyPlace) && pals.every((h) => SHAPE.has(h.cue) || anyPlace(h));
}

const OWN_SLIP = /^(?:miss|lost|forg|fell|fall|mix|wrong)/;
const OWN_DOING = /(?:^|\W)(?:i|we|i'?ve|we'?ve|i have|we have|i had|i'?d|i just)\s$/;

/** Whether a grievance concept occurs, each looked for once (the last text's answers are kept). */
let grievanceText = "";
const grievanceSeen = new Map<GrievanceConcept, CueHit | undefined>();
function grievanceConcept(
  lower: string,
  candidates: CueCandidates,
): (c: GrievanceConcept) => CueHit | undefined {
  if (grievanceText !== lower) {
    grievanceText = lower;
    grievanceSeen.clear();
  }
  return (c) => {
    if (grievanceSeen.has(c)) return grievanceSeen.get(c);
    const list = GRIEVANCE_CONCEPTS.get(c);
    const hits = list ? matchCues(list, lower, candidates) : [];
    // "I missed my appointment", "I fell off my bike": the writer's own doing is no grievance.
    const hit =
      c === "failed" || c === "harmed"
        ? hits.find(
            (h) =>
              !OWN_SLIP.test(lower.slice(h.start, h.start + 6)) ||
              !OWN_DOING.test(lower.slice(Math.max(0, h.start - 9), h.start)),
          )
        : hits[0];
    grievanceSeen.set(c, hit);
    return hit;
  };
}

/**
 * A grievance told without the complaint cues' words (cues-service-concepts.ts): two of its concepts,
 * unless the message is praise ("lost my purse and the porter found it, thank you").
 */
function grievanceHits(lower: string, candidates: CueCandidates, ml: () => boolean): CueHit[] {
  let possible = 0;
  for (const list of GRIEVANCE_KEY_LISTS) if (mayMatch(list, candidates)) possible++;
  // Two concepts, or one told of staff, are needed: with none possible there is nothing to look for.
  if (
    possible === 0 ||
    (possible === 1 && !mayMatch(GRIEVANCE_STAFF, candidates) && !mayMatch(GRIEVANCE_SERVICE, candidates))
  )
    return [];
  const hits = grievance(grievanceConcept(lower, candidates));
  if (hits.length === 0) return hits;
  const praise = praiseHits(lower, ml, candidates);
  if (praise.length === 0) return hits;
  // "The staff were kind but the appointment was moved three times": a grievance after a turn is a complaint.
  CONTRAST.lastIndex = (praise[0] as CueHit).end;
  const turn = CONTRAST.exec(lower);
  // The praise must all come before the turn: thanks at the end close a story, whatever went before.
  const lastPraise = (praise[praise.length - 1] as CueHit).start;
  return turn &&
    lastPraise < turn.index &&
    hits.some((h) => h.start > turn.index && !/\.(?:staff|service)$/.test(h.cue))
    ? hits
    : [];
}
const CONTRAST = /\b(?:but|however|shame about|shame the|although|though|except|apart from|only thing)\b/g;

function decided(category: TriageCategory, evidence: CueHit[]): Classification {
  return { category, evidence, confidence: confidenceOf(score(evidence)) };
}

/**
 * Chooses exactly one category by what must happen next, in the contract's
 * priority order. Safety first: one crisis cue is enough; doubt is resolved
 * towards crisis because a missed crisis is worse than a false alarm.
 */
export function classify(lower: string, language: readonly LanguageFinding[]): Classification {
  // The rules first; the reader (reader/combine.ts) may raise to crisis or threat, or decide a fallback.
  return withReader(lower, classifyByRules(lower, language));
}

/** The hand-written rules alone (the reader's training script compares against them). */
export function classifyByRules(lower: string, language: readonly LanguageFinding[]): Classification {
  let otherLanguage: boolean | undefined;
  const ml = () => {
    otherLanguage ??= MAYBE_OTHER_LANGUAGE.test(lower) || !looksEnglish(lower);
    return otherLanguage;
  };
  const candidates = (PREFILTER ?? compileCueTables()).scan(lower);
  // Crisis and threat in other languages (multilingual/): one linear pass, on every message.
  const risk = multilingualRiskHits(lower);
  const crisis = crisisHits(lower, candidates, risk);
  if (signScore(crisis, false) >= 2) return decided("crisis", crisis);
  const crisisByConcept = conceptCrisis(lower, crisis, candidates);
  if (crisisByConcept) return decided("crisis", crisisByConcept);

  const threat = threatHits(lower, language, ml, candidates, risk);
  if (signScore(threat, true) >= 2) return decided("threat", threat);
  const threatByConcept = threatByConcepts(lower, candidates);
  if (threatByConcept) return decided("threat", threatByConcept);

  const concept = (id: string): CueHit | undefined => {
    const list = FALLBACK_LISTS.get(id);
    return list ? matchCues(list, lower, candidates)[0] : undefined;
  };
  // A record, a request and the writer (or their relative): subject access in words of its own.
  const sar = [
    ...hitsFor("subject_access", lower, ml, candidates),
    ...fallbackConcepts("subject_access", concept),
  ];
  const foi = hitsFor("foi", lower, ml, candidates);
  // "How many subject access requests did you receive?" asks for statistics (FOI), not for data.
  const sarOnlyNamed = () =>
    sar.every((h) => h.cue === "sar") && /\b(?:how many|number of|statistics|figures)\b/.test(lower);
  if (score(sar) >= 2 && !(score(foi) >= 2 && sarOnlyNamed())) return decided("subject_access", sar);

  const media = hitsFor("media", lower, ml, candidates);
  const mediaStrong = media.some((h) => h.weight >= 2);
  const foiExplicit = foi.some((h) => h.cue === "foi" || h.cue === "ml-foi");
  // A journalist asking for figures wants the press office unless they invoke FOI themselves.
  if (score(foi) >= 2 && (foiExplicit || !mediaStrong)) return decided("foi", foi);
  if (score(media) >= 2) return decided("media", media);

  // Insults are abuse, not complaint evidence: "you useless cow" is not a service complaint.
  const abusive = language.filter((f) => f.kind !== "profanity");
  // A length of time counts once: "born at 35 weeks … every 3 hours" is not two signs of a complaint.
  let spans = 0;
  const complaint = hitsFor("complaint", lower, ml, candidates).filter(
    (h) =>
      !abusive.some((f) => overlaps(h, f)) &&
      !NOT_COMPLAINING.test(lower.slice(Math.max(0, h.start - 30), h.start)) &&
      (h.cue !== "duration" || spans++ === 0),
  );
  const spam = hitsFor("spam", lower, ml, candidates);
  const spammy = score(spam) >= 2;
  // Insults with only adjectives behind them ("pathetic", "rude", "sick of it") are abuse, not a complaint
  // about a service: a complaint names something that happened (a wait, a loss, a failure, a request).
  let grieved = score(complaint) >= 2 ? [] : grievanceHits(lower, candidates, ml);
  // A grievance that rests on a service word alone ("dirty … our NHS") is no substance beside an insult.
  const substance = (g: CueHit[]) => g.length > 0 && !g.some((h) => h.cue === "grievance.service");
  let substantive = substance(grieved) || complaint.some((h) => SUBSTANTIVE_COMPLAINT.has(h.cue));
  // Insults with a target and only verdicts behind them ("useless bunch of clowns") are abuse.
  const insults = () => (ABOUT_OTHERS.test(lower) ? [] : fallbackConcepts("abuse", concept));
  if (!substantive && score(complaint) >= 2 && (abusive.length > 0 || insults().length > 0)) {
    grieved = grievanceHits(lower, candidates, ml);
    substantive = substance(grieved);
  }
  if (
    score(complaint) + score(grieved) >= 2 &&
    !spammy &&
    (substantive || (abusive.length === 0 && insults().length === 0))
  )
    return decided("complaint", [...complaint, ...grieved]);

  const clinical = hitsFor("clinical_question", lower, ml, candidates);
  if (score(clinical) >= 2 && !spammy) return decided("clinical_question", clinical);

  let pals = hitsFor("pals", lower, ml, candidates);
  if (score(pals) >= (spammy ? 3 : 2)) {
    const other =
      spammy || !palsOnlyGeneric(pals)
        ? null
        : insteadOfPals(
            lower,
            pals,
            clinical,
            complaint,
            grievanceCount(grievanceConcept(lower, candidates)),
            concept("fallback.ask.clinical"),
            concept("fallback.clinical_question.body"),
          );
    if (other?.category === "general") return { category: "general", evidence: [], confidence: 0.5 };
    if (other) return decided(other.category, other.evidence);
    // Praise told with a service's words and no question ("can't fault the fracture clinic") is praise.
    const praise =
      spammy || !palsOnlyGeneric(pals) || lower.includes("?") ? [] : praiseHits(lower, ml, candidates);
    if (score(praise) >= 1) return complimentOf(praise);
    // A question mark and a place ("is the hospital on the news tonight?") ask nothing of a service.
    if (!placeOnly(pals, lower)) return decided("pals", pals);
    pals = [];
  }

  // Swearing in praise ("f***ing legends in resus") or a violent word in slang praise ("killed it") is praise.
  // Praise first (the prefilter answers it for most texts); the insult concepts only where there is praise.
  const praiseOverLanguage =
    language.length > 0 && !spammy && language.every((f) => f.kind === "profanity" || f.kind === "threat")
      ? praiseHits(lower, ml, candidates)
      : [];
  if (
    (praiseOverLanguage.some((h) => h.weight >= 2) ||
      (score(praiseOverLanguage) >= 2 && language.every((f) => f.kind === "profanity"))) &&
    insults().length === 0
  )
    return complimentOf(praiseOverLanguage);
  if (language.length > 0 && !spammy) {
    const evidence = language.map((f) => ({
      cue: `language.${f.kind}`,
      start: f.start,
      end: f.end,
      weight: 2,
    }));
    return { category: "abuse", evidence, confidence: 0.85 };
  }
  const compliment = praiseHits(lower, ml, candidates);
  if (score(compliment) >= 1 && !spammy) return complimentOf(compliment);
  if (spammy) return decided("spam", spam);
  // General is what is left when nothing scores: the category with the most weak evidence first.
  const weak = weakestWinner([
    ["subject_access", sar],
    ["foi", foi],
    ["media", media],
    ["complaint", complaint.length === 0 || substantive || insults().length === 0 ? complaint : []],
    ["clinical_question", [...clinical, ...fallbackConcepts("clinical_question", concept)]],
    ["pals", pals],
    ["abuse", ABOUT_OTHERS.test(lower) ? [] : fallbackConcepts("abuse", concept)],
    ["spam", [...spam, ...fallbackConcepts("spam", concept)]],
  ]);
  if (weak) return { category: weak.category, evidence: weak.evidence, confidence: 0.6 };
  return { category: "general", evidence: [], confidence: 0.5 };
}

/**
 * Praise words count when they are about people or care ("lovely nurses"), not the weather. CARE_WORDS
 * are English, so in a message in another language a heart counts on its own.
 */
function praiseHits(lower: string, ml: () => boolean, candidates: CueCandidates): CueHit[] {
  return hitsFor("compliment", lower, ml, candidates).filter(
    (h) =>
      !h.cue.startsWith("praise") ||
      CARE_WORDS.test(lower) ||
      (h.cue === "praise-hearts" && !looksEnglish(lower)),
  );
}

function complimentOf(evidence: CueHit[]): Classification {
  return { category: "compliment", evidence, confidence: confidenceOf(score(evidence) + 1) };
}

function confidenceOf(total: number): number {
  return total >= 4 ? 0.95 : total >= 3 ? 0.85 : 0.7;
}
