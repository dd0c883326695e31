import type { CueHit } from "../../cue.js";
import { type PhraseHit, PhraseMatcher } from "../matcher.js";
import { LEXICONS } from "./lexicons.js";
import { SIGNS, type Sign, WINDOW } from "./signs.js";
import { CONCEPTS, type Concept, type ConceptLexicon } from "./types.js";

export { LEXICONS } from "./lexicons.js";
export { SIGNS, WINDOW } from "./signs.js";
export type { Concept, ConceptLexicon } from "./types.js";
export { CONCEPTS } from "./types.js";

const CONCEPT_INDEX = new Map<Concept, number>(CONCEPTS.map((c, i) => [c, i]));
const NC = CONCEPTS.length;
const PAST = CONCEPT_INDEX.get("past") as number;
const SAVED = CONCEPT_INDEX.get("saved") as number;
const IDIOM = CONCEPT_INDEX.get("idiom") as number;

/** A sign as scored: its concepts' indexes, those that cancel it, and whether it spans the message. */
interface SignOf {
  sign: Sign;
  concepts: Int32Array;
  unless: Int32Array;
  message: boolean;
}

interface Table {
  /** Per concept phrase: language index * NC + concept index. */
  slot: Int32Array;
  /** Per concept index: the signs it takes part in, each with its concepts' indexes. */
  signsOf: (readonly SignOf[])[];
  /** Per language: the window its signs' concepts may spread over. */
  windows: Int32Array;
}

export interface ConceptHits {
  crisis: CueHit[];
  threat: CueHit[];
  /** Languages in which the message tells a crisis as past and over ("a year ago … you saved me"). */
  over: string[];
  /** Figures of speech found ("dying to know"): crisis cues over their words are dropped. */
  idioms?: readonly PhraseHit[];
}

/** Every lexicon's words, in the order scoreConcepts numbers them. */
export const CONCEPT_PHRASES: readonly string[] = LEXICONS.flatMap((lexicon) =>
  Object.values(lexicon.concepts).flatMap((words) => [...(words ?? [])]),
);

/** Built on first use, like the phrase matcher: a process that only checks posts never needs it. */
let TABLE: Table | undefined;
/** Only for conceptRiskHits alone (tests): multilingual/index.ts matches the phrases in its own pass. */
let OWN_MATCHER: PhraseMatcher | undefined;

function build(): Table {
  const slots: number[] = [];
  LEXICONS.forEach((lexicon, l) => {
    for (const [concept, words] of Object.entries(lexicon.concepts)) {
      const c = CONCEPT_INDEX.get(concept as Concept);
      if (c === undefined) throw new Error(`${lexicon.code}: unknown concept ${concept}`);
      for (const _ of words ?? []) slots.push(l * NC + c);
    }
  });
  const signsOf: SignOf[][] = CONCEPTS.map(() => []);
  for (const sign of SIGNS) {
    const concepts = Int32Array.from(sign.all.map((c) => CONCEPT_INDEX.get(c) as number));
    const unless = Int32Array.from((sign.unless ?? []).map((c) => CONCEPT_INDEX.get(c) as number));
    const message = sign.scope === "message";
    for (const c of new Set(concepts)) signsOf[c]?.push({ sign, concepts, unless, message });
  }
  const windows = Int32Array.from(LEXICONS.map((l) => l.window ?? WINDOW));
  return { slot: Int32Array.from(slots), signsOf, windows };
}

/** Where each (language, concept) was last seen, reused between messages (matching is synchronous). */
let lastEnd = new Int32Array(0);
let lastStart = new Int32Array(0);
let lastSentence = new Int32Array(0);
/** Sentence ends (Latin, Arabic, Urdu, Devanagari/Bengali danda, CJK): a sign's concepts share a sentence. */
const SENTENCE_END = new Set([
  0x2e, 0x21, 0x3f, 0x0a, 0x3002, 0xff01, 0xff1f, 0xff0e, 0x061f, 0x06d4, 0x0964,
]);
const UNSEEN = -1_000_000;
const touched: number[] = [];

function cueOf(code: string, s: Sign): string {
  if (s.weight === 2) return `ml.${code}.${s.kind}`;
  // Weak threat signs share a family per kind (classify.ts counts a family once); weak crisis signs
  // count once per id, and a sign named after its kind is the phrase files' weak cue of that kind.
  if (s.for === "threat") return `ml.${code}.${s.kind}:${s.name}`;
  return s.name === s.kind ? `ml.${code}.${s.kind}.weak` : `ml.${code}.${s.kind}.${s.name}.weak`;
}

/**
 * Signs of crisis and threat made of concepts of one language seen together (signs.ts), in one
 * linear pass: the matcher's pass over the text, then a constant amount of work per concept found
 * (each sign is checked when its last concept arrives, against where the others were last seen).
 * A weak sign is reported once per message, whichever language showed it.
 */
export function conceptRiskHits(text: string): ConceptHits {
  OWN_MATCHER ??= new PhraseMatcher(CONCEPT_PHRASES);
  return scoreConcepts(text, OWN_MATCHER.match(text), 0);
}

/**
 * The signs in `hits`, matches of CONCEPT_PHRASES numbered from `offset` (multilingual/index.ts
 * matches them in the same automaton as the phrase files, so the text is walked once), in order of
 * their ends.
 */
export function scoreConcepts(text: string, hits: readonly PhraseHit[], offset: number): ConceptHits {
  TABLE ??= build();
  const { slot, signsOf, windows } = TABLE;
  const out: ConceptHits = { crisis: [], threat: [], over: [] };
  if (hits.length < 1) return out;
  const size = LEXICONS.length * NC;
  if (lastEnd.length !== size) {
    lastEnd = new Int32Array(size).fill(UNSEEN);
    lastStart = new Int32Array(size).fill(UNSEEN);
    lastSentence = new Int32Array(size);
  }
  let sentence = 0;
  let pos = 0;
  // Only the slots this message touched are reset afterwards (most messages touch a handful).
  touched.length = 0;
  const crisisLanguage: number[] = [];
  const weakSeen = new Set<string>();
  const strongSeen = new Set<string>();
  // Spans of figures of speech ("dying to know"): rare, so a list is scanned once at the end.
  let idioms: PhraseHit[] | undefined;
  for (const h of hits) {
    const s = slot[h.entry - offset] as number;
    const l = (s / NC) | 0;
    const c = s - l * NC;
    // Hits come in order of their ends; the pointer only moves forward, so this is linear too.
    for (; pos < h.start; pos++) {
      const code = text.charCodeAt(pos);
      if (
        code < 0x80
          ? code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a
          : SENTENCE_END.has(code)
      )
        sentence++;
    }
    if ((lastEnd[s] as number) === UNSEEN) touched.push(s);
    lastEnd[s] = h.end;
    lastStart[s] = h.start;
    lastSentence[s] = sentence;
    if (c === IDIOM) {
      idioms ??= [];
      idioms.push(h);
    }
    const from = h.start - (windows[l] as number);
    for (const { sign, concepts, unless, message } of signsOf[c] as readonly SignOf[]) {
      let start = h.start;
      let ok = true;
      for (let k = 0; k < concepts.length; k++) {
        const o = l * NC + (concepts[k] as number);
        // A message-wide sign needs its concepts anywhere before, in the same language.
        if (
          message
            ? (lastEnd[o] as number) === UNSEEN
            : (lastEnd[o] as number) < from || lastSentence[o] !== sentence
        ) {
          ok = false;
          break;
        }
        if ((lastStart[o] as number) < start) start = lastStart[o] as number;
      }
      if (!ok) continue;
      // "No sé …": a concept that cancels the sign, in its sentence and window.
      for (let k = 0; k < unless.length && ok; k++) {
        const o = l * NC + (unless[k] as number);
        if ((lastEnd[o] as number) >= from && lastSentence[o] === sentence) ok = false;
      }
      if (!ok) continue;
      const code = (LEXICONS[l] as ConceptLexicon).code;
      const key = sign.weight === 2 ? `${code}.${sign.name}` : sign.name;
      const seen = sign.weight === 2 ? strongSeen : weakSeen;
      if (seen.has(key)) continue;
      seen.add(key);
      out[sign.for].push({ cue: cueOf(code, sign), start, end: h.end, weight: sign.weight });
      if (sign.for === "crisis") crisisLanguage.push(l);
    }
  }
  // "A year ago I wanted to die … you saved my life": a crisis told as past and over, in the same
  // language, is thanks, not a crisis now (the English grammar's RECOVERED and PAST_TIME do the same).
  const over = (l: number) =>
    (lastEnd[l * NC + PAST] as number) !== UNSEEN && (lastEnd[l * NC + SAVED] as number) !== UNSEEN;
  if (out.crisis.length > 0) {
    // The same words read in a language that shares them (Persian, Urdu and Shahmukhi "خودکشی") go too.
    const overSpans = new Set<string>();
    out.crisis.forEach((h, i) => {
      if (over(crisisLanguage[i] as number)) overSpans.add(`${h.start}:${h.end}`);
    });
    if (overSpans.size > 0) out.crisis = out.crisis.filter((h) => !overSpans.has(`${h.start}:${h.end}`));
  }
  if (idioms && out.crisis.length > 0) {
    out.crisis = out.crisis.filter((h) => !overlapsAny(idioms as PhraseHit[], h));
  }
  if (idioms) out.idioms = idioms;
  for (let l = 0; l < LEXICONS.length; l++) if (over(l)) out.over.push((LEXICONS[l] as ConceptLexicon).code);
  for (const t of touched) {
    lastEnd[t] = UNSEEN;
    lastStart[t] = UNSEEN;
  }
  return out;
}

/** Whether `h` shares a character with any of `spans`. */
export function overlapsAny(spans: readonly PhraseHit[], h: { start: number; end: number }): boolean {
  for (const i of spans) if (i.start < h.end && h.start < i.end) return true;
  return false;
}
