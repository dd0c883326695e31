import { findPii, hasPiiOtherThanNames } from "../check/pii/index.js";
import type { LanguageFinding } from "../language/index.js";
import { requiredLiterals } from "../regex/required-literals.js";
import type { CueHit } from "./cue.js";
import { isNonEnglish } from "./language-detect.js";
import { LiteralScanner } from "./literal-scan.js";
import type { TriageFlag } from "./triage.schema.js";

const ROLES =
  "dr|doctor|nurse|matron|midwife|prof|professor|staff nurse|charge nurse|receptionist|consultant|surgeon|porter|paramedic|hca|physio|physiotherapist|therapist|psychiatrist|psychologist|social worker|care coordinator|support worker|healthcare assistant|health care assistant|security guard|ward manager|registrar|anaesthetist|radiographer|pharmacist|student nurse|cleaner|health visitor";

/** Words that follow a job title but are not a name ("the nurse was rude"). */
const NOT_NAMES = new Set(
  (
    "the a an was is were who and said told on at in from to for with that this who's has had have did didn't " +
    "wasn't isn't couldn't wouldn't would could should will can came come went just then also never always " +
    "practitioner practice surgery appointment appointments team station staff unit ward desk office letter " +
    "called named there here again today yesterday tonight asked gave made kept put took left let got get " +
    "but or not no yes if my your his her their our it he she they we i me him them you us one two " +
    "rang phoned spoke saw seen sent wrote knew thought felt did does do don't won't can't cannot couldn't " +
    "even still only actually literally clearly obviously basically who'd what when where why how because " +
    "here's there's it's that's what's he's she's hung app recruitment scheme training job jobs specialist led " +
    "with without about over under after before during into onto nahi ji sahib"
  ).split(" "),
);

const TITLE_THEN_NAME = new RegExp(
  `\\b(?:${ROLES}|Sister|Miss)\\.? (?:called |named )?([A-Za-z][a-z'\u2019-]{1,20})\\b`,
  "gi",
);
const NAME_THEN_ROLE = new RegExp(
  `\\b([A-Z][a-z'\u2019-]{1,20}),? (?:the (?:${ROLES})|on reception|at reception|on the (?:front )?desk|from (?:the )?(?:ward|a&e|security|reception))\\b|\\b(?:[Hh]er|[Hh]is|[Tt]heir) name (?:is|was) ([A-Za-z][a-z'-]{1,20})\\b`,
  "g",
);
const PICTURE_OF_STAFF = new RegExp(
  `\\b(?:photo|picture|pic|video|footage) of (?:the |that |this )?(?:${ROLES})\\b(?!'s)|\\b(?:${ROLES}|switchboard|reception|front desk|desk|ward \\d+)\\b[^.?!]{0,40}?(?:,|—|-) ([A-Z][a-z'-]{1,20})(?: I think)?\\b|\\b(?:called|named) ([A-Z][a-z'-]{1,20})(?: [A-Z][a-z'-]+)?|\\bshout ?out to ([A-Z][a-z'-]{1,20})|\\b([A-Z][a-z'-]{1,20}) the (?:HCA|GP|nurse|doctor|porter|midwife|receptionist|physio|cleaner)\\b`,
  "g",
);

function looksLikeName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  if (word[0] !== word[0]?.toLowerCase()) return true;
  // Lower-case: a name, unless it looks like a verb, adverb or plural ("the doctor explained").
  return lower.length >= 3 && !/(?:ed|ing|ly|s)$/.test(lower);
}

const STAFF_NAME_PATTERNS = [TITLE_THEN_NAME, NAME_THEN_ROLE, PICTURE_OF_STAFF];

export function findStaffNames(text: string, possible: Uint8Array | null = null): CueHit[] {
  const hits: CueHit[] = [];
  for (let k = 0; k < STAFF_NAME_PATTERNS.length; k++) {
    if (possible && possible[k] === 0) continue;
    const re = STAFF_NAME_PATTERNS[k] as RegExp;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const name = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (name !== undefined && !looksLikeName(name)) continue;
      // "Sister" and "Miss" name staff only with a capital: "my sister Kate" is family.
      if (/^(?:sister|miss) /.test(m[0])) continue;
      hits.push({ cue: "staff-named", start: m.index, end: m.index + m[0].length, weight: 2 });
    }
  }
  return hits;
}

/** TEWV CORP-0068 §4.6.1: photos, video or audio of staff, taken, held or posted. */
const RECORDING =
  /\b(?:film(?:ed|ing)?|record(?:ed|ing)?|videoed|video(?:ing)?|footage|photo(?:s|graphed|graphing)?|pictures?|pics?|snapped|screenshot(?:s|ted)?|audio|taped|livestream(?:ed|ing)?|live stream(?:ed|ing)?|on (?:my )?(?:phone|camera|tape))\b|nagran\p{L}*|nagrał\p{L}*|filmik\p{L}*|înregistr\p{L}*|am filmat|grabaci\p{L}*|grabé|gravei|gravação|📸|🎥/giu;
const STAFF_NEAR =
  /\b(?:staff|nurses?|doctors?|dr|receptionists?|security(?: guards?)?|guards?|porters?|midwi(?:fe|ves)|consultants?|surgeons?|paramedics?|hca|gp|ward manager|manager|physio|pharmacist|carers?|pielęgniark\p{L}*|lekarz\p{L}*|asistent\p{L}*|medic\p{L}*)\b|\bgot (?:her|him|them|you) on (?:video|camera|tape|film)/iu;
/** Asking for a copy of footage or a call recording is a data-rights request, not a recording of staff. */
const RECORDING_REQUEST =
  /\b(?:send me|copy of|copies of|request(?:ing)?|i'?d like|hold|release|delete|remove)\b[^.?!]{0,30}\b(?:footage|recording|photos?|video)\b|\b(?:footage|photos?|recording|video) (?:of|showing) (?:me|myself|my call|my (?:phone )?call)\b|\brecorded myself\b|\b(?:film|filming) (?:a|our) (?:piece|feature|documentary|segment)\b|\bshort film\b/i;

export function findRecording(text: string, possible: Uint8Array | null = null): CueHit[] {
  const hits: CueHit[] = [];
  if (possible && possible[STAFF_NAME_PATTERNS.length] === 0) return hits;
  RECORDING.lastIndex = 0;
  for (let m = RECORDING.exec(text); m !== null; m = RECORDING.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 45), m.index + m[0].length + 45);
    if (!STAFF_NEAR.test(around) || RECORDING_REQUEST.test(around)) continue;
    hits.push({ cue: "recording", start: m.index, end: m.index + m[0].length, weight: 2 });
  }
  return hits;
}

/**
 * The staff-name and recording patterns, in that order, and the literals (lower-cased) one of which
 * each one's every match contains. In an ASCII text a match of a case-insensitive pattern, lower-cased,
 * is a match of its literals lower-cased, so one scan of the lower-cased text says which could match.
 */
export const FLAG_PATTERNS = [...STAFF_NAME_PATTERNS, RECORDING];
/** Built on the first triage, not at import: a process that only checks posts never needs it. */
let flagScanner: { scanner: LiteralScanner; always: Uint8Array } | undefined;
function compileFlagScanner(): { scanner: LiteralScanner; always: Uint8Array } {
  const byLiteral = new Map<string, number[]>();
  const always = new Uint8Array(FLAG_PATTERNS.length);
  FLAG_PATTERNS.forEach((re, k) => {
    // Long s and the Kelvin sign fold to ASCII letters under /iu; a pattern with them always runs.
    const literals = /[\u017f\u212a]/.test(re.source) ? null : requiredLiterals(re.source, re.flags);
    if (!literals) always[k] = 1;
    else
      for (const l of literals)
        byLiteral.set(l.toLowerCase(), [...(byLiteral.get(l.toLowerCase()) ?? []), k]);
  });
  flagScanner = { scanner: new LiteralScanner(byLiteral), always };
  return flagScanner;
}
const NON_ASCII = /[\u0080-\uffff]/;

/** Which flag patterns could match the text (see FLAG_PATTERNS), or null when any could. */
export function possibleFlagPatterns(text: string, lower: string): Uint8Array | null {
  if (NON_ASCII.test(text)) return null;
  const scanner = flagScanner ?? compileFlagScanner();
  const found = scanner.always.slice();
  scanner.scanner.scan(lower, found);
  return found;
}

export interface FlagEvidence {
  flags: TriageFlag[];
  reasons: { for: TriageFlag; cue: string; start: number; end: number }[];
}

/** lower: the text lower-cased code unit by code unit (as triage does), for the prefilter. */
export function computeFlags(
  text: string,
  lower: string,
  language: readonly LanguageFinding[],
): FlagEvidence {
  const possible = possibleFlagPatterns(text, lower);
  const flags: TriageFlag[] = [];
  const reasons: FlagEvidence["reasons"] = [];
  // A threat is triaged as a threat; the abuse flag is for abusive, hateful or obscene language (docs/interfaces.md §4).
  const abusive = language.filter((f) => f.kind !== "threat");
  if (abusive.length > 0) {
    flags.push("abuse");
    for (const f of abusive)
      reasons.push({ for: "abuse", cue: `language.${f.kind}`, start: f.start, end: f.end });
  }
  const staff = findStaffNames(text, possible);
  if (staff.length > 0) {
    flags.push("names_staff");
    for (const h of staff) reasons.push({ for: "names_staff", cue: h.cue, start: h.start, end: h.end });
  }
  // A name on its own (a chief nurse in a press query) is not personal data put in public; a name with an
  // identifier, address, date of birth or contact detail is (CPG58 §3.3, 851 §5.1, CORP-0068 §4.4.1).
  // Names are looked for only once other personal data is there (most messages have none).
  const pii = hasPiiOtherThanNames(text) ? findPii(text) : [];
  if (pii.length > 0) {
    flags.push("contains_pii");
    for (const p of pii)
      reasons.push({ for: "contains_pii", cue: `pii.${p.category}`, start: p.start, end: p.end });
  }
  if (isNonEnglish(text)) flags.push("non_english");
  const recording = findRecording(text, possible);
  if (recording.length > 0) {
    flags.push("recording");
    for (const h of recording) reasons.push({ for: "recording", cue: h.cue, start: h.start, end: h.end });
  }
  return { flags, reasons };
}
