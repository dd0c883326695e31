import {
  AFTER_NAME_HONORIFIC,
  BEFORE_A_PLACE,
  BEFORE_NAME_TITLE,
  BEFORE_NON_NAME,
  CARE_VERB_BEFORE,
  CASED_OTHER_SCRIPT_LETTER,
  CASED_OTHER_SCRIPT_NAME,
  CJK_LETTER,
  CJK_NAME,
  CJK_PATIENT_SETTING,
  FOLLOWS_SENTENCE_INITIAL_NAME,
  MULTILINGUAL_PATIENT_SETTING,
  NAME_LABEL,
  NAME_SCRIPT_LETTER,
  NOT_A_PERSON_AFTER,
  OTHER_SCRIPT_LETTER,
  OTHER_SCRIPT_NAME,
  PATIENT_SPECIFIC,
  RECOGNITION,
  STAFF_CONFIDENTIAL,
  STAFF_CONFIDENTIAL_OTHER_SCRIPT,
  STAFF_ROLE,
  STAFF_TITLE,
  STRONG_PATIENT,
  WEAK_PATIENT,
} from "./name-contexts.js";
import { isCommonWord, isFamilyName, isGivenName, isNotAName } from "./names/lexicon.js";

/**
 * Names without a title ("Maureen in the side room", "Kwame Mensah was discharged"): a word the
 * packaged name lists know (names/README.md), two capitalised words one of which they know, a
 * name with an initial, or any capitalised word after a title or honorific ("Mrs Hale", "pani
 * Zofia", "Singh ji", "baby Noah"), when it sits next to a patient care setting, a confidential
 * staff matter or an identifier (CPG58 §3.3, 851 §5.1, CORP-0068 §4.4.1, RWT §4.3.4: no patient
 * or colleague may be identifiable). Award, welcome, thank-you and retirement posts name staff,
 * and stay clean unless a patient is right there.
 */

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}+(?:['’]\p{Lu}+)*$/u;
const POSSESSIVE = /['’]s$/i;
const NON_ASCII = /[^\t\n\r\u0020-\u007f]/;
const MARKS = /\p{M}/gu;

type Kind = "titled" | "staff-titled" | "full" | "given" | "family" | "lower";

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** The word without a possessive 's. */
  readonly bare: string;
  readonly lower: string;
  readonly capitalised: boolean;
}

export interface ListedNameOptions {
  /** Capitalised words that are never names here (days, months, wards, services). */
  readonly notAName: ReadonlySet<string>;
  /** [start, end] pairs of identifiers that belong to one person (NHS number, NINO, date of birth, e-mail). */
  readonly identifiers: readonly number[];
  /** [start, end] pairs of contact details (phone, address, postcode), which may be a venue's. */
  readonly contacts: readonly number[];
}

function fold(lower: string): string {
  const plain = NON_ASCII.test(lower) ? lower.normalize("NFD").replace(MARKS, "").replace(/ł/g, "l") : lower;
  return plain.replace(/’/g, "'");
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const bare = m[0].replace(POSSESSIVE, "");
    const capitalised = UPPER.test(bare) && !(ALL_UPPER.test(bare) && bare.length > 1);
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      bare,
      lower: fold(bare.toLowerCase()),
      capitalised,
    });
  }
  return words;
}

/** Only spaces between two words ("Kwame Mensah", not "Kwame. Mensah"). */
function adjacent(text: string, a: Word, b: Word): boolean {
  if (b.start - (a.start + a.bare.length) < 1 || b.start - a.end > 2) return false;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return a.end === a.start + a.bare.length;
}

function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // spaces, quotes, brackets and emoji halves
    if (
      c === 32 ||
      c === 9 ||
      c === 34 ||
      c === 39 ||
      c === 40 ||
      c === 8220 ||
      c === 8216 ||
      (c >= 0xd800 && c <= 0xdfff)
    )
      continue;
    // . ! ? : newline, or the start of the text
    return c === 46 || c === 33 || c === 63 || c === 58 || c === 10 || c === 13;
  }
  return true;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isInitial(w: Word | undefined): boolean {
  return w !== undefined && w.bare.length === 1 && w.capitalised && w.bare !== "I" && w.bare !== "A";
}

/** Names the lists know, capitalised pairs with one known part, titled names, in reading order. */
function candidates(text: string, notAName: ReadonlySet<string>, patientPost = false): Candidate[] {
  const words = wordsOf(text);
  const lowerText = text === text.toLowerCase();
  const out: Candidate[] = [];
  const push = (start: number, end: number, kind: Kind) => out.push({ start, end, kind });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    // "Mrs Hale", "pani Zofia", "baby Noah", "Dr Fenwick": any capitalised word after a title.
    if (next?.capitalised && adjacent(text, w, next) && next.bare.length >= 2) {
      const title = BEFORE_NAME_TITLE.has(w.lower)
        ? "titled"
        : STAFF_TITLE.has(w.lower)
          ? "staff-titled"
          : null;
      if (title) {
        const after = words[i + 2];
        const two = after?.capitalised && adjacent(text, next, after) && !notAName.has(after.bare);
        push(next.start, two ? after.start + after.bare.length : next.start + next.bare.length, title);
        i += two ? 2 : 1;
        continue;
      }
    }
    const lowerCase = w.bare === w.bare.toLowerCase();
    if (
      !w.capitalised &&
      !lowerText &&
      !(lowerCase && w.lower.length >= 4 && isGivenName(w.lower) && !isCommonWord(w.lower))
    )
      continue;
    if (!w.capitalised && !lowerCase) continue;
    if (w.bare.length < 2 || notAName.has(w.bare) || isNotAName(w.lower)) continue;
    // "Willow2026!", "Amber3": a word run into digits is a password, a code or a handle.
    if (isDigitCode(text.charCodeAt(w.end)) || isDigitCode(text.charCodeAt(w.start - 1))) continue;
    // "Maple ward", "Turner Road", "Colin the Caterpillar", "Storm Darragh": places, things and storms.
    if (next && adjacent(text, w, next) && NOT_A_PERSON_AFTER.has(next.lower)) continue;
    const previous = words[i - 1];
    if (previous && BEFORE_NON_NAME.has(previous.lower) && w.start - previous.end <= 1) continue;
    const given = isGivenName(w.lower);
    const common = isCommonWord(w.lower);
    const initial = sentenceInitial(text, w.start);
    // "Singh ji", "Ahmed sahab": an honorific after the name.
    if (w.capitalised && next && adjacent(text, w, next) && AFTER_NAME_HONORIFIC.has(next.lower)) {
      push(w.start, w.start + w.bare.length, "titled");
      i++;
      continue;
    }
    if (w.capitalised && next && adjacent(text, w, next)) {
      // "Grace T", "Jess W's": a given name and an initial.
      if (given && isInitial(next)) {
        push(w.start, next.start + 1, "full");
        i++;
        continue;
      }
      // "Kwame Mensah", "Maeve O'Sullivan": two capitalised words, one of them known.
      if (next.capitalised && next.bare.length >= 2 && !notAName.has(next.bare)) {
        const family = isFamilyName(next.lower);
        const nextCommon = isCommonWord(next.lower);
        const firstCommon = common || notAName.has(w.bare);
        if (NOT_A_PERSON_AFTER.has(after2(words, i + 2))) {
          i++;
          continue;
        }
        if ((given && !common) || (family && !nextCommon && !firstCommon) || (given && family && !initial)) {
          push(w.start, next.start + next.bare.length, "full");
          i++;
          continue;
        }
      }
    }
    // "nazwisko Nowak", "surname: Okafor": a family name after a label.
    const before = words[i - 1];
    if (w.capitalised && before && NAME_LABEL.has(before.lower) && (isFamilyName(w.lower) || given)) {
      push(w.start, w.start + w.bare.length, "family");
      continue;
    }
    if (!given) {
      if (!w.capitalised || initial || common) continue;
      if (isFamilyName(w.lower) && !(before && BEFORE_A_PLACE.has(before.lower)))
        push(w.start, w.start + w.bare.length, "family");
      continue;
    }
    if (common) {
      // "Grace", "Mark", "Sue" are names when capitalised mid-sentence, or before "is", "on", "was"…
      if (!w.capitalised) continue;
      // In a post about a patient, "Frank, our oldest…" and "Teddy, 4," open with the patient's name.
      if (
        initial &&
        !(next && FOLLOWS_SENTENCE_INITIAL_NAME.has(next.lower)) &&
        w.bare === text.slice(w.start, w.end) &&
        !(patientPost && text.charCodeAt(w.end) === 44)
      )
        continue;
    }
    // Lower-case names only when the whole post is lower case ("doreen in bay 4"), and only long ones;
    // in a post with capitals, a lower-case name counts only right next to a patient setting.
    if (!w.capitalised && w.lower.length < 4) continue;
    push(w.start, w.start + w.bare.length, w.capitalised || lowerText ? "given" : "lower");
  }
  return out;
}

/** The lower-case word at `i`, or "". */
function after2(words: readonly Word[], i: number): string {
  return words[i]?.lower ?? "";
}

/** [start, end] pairs of every match of a global pattern. */
function spansOf(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Names in scripts the name lexicon does not hold (OTHER_SCRIPT_NAME, CJK_NAME, CASED_OTHER_SCRIPT_NAME), as [start, end] pairs. */
function otherScriptNames(text: string): number[] {
  const found = NAME_SCRIPT_LETTER.test(text) ? spansOf(OTHER_SCRIPT_NAME, text) : [];
  if (CJK_LETTER.test(text)) found.push(...spansOf(CJK_NAME, text));
  if (CASED_OTHER_SCRIPT_LETTER.test(text)) found.push(...spansOf(CASED_OTHER_SCRIPT_NAME, text));
  return found;
}

/** Whether a span of `spans` reaches within `before`/`after` characters of [start, end). */
function near(spans: readonly number[], start: number, end: number, before: number, after: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if ((spans[i + 1] as number) >= start - before && (spans[i] as number) <= end + after) return true;
  }
  return false;
}

function overlaps(spans: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if ((spans[i] as number) < end && (spans[i + 1] as number) > start) return true;
  }
  return false;
}

function insideIdentifier(text: string, c: Candidate, options: ListedNameOptions): boolean {
  const before = text.charCodeAt(c.start - 1);
  const after = text.charCodeAt(c.end);
  // @ . / _ # before, or @ . _ straight after ("jane.smith@…", "@JaneSmith", "/jane")
  if (before === 64 || before === 46 || before === 47 || before === 95 || before === 35) return true;
  if (after === 64 || after === 95 || (after === 46 && /\p{L}/u.test(text.charAt(c.end + 1)))) return true;
  return overlaps(options.identifiers, c.start, c.end) || overlaps(options.contacts, c.start, c.end);
}

function staffRoleNear(text: string, c: Candidate): boolean {
  return STAFF_ROLE.test(text.slice(Math.max(0, c.start - 35), Math.min(text.length, c.end + 35)));
}

/** The care, confidential and recognition cues of one text, found once and shared by every name in it. */
export class NameContext {
  private strongSpans?: number[];
  private locatorSpans?: number[];
  private weakSpans?: number[];
  private confidentialSpans?: number[];
  private specificSpans?: number[];
  private recognised?: boolean;

  constructor(readonly text: string) {}

  /** Each kind of cue is looked for on first use: most posts need one or two of them. */
  get strong(): number[] {
    if (this.strongSpans === undefined) {
      this.strongSpans = spansOf(STRONG_PATIENT, this.text);
      if (OTHER_SCRIPT_LETTER.test(this.text) || LATIN_CARE_WORD.test(this.text)) {
        this.strongSpans.push(...spansOf(MULTILINGUAL_PATIENT_SETTING, this.text));
        if (CJK_LETTER.test(this.text)) this.strongSpans.push(...spansOf(CJK_PATIENT_SETTING, this.text));
      }
    }
    return this.strongSpans;
  }

  /** Beds, bays and rooms with a number: where one patient is. */
  get locators(): number[] {
    this.locatorSpans ??= spansOf(LOCATOR, this.text);
    return this.locatorSpans;
  }

  get weak(): number[] {
    this.weakSpans ??= spansOf(WEAK_PATIENT, this.text);
    return this.weakSpans;
  }

  get confidential(): number[] {
    if (this.confidentialSpans === undefined) {
      this.confidentialSpans = spansOf(STAFF_CONFIDENTIAL, this.text);
      if (OTHER_SCRIPT_LETTER.test(this.text))
        this.confidentialSpans.push(...spansOf(STAFF_CONFIDENTIAL_OTHER_SCRIPT, this.text));
    }
    return this.confidentialSpans;
  }

  get recognition(): boolean {
    this.recognised ??= RECOGNITION.test(this.text);
    return this.recognised;
  }

  /** Only looked for in posts that celebrate or thank someone. */
  get specific(): number[] {
    this.specificSpans ??= this.recognition ? spansOf(PATIENT_SPECIFIC, this.text) : [];
    return this.specificSpans;
  }

  /** Whether a post that celebrates or thanks someone says something about this person's own care. */
  celebratedNotCared(start: number, end: number): boolean {
    return this.recognition && !near(this.specific, start, end, 100, 110);
  }

  /** Whether a name at [start, end) reads as a patient's: a care setting close by. */
  isPatient(start: number, end: number): boolean {
    return (
      near(this.strong, start, end, 100, 110) ||
      (near(this.weak, start, end, 50, 70) && !near(this.confidential, start, end, 100, 110))
    );
  }
}

const LOCATOR = /\b(?:beds?|bay|cubicle|side room|room)\s*\d+[a-z]?\b/gi;
// "JP in side room 2", "MK (bed 14)": initials right before a bed, a bay or a room.
const INITIALS_BEFORE_LOCATOR = /\b[A-Z]{2,3}\s+(?:in\s+)?\(?(?:beds?|bay|cubicle|side room|room)\s*\d/;
const INITIALS_AT_LOCATOR = /\b[A-Z]{2,3}(?=\s+(?:in\s+)?\(?(?:beds?|bay|cubicle|side room|room)\s*\d)/g;

/** ASCII words of the other languages' care vocabulary, so texts without accents still get the multilingual cues. */
export const LATIN_CARE_WORD =
  /\b(?:leaba|bharda|barda|externare|oiom\w*|cuidados|avc|gurmadka|ganwyd|pwys|pacient\w*|paciente\w*|alta|planta|sali|sala|salonul|patul|spital\w*|szpital\w*|cama|claf|ysbyty|gwely|chhutti|chutti|dawai|davai|mareez|mariz|haspatal|letto|stanza|ricoverat\w*|dimess[oa]|chambre|zimmer|bett|intensivstation|yatak|numaral\w*|palat\w*|reanimacij\w*|qolka|sariirta)\b/i;

/**
 * The names in a patient, confidential-staff or identifier context, as [start, end, patient]
 * triples (patient 1 when a care setting makes the person a patient). The caller runs it only
 * when a context cue or an identifier is in the text.
 */
export function findListedNames(
  text: string,
  contextOf: () => NameContext,
  options: ListedNameOptions,
): number[] {
  const found: number[] = [];
  const list = candidates(text, options.notAName);
  const otherScript = otherScriptNames(text);
  if (list.length === 0 && otherScript.length === 0 && !INITIALS_BEFORE_LOCATOR.test(text)) return found;
  // The cues are looked for only once there is a name to judge.
  const context = contextOf();
  // Initials are a patient's only right before a numbered bed, bay or room.
  if (context.locators.length > 0) {
    const initials = spansOf(INITIALS_AT_LOCATOR, text);
    for (let i = 0; i < initials.length; i += 2) {
      const start = initials[i] as number;
      const end = initials[i + 1] as number;
      if (!isNotAName(text.slice(start, end).toLowerCase())) found.push(start, end, 1);
    }
  }
  // Names in scripts without capitals count beside a care setting, a confidential matter or an identifier.
  for (let i = 0; i < otherScript.length; i += 2) {
    const start = otherScript[i] as number;
    const end = otherScript[i + 1] as number;
    const cared = near(context.strong, start, end, 100, 110);
    if (
      cared ||
      near(context.confidential, start, end, 100, 110) ||
      near(options.identifiers, start, end, 70, 70)
    )
      found.push(start, end, cared ? 1 : 0);
  }
  for (const c of list) {
    // Part of an e-mail address, a handle or a link, or of the identifier itself ("hannah dot quinn at…").
    if (insideIdentifier(text, c, options)) continue;
    const patient = () => (context.isPatient(c.start, c.end) ? 1 : 0);
    // A lower-case name in a post with capitals counts only right beside a patient setting or an
    // identifier, in a post that thanks no one.
    if (c.kind === "lower") {
      // A colleague in confidence typed in lower case ("carl on nights had a panic attack") counts too.
      const beside =
        near(options.identifiers, c.start, c.end, 25, 25) ||
        near(context.confidential, c.start, c.end, 30, 50) ||
        (!context.recognition && near(context.strong, c.start, c.end, 30, 40) && !staffRoleNear(text, c));
      if (beside) found.push(c.start, c.end, patient());
      continue;
    }
    // A name beside an NHS number, NINO, date of birth or e-mail identifies its holder; so does a
    // phone number, address or postcode, unless the "name" is a family name alone (a place, often).
    if (
      near(options.identifiers, c.start, c.end, 70, 70) ||
      near(context.confidential, c.start, c.end, 100, 110) ||
      (c.kind !== "family" && c.kind !== "staff-titled" && near(options.contacts, c.start, c.end, 60, 60))
    ) {
      found.push(
        c.start,
        c.end,
        c.kind === "staff-titled" && !near(context.strong, c.start, c.end, 60, 60) ? 0 : patient(),
      );
      continue;
    }
    // Handover style: "bed 6 - Kowalczyk", "Okafor in bay 5": a family name right beside a bed or a bay.
    if (c.kind === "family" && !context.recognition && near(context.locators, c.start, c.end, 16, 24)) {
      found.push(c.start, c.end, 1);
      continue;
    }
    // A doctor or nurse by title is a colleague: named only beside an identifier or in a confidential matter.
    if (c.kind === "staff-titled" || c.kind === "family") continue;
    const staff = staffRoleNear(text, c);
    // In a post that thanks or celebrates, only a cue about this person's own care makes them a patient.
    const cared = CARE_VERB_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
    const inStrong =
      cared ||
      (context.recognition
        ? !staff && near(context.specific, c.start, c.end, 100, 110)
        : near(context.strong, c.start, c.end, 100, 110));
    if (inStrong) {
      found.push(c.start, c.end, 1);
      continue;
    }
    if (context.recognition || staff) continue;
    // A ward or a clinic alone does not make a first name a patient's (colleagues work there too); a title does.
    if (c.kind === "titled" && near(context.weak, c.start, c.end, 60, 80)) found.push(c.start, c.end, 1);
  }
  return found;
}

/**
 * The names in a post already found to be about a patient (a care detail or a description that
 * identifies one), as [start, end] pairs: a first name, a full name or a titled name there is most
 * likely the patient's, or their relative's (CPG58 §3.3: the name and the care together identify).
 * Colleagues by staff title or role, handles and e-mail addresses, and names in a title-case run
 * stay out. The caller runs it only when a rule reported the patient: the post is flagged already,
 * so this never flags a clean post, it only says which words to take out.
 */
export function namesInPatientPost(text: string, notAName: ReadonlySet<string>): number[] {
  const found: number[] = [];
  const lowerText = text === text.toLowerCase();
  for (const c of candidates(text, notAName, true)) {
    if (c.kind === "staff-titled") continue;
    // A lower-case word in a post with capitals is a name only beside a care setting (findListedNames).
    if (c.kind === "lower" && !lowerText) continue;
    if (insideIdentifier(text, c, NO_IDENTIFIERS) || staffRoleNear(text, c)) continue;
    if (c.kind !== "titled" && (afterAPlaceWord(text, c.start) || commonWordOpening(text, c))) continue;
    found.push(c.start, c.end);
  }
  found.push(...otherScriptNames(text));
  // Typed in a hurry: "mr singh in resus 2".
  if (text.includes("m")) found.push(...spansOf(LOWER_CASE_TITLED, text));
  return found;
}

// "from Norton", "in Ashby", "near Peckham": a capitalised word after these is a place more often than a person.
const PLACE_BEFORE = /\b(?:at|from|in|into|near|outside|inside|via|towards|off)\s+$/i;

function afterAPlaceWord(text: string, start: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 9), start));
}

// Articles and fillers of other languages and chat that the name lists also hold ("El chico…", "Yung lalaki…", "Ok,").
const NOT_A_NAME_HERE: ReadonlySet<string> = new Set("ok okay yung ang el la los las le les".split(" "));

/** "Man in his 40s…", "Lady who runs…", "Guy came in…": a common word opening a sentence is not a name here. */
function commonWordOpening(text: string, c: Candidate): boolean {
  const word = text.slice(c.start, c.end);
  if (NOT_A_NAME_HERE.has(word.toLowerCase())) return true;
  // "Frank, our oldest…", "Teddy's bloods": a comma or a possessive after it makes it a name again.
  const after = text.charCodeAt(c.end);
  if (after === 44 || after === 39 || after === 8217) return false;
  return !/\s/.test(word) && isCommonWord(fold(word.toLowerCase())) && sentenceInitial(text, c.start);
}

const LOWER_CASE_TITLED = /\b(?:mr|mrs|ms)\.?\s+[a-z][a-z'-]+\b/g;

const NO_IDENTIFIERS: ListedNameOptions = { notAName: new Set(), identifiers: [], contacts: [] };
