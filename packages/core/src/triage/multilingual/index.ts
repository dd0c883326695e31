import type { CueHit } from "../cue.js";
import { AMHARIC_TIGRINYA } from "./am-ti.js";
import { ARABIC } from "./ar.js";
import { BULGARIAN } from "./bg.js";
import { BENGALI } from "./bn.js";
import { CONCEPT_PHRASES, overlapsAny, scoreConcepts } from "./concepts/index.js";
import { WELSH } from "./cy.js";
import { GERMAN } from "./de.js";
import { SPANISH } from "./es.js";
import { PERSIAN } from "./fa.js";
import { FRENCH } from "./fr.js";
import { GUJARATI } from "./gu.js";
import { HINDI } from "./hi.js";
import { HUNGARIAN } from "./hu.js";
import { ITALIAN } from "./it.js";
import { KURDISH } from "./ku.js";
import { LITHUANIAN } from "./lt.js";
import { type PhraseHit, PhraseMatcher } from "./matcher.js";
import { PANJABI } from "./pa.js";
import { POLISH } from "./pl.js";
import { PREVENTED_KINDS, PREVENTION_GAP, PREVENTION_WORDS } from "./prevention.js";
import { PASHTO } from "./ps.js";
import { PORTUGUESE } from "./pt.js";
import { ROMANIAN } from "./ro.js";
import { RUSSIAN } from "./ru.js";
import { SOMALI } from "./so.js";
import { ALBANIAN } from "./sq.js";
import { TAMIL } from "./ta.js";
import { TURKISH } from "./tr.js";
import type { LanguageCues } from "./types.js";
import { UKRAINIAN } from "./uk.js";
import { URDU } from "./ur.js";
import { CHINESE } from "./zh.js";

export { PhraseMatcher } from "./matcher.js";
export type { CrisisKind, LanguageCues, ThreatKind } from "./types.js";
export { CRISIS_KINDS, THREAT_KINDS } from "./types.js";

/** Welsh, then the main languages of England and Wales by the 2021 Census, then others UK trusts see. */
export const LANGUAGES: readonly LanguageCues[] = [
  WELSH,
  POLISH,
  ROMANIAN,
  PANJABI,
  URDU,
  PORTUGUESE,
  SPANISH,
  ARABIC,
  BENGALI,
  GUJARATI,
  ITALIAN,
  LITHUANIAN,
  CHINESE,
  FRENCH,
  TAMIL,
  TURKISH,
  SOMALI,
  BULGARIAN,
  PERSIAN,
  HUNGARIAN,
  GERMAN,
  HINDI,
  RUSSIAN,
  UKRAINIAN,
  ALBANIAN,
  AMHARIC_TIGRINYA,
  KURDISH,
  PASHTO,
];

interface Entry {
  readonly for: "crisis" | "threat";
  readonly cue: string;
  readonly kind: string;
  readonly weight: number;
}

function entriesOf(languages: readonly LanguageCues[]): { phrases: string[]; entries: Entry[] } {
  const phrases: string[] = [];
  const entries: Entry[] = [];
  const add = (
    kinds: Partial<Record<string, readonly string[]>> | undefined,
    category: "crisis" | "threat",
    cue: (kind: string) => string,
    weight: number,
  ) => {
    for (const [kind, list] of Object.entries(kinds ?? {}))
      for (const phrase of list ?? []) {
        phrases.push(phrase);
        entries.push({ for: category, cue: cue(kind), kind, weight });
      }
  };
  for (const l of languages) {
    add(l.crisis, "crisis", (k) => `ml.${l.code}.${k}`, 2);
    add(l.weakCrisis, "crisis", (k) => `ml.${l.code}.${k}.weak`, 1);
    add(l.threat, "threat", (k) => `ml.${l.code}.${k}`, 2);
  }
  return { phrases, entries };
}

const { phrases, entries } = entriesOf(LANGUAGES);
/**
 * The phrase files' phrases, then the concept lexicons' words: one automaton, one walk of the
 * text. Built on the first message rather than at import: a process that only checks posts never
 * needs it.
 */
let MATCHER: PhraseMatcher | undefined;

export interface RiskHits {
  crisis: CueHit[];
  threat: CueHit[];
}

/**
 * Crisis and threat cues in every language above, in one linear pass over the text (any case;
 * spans index the text given). Runs on every message: a crisis is looked for whatever language
 * the message seems to be in.
 */
export function multilingualRiskHits(text: string): RiskHits {
  const out: RiskHits = { crisis: [], threat: [] };
  // A weak sign counts once per kind, whichever languages share its words ("testamento" is Spanish
  // and Portuguese, "آج رات" Urdu and Shahmukhi): only two different kinds add up to a crisis.
  const weakKinds = new Set<string>();
  MATCHER ??= new PhraseMatcher([...phrases, ...CONCEPT_PHRASES, ...PREVENTION_WORDS]);
  const conceptHits: PhraseHit[] = [];
  let prevention: PhraseHit[] | undefined;
  for (const h of MATCHER.match(text)) {
    if (h.entry >= PREVENTION_FROM) {
      prevention ??= [];
      prevention.push(h);
      continue;
    }
    if (h.entry >= phrases.length) {
      conceptHits.push(h);
      continue;
    }
    const e = entries[h.entry] as Entry;
    if (e.weight < 2) {
      if (weakKinds.has(e.kind)) continue;
      weakKinds.add(e.kind);
    }
    const list = out[e.for];
    const last = list[list.length - 1];
    // Two spellings of one phrase ("że się" with and without its comma) fold alike: count once.
    if (last && last.cue === e.cue && last.start === h.start && last.end === h.end) continue;
    list.push({ cue: e.cue, start: h.start, end: h.end, weight: e.weight });
  }
  // Concepts seen together (concepts/): the signs the phrases above do not spell out word for word.
  const concepts = scoreConcepts(text, conceptHits, phrases.length);
  if (concepts.over.length > 0 && out.crisis.length > 0) {
    // Told as past and over ("a year ago … you saved my life"): the phrases' crisis cues go too, of
    // that language and of any other sharing its words (Turkish and romanised Arabic "intihar").
    out.crisis = [];
  }
  // "Dying to know", "this wait is killing me": the phrases' crisis cues over a figure of speech go.
  const idioms = concepts.idioms;
  if (idioms && out.crisis.length > 0) out.crisis = out.crisis.filter((h) => !overlapsAny(idioms, h));
  for (const h of concepts.crisis) {
    // A weak sign of a kind the phrases already gave a weak cue for counts once, as there: the
    // kind's own sign, or another over the same words ("zaopiekujcie się" is a phrase and a concept).
    if (h.weight < 2) {
      const kind = h.cue.split(".")[2] as string;
      if (weakKinds.has(kind) && (h.cue.endsWith(`.${kind}.weak`) || overlapsWeak(out.crisis, kind, h)))
        continue;
    }
    out.crisis.push(h);
  }
  for (const h of concepts.threat) out.threat.push(h);
  if (prevention && out.crisis.length > 0) out.crisis = out.crisis.filter((h) => !prevented(h, prevention));
  return out;
}

/** Where the concept lexicons' words end and the prevention words begin, in the matcher's entries. */
const PREVENTION_FROM = phrases.length + CONCEPT_PHRASES.length;

/** Suicide or self-harm right beside a word for its prevention: a campaign or a charity, not a person at risk. */
function prevented(h: CueHit, prevention: readonly PhraseHit[]): boolean {
  if (!PREVENTED_KINDS.has(h.cue.split(".")[2] as string)) return false;
  for (const p of prevention)
    if (p.start - h.end <= PREVENTION_GAP && h.start - p.end <= PREVENTION_GAP) return true;
  return false;
}

/** Whether a phrase file's weak cue of `kind` covers part of the span of `h`. */
function overlapsWeak(hits: readonly CueHit[], kind: string, h: CueHit): boolean {
  for (const p of hits)
    if (p.weight < 2 && p.cue.split(".")[2] === kind && p.start < h.end && h.start < p.end) return true;
  return false;
}

/** Words of the languages above that mark a Latin-script text as not English (language-detect.ts). */
export const NON_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((l) => l.words ?? []).flatMap((w) => {
    const lower = w.toLowerCase();
    return [lower, lower.normalize("NFD").replace(/\p{M}/gu, "")];
  }),
);
