import { scanning, testFrom, unionOfCues } from "./cue-union.js";
import { findListedNames, LATIN_CARE_WORD, NameContext, namesInPatientPost } from "./listed-names.js";
import {
  CJK_LETTER,
  CJK_PATIENT_SETTING,
  MULTILINGUAL_PATIENT_SETTING,
  OTHER_SCRIPT_LETTER,
  STAFF_CONFIDENTIAL,
  STAFF_CONFIDENTIAL_OTHER_SCRIPT,
  STRONG_PATIENT_GATE,
  WEAK_PATIENT,
} from "./name-contexts.js";
import type { PiiMatch } from "./pii-match.js";
import { windowAround } from "./pii-match.js";

// "Patel", "O'Neill", "McDonald", "Smith-Jones", "Dlamini's"
const NAME = "(?:O['’]|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s\\b)?";
// "Mrs Patel", "Mr John Smith"
const TITLED = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?\s+${NAME}(?:\s+${NAME})?`, "g");
// Staff titles only count next to a confidential-staff cue: "Dr Farah Siddiqui has been suspended".
const STAFF_TITLED = new RegExp(
  String.raw`\b(?:Dr|Doctor|Sister|Nurse|Matron|Prof|Professor|Charge Nurse)\.?\s+${NAME}(?:\s+${NAME})?`,
  "g",
);
// Handover shorthand, an initial after a title: "Bed 3 Mrs K", "Mr T. in bay 2" (counted beside a strong cue only).
const TITLED_INITIAL = /\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\b(?!['’&-])/g;
// Shouted: "MR JONES IN BED 4".
const UPPER_TITLED = /\b(?:MR|MRS|MS|MISS)\.?\s+[A-Z]{2,}(?:-[A-Z]{2,})?\b/g;
// Typed in a hurry: "mrs chen (lin chen, bay 2)".
// "miss" is also the verb ("gonna miss these lot", "miss you all"): not before a pronoun, an article or an -ing word.
const LOWER_TITLED =
  /\b(?:mr|mrs|ms|miss(?!\s+(?:these|those|this|that|the|a|an|you|u|ya|him|her|them|it|me|us|my|our|your|his|their|everyone|everybody|all|out|seeing|working|having|being|\w+ing)\b))\.?\s+[a-z][a-z'-]{1,}\b/g;
// Notes style: "Patient: O'SULLIVAN, Maeve", "Name: Jo Bloggs".
const LABELLED = /\b(?:patient|pt|name|service user)\s*:\s*([A-Z][A-Za-z'’-]+,?\s+[A-Z][a-z]+)/gi;
// "to the Kowalski family"
const FAMILY = new RegExp(
  String.raw`\bthe\s+(${NAME})\s+family\b(?!\s+(?:hubs?|centres?|centers?|services?|support|liaison|rooms?|days?|fun|friendly|nurses?|partnership|groups?|court|law|practice|planning|therapy|team))`,
  "g",
);
// "patient John Smith", "service user called Amy", "Amy (patient)", "Tom in bed 4"
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b(?:patient|service user|resident|client|inpatient|outpatient)s?(?:\s+(?:called|named))?,?\s+(${NAME}(?:\s+${NAME})?)`,
  "g",
);
const NAME_THEN_PLACE = new RegExp(
  String.raw`\b(${NAME}(?:\s+${NAME})?)(?:,\s*\d{1,3},)?\s*(?:\(|\s(?:(?:is|was)\s+)?(?:in|from|on)\s+)(?:(?:bed|bay|cubicle|side room|room|ward)\s*\d|(?:the\s+)?[A-Z][a-z]+\s+(?:Ward|Unit)\b)`,
  "g",
);
// A name right before a date of birth in a list or a record: "Okafor, DOB 3/4/51", "Jan Kowal (born 1950".
const NAME_BEFORE_DOB = new RegExp(
  String.raw`\b(${NAME}(?:\s+${NAME})?),?\s+\(?(?:DOB|D\.O\.B\.?|dob|d\.o\.b\.?|born)\b`,
  "g",
);
// Two capitalised words, only counted next to a strong patient or confidential-staff cue.
const FULL_NAME = new RegExp(String.raw`\b(${NAME})\s+(${NAME})\b`, "g");

// Patient, service-user or confidential staff context (CPG58 §3.3, RWT §4.3.4: sickness absence).
const PATIENT_WORD = /\b(?:patients?|service users?|residents?)\b/i;
const STRONG_CUE =
  /\b(?:bed\s*\d|bay\s*\d|cubicle|side room|admitted|admissions?|readmi\w+|discharged?|diagnos\w*|overdose|chemo\w*|sectioned|detained|awol|suspended|disciplinary|sacked|dismissed|off sick|off with stress|off with|sick leave|sickness absence|stress leave|grievance|misconduct|capability|under investigation|struck off|drugs? test|failed (?:his|her|their) \w+|rehab|relapsed?|investigation|walked off|escorted off|leaving over|deteriorat\w*|high dependency|hdu|icu|itu|intensive care|depot|injection|check on|back in (?:our|the)|(?:his|her|their) stay|in your thoughts|wrong diet|dbs|fitness to practise|nmc referral|gmc referral)\b/i;
const CARE_CUE =
  /\b(?:handover|insulin|meds|medication|nicu|born|ward|surgery|operation|treated|treatment|scan|died|passed away|recovering|a&e|icu|itu|hdu|resus|clinic|appointment|condition|cancer|dementia|stroke|fracture|fell|fall|injur\w*|illness|unwell|mental health|in hospital|visit(?:ed|ing)?)\b/i;
const RECOGNITION_CUE =
  /\b(?:consultant|surgeon|performed|clinical lead|director|chief|congratulat\w*|awards?|welcome|thank(?:s|\s+you)?|well done|shortlisted|winners?|won(?!['’]t)|retir(?!ed\s+(?:[a-z]+\s+){0,2}(?:teacher|headteacher|headmaster|headmistress|miner|policeman|police officer|officer|vicar|builder|farmer|soldier|postman|bus driver|lorry driver|taxi driver|driver|engineer|lecturer|professor|judge|footballer|boxer|nurse|gp|doctor|midwife|dentist|butcher|plumber|electrician|fireman|firefighter|pilot|sailor|priest|councillor|solicitor|accountant|steelworker|docker)\b)\w*|proud|celebrat\w*|appointed|joins?|joined|donat\w*|fundrais\w*|volunteer\w*|meet)\b/i;

const ANY_TRIGGER =
  /\b(?:patients?|service users?|residents?|clients?|inpatients?|outpatients?|family|pt|name|mr|mrs|ms|miss|mx|master|dr|doctor|sister|nurse|matron|prof|professor|ward|unit)\b|\b(?:bed|bay|cubicle|room)\s*\d/i;

const NOT_A_NAME = new Set(
  (
    "The Our We Ward Bay Bed Unit Hospital Trust Team Service Services Centre Center Clinic Day Week Month Year Safety " +
    "Experience Care Advice Liaison Records Information Feedback Story Stories Council Panel Group Forum Survey Voice " +
    "Leaders Partners Ambassador Involvement Engagement Champion Transport Monday Tuesday Wednesday Thursday Friday " +
    "Saturday Sunday January February March April May June July August September October November December Emergency " +
    "Department Accident Road Street Lane Health Mental Community General Royal University Foundation National Today " +
    "This That Please Thank Thanks Happy Well Big Huge Great Congratulations Welcome Nurse Doctor Sister Matron Staff " +
    "Intensive Maternity Children Adult Outpatients Inpatients Surgery Medical Clinical Nursing Patient Patients And " +
    "Family Friends Test Speak Up Freedom Guardian Awards Award Star Stars Quality Improvement Network Board Chief " +
    "Executive Officer Director Manager Lead Head Practice Recovery College Course Programme Project Review Report " +
    "Plan Strategy Policy Annual General Meeting Open Event Festival Campaign Appeal Fund Charity Hub Room Suite " +
    "Station Street Avenue Close Drive Way Park Green Hill House Lodge Court Centre Unit Round Rounds Block Wing Floor Level " +
    "Ward Wards Nurses Doctors Team Teams Staff Services Department Hospitals Trusts Primary Secondary School " +
    "Bank Holiday Christmas Easter New Year Eve Day Night Morning Evening Afternoon Good Bad Best Better Well " +
    "Co Poor Lovely Sweet Dear Little Old Young Bless Bless Sadly Today Tonight Older Persons Person People Elderly Young Exercise Gym Over Under Just Still Very Really Only Also Even Every Each Some Any All No Not Yes Hi Hello Dear Thank Thanks Sorry"
  ).split(" "),
);

function plausibleName(value: string): boolean {
  return value.split(/\s+/).every((word) => !NOT_A_NAME.has(word));
}

/** A capitalised pair inside a longer Title Case run ("Freedom to Speak Up Month") is a title, not a name. */
function insideTitle(text: string, start: number, end: number): boolean {
  // A capitalised word before the pair counts unless it opens the sentence ("Visiting Gita Bhattacharya").
  const before = text.slice(Math.max(0, start - 40), start);
  const inTitle =
    /(?:^|[^.!?:\n]\s)[A-Z][a-z]+\s+$/.test(before) && !/(?:^|[.!?:\n]\s*)[A-Z][a-z]+\s+$/.test(before);
  return inTitle || /^\s+[A-Z]/.test(text.slice(end, end + 3));
}

function inContext(text: string, start: number, end: number, strongOnly: boolean): boolean {
  const around = windowAround(text, start, end, 90, 110);
  // Locators (bed 4), admissions and HR matters identify whatever the tone of the post.
  if (STRONG_CUE.test(around)) return true;
  // Staff award and thank-you posts name people near the word "patients" all the time.
  if (RECOGNITION_CUE.test(around)) return false;
  if (PATIENT_WORD.test(around)) return true;
  return !strongOnly && CARE_CUE.test(around);
}

// Every name pattern but the lower-case and labelled ones needs a capitalised word.
const CAPITALISED = /[A-Z][a-z]/;

const caseless = (re: RegExp) => new RegExp(re.source, "i");
/** The whole-text tests that gate this detector, for findPii's single cue scan. */
export const PERSON_NAME_CUES: readonly RegExp[] = [
  ANY_TRIGGER,
  STRONG_CUE,
  STRONG_PATIENT_GATE,
  caseless(WEAK_PATIENT),
  caseless(STAFF_CONFIDENTIAL),
];
const TITLED_PATTERN_CUES = scanning(unionOfCues([ANY_TRIGGER, STRONG_CUE]));
const LISTED_NAME_CUES = scanning(unionOfCues(PERSON_NAME_CUES.slice(2)));
// Keeps the "u" flag: without it \p{L} in the pattern is no letter class and the cue never matched.
const MULTILINGUAL_CUE = new RegExp(MULTILINGUAL_PATIENT_SETTING.source, "iu");
const CJK_CUE = new RegExp(CJK_PATIENT_SETTING.source, "u");
const OTHER_CONFIDENTIAL_CUE = new RegExp(STAFF_CONFIDENTIAL_OTHER_SCRIPT.source, "u");
// "Colchester Primary Care Centre", "Freedom To Speak Up Guardian": a capitalised word on each side.
const TITLE_CASE_BEFORE = /(?:^|[^.!?:\n]\s)\p{Lu}\p{Ll}+\s+$/u;
const TITLE_CASE_AFTER = /^\s+\p{Lu}\p{Ll}/u;

function insideTitleCaseRun(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 4);
  return TITLE_CASE_BEFORE.test(before) && !sentenceOpens(before) && TITLE_CASE_AFTER.test(after);
}

// "The Elizabeth Garrett Anderson unit", "Mary Seacole ward": a name that, with the capitalised word
// after it, names a place.
const PLACE_AFTER_NAME =
  /^\s+\p{Lu}\p{Ll}+\s+(?:[Uu]nit|[Ww]ard|[Ww]ing|[Cc]ent(?:re|er)|[Ss]uite|[Bb]uilding|[Hh]ouse|[Hh]ospital|[Ll]odge|[Cc]linic|[Hh]all|[Ll]ibrary|[Rr]oom|[Tt]heatre)\b/u;

function namesAPlace(text: string, end: number): boolean {
  return PLACE_AFTER_NAME.test(text.slice(end, end + 40));
}

function sentenceOpens(before: string): boolean {
  return /(?:^|[.!?:\n]\s*)\p{Lu}\p{Ll}+\s+$/u.test(before);
}

/** Names found so far; a later pattern's match that overlaps one is dropped. */
class NameSpans {
  private readonly taken: Array<[number, number]> = [];
  private context?: NameContext;
  constructor(
    private readonly out: PiiMatch[],
    private readonly text: string,
  ) {}

  /** The text's care and confidential cues, found on first use. */
  contextOf(): NameContext {
    this.context ??= new NameContext(this.text);
    return this.context;
  }

  /** Adds a name; `patient` says whether a care setting makes them a patient (undefined: look). */
  push(start: number, value: string, patient?: boolean): void {
    const end = start + value.length;
    if (this.taken.some(([s, e]) => start < e && end > s)) return;
    this.taken.push([start, end]);
    const isPatient = patient ?? this.contextOf().isPatient(start, end);
    this.out.push(
      isPatient
        ? { category: "pii.person_name", start, end, value, patient: true }
        : { category: "pii.person_name", start, end, value },
    );
  }
}

/** A title and a name, kept if the post around it is about a patient (or, for `strongOnly`, a strong cue). */
function findTitled(text: string, re: RegExp, strongOnly: boolean, names: NameSpans): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (inContext(text, m.index, m.index + m[0].length, strongOnly)) names.push(m.index, m[0]);
  }
}

/**
 * A name in group 1 of a pattern that is itself the context. With `celebrated`, a post that thanks
 * or welcomes someone keeps the name only if something about their own care is near
 * ("Congratulations to Harriet on ward 3" is a colleague; "Thank you Doris in bed 4" is not).
 */
function findNamed(text: string, re: RegExp, names: NameSpans, celebrated = false): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let name = m[1] ?? "";
    // "Poor Doris on ward 7": drop a leading word that is not a name.
    const words = name.split(/\s+/);
    if (words.length === 2 && NOT_A_NAME.has(words[0] ?? "")) name = words[1] ?? "";
    if (!plausibleName(name)) continue;
    const start = m.index + m[0].indexOf(name);
    if (celebrated && names.contextOf().celebratedNotCared(start, start + name.length)) continue;
    names.push(start, name);
  }
}

const PERSONAL_IDENTIFIERS: ReadonlySet<string> = new Set([
  "pii.nhs_number",
  "pii.nino",
  "pii.date_of_birth",
  "pii.email",
]);
const CONTACT_DETAILS: ReadonlySet<string> = new Set(["pii.phone", "pii.address", "pii.postcode"]);

/** [start, end] pairs of the PII found so far of the given categories. */
function spansOf(out: readonly PiiMatch[], categories: ReadonlySet<string>): number[] {
  const spans: number[] = [];
  for (const m of out) if (categories.has(m.category)) spans.push(m.start, m.end);
  return spans;
}

/**
 * Appends the named individuals in a patient, service-user or confidential-staff context to
 * `out`, which holds the post's other PII matches so far. `cuesFrom` is where the first of
 * PERSON_NAME_CUES (or another detector's cue) matches, -1 if none does.
 */
export function detectPersonNames(text: string, cuesFrom: number, out: PiiMatch[]): void {
  const identifiers = spansOf(out, PERSONAL_IDENTIFIERS);
  const contacts = spansOf(out, CONTACT_DETAILS);
  const titledCue = cuesFrom >= 0 && testFrom(TITLED_PATTERN_CUES, text, cuesFrom);
  const listedCue =
    identifiers.length > 0 ||
    contacts.length > 0 ||
    (cuesFrom >= 0 && testFrom(LISTED_NAME_CUES, text, cuesFrom)) ||
    ((OTHER_SCRIPT_LETTER.test(text) || LATIN_CARE_WORD.test(text)) &&
      (MULTILINGUAL_CUE.test(text) ||
        (CJK_LETTER.test(text) && CJK_CUE.test(text)) ||
        OTHER_CONFIDENTIAL_CUE.test(text)));
  // Every pattern needs a title, a role word, a locator, a care setting, a confidential matter or an identifier.
  if (!titledCue && !listedCue) return;
  // Names never overlap one another, so findPii's sort by position puts them in order.
  const names = new NameSpans(out, text);
  const capitalised = CAPITALISED.test(text);
  if (capitalised && identifiers.length > 0) findNamed(text, NAME_BEFORE_DOB, names);
  if (titledCue) findTitledPatterns(text, capitalised, names);
  if (listedCue) {
    const found = findListedNames(text, () => names.contextOf(), {
      notAName: NOT_A_NAME,
      identifiers,
      contacts,
    });
    for (let i = 0; i < found.length; i += 3) {
      const start = found[i] as number;
      const end = found[i + 1] as number;
      if (insideTitleCaseRun(text, start, end) || namesAPlace(text, end)) continue;
      names.push(start, text.slice(start, end), found[i + 2] === 1);
    }
  }
}

/** The patterns with a title, a role word or a locator in them, in order of precedence. */
function findTitledPatterns(text: string, capitalised: boolean, names: NameSpans): void {
  // Each pattern runs only if the characters it needs are there; the order is the precedence.
  if (capitalised) findTitled(text, TITLED, false, names);
  if (capitalised) findTitled(text, STAFF_TITLED, true, names);
  if (capitalised) findTitled(text, TITLED_INITIAL, true, names);
  findTitled(text, LOWER_TITLED, true, names);
  if (text.includes("M")) findTitled(text, UPPER_TITLED, true, names);
  if (capitalised) findNamed(text, ROLE_THEN_NAME, names);
  if (capitalised) findNamed(text, NAME_THEN_PLACE, names, true);
  if (text.includes(":")) findNamed(text, LABELLED, names);
  if (capitalised && text.includes("family")) findNamed(text, FAMILY, names);
  if (!capitalised) return;
  // Step one word at a time so "Visiting Gita Bhattacharya" still finds the second pair.
  FULL_NAME.lastIndex = 0;
  for (let m = FULL_NAME.exec(text); m; m = FULL_NAME.exec(text)) {
    const start = m.index;
    FULL_NAME.lastIndex = start + (m[1]?.length ?? 1) + 1;
    if (!plausibleName(m[0]) || insideTitle(text, start, start + m[0].length)) continue;
    // A capitalised pair that opens a sentence may just be two capitalised words.
    if (inContext(text, start, start + m[0].length, true)) names.push(start, m[0]);
  }
}

/**
 * The names in a post a rule already found to be about a patient, as [start, end] pairs
 * (listed-names.ts, namesInPatientPost), without names inside a title-case run ("Peter Pan Ward").
 */
export function namesOfPatientPost(text: string): number[] {
  const spans = namesInPatientPost(text, NOT_A_NAME);
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    if (!insideTitleCaseRun(text, start, end)) out.push(start, end);
  }
  return out;
}
