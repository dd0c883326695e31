import type { PiiCategory } from "../categories.js";
import { ADDRESS_CUES, detectAddresses } from "./address.detector.js";
import { unionOfCues } from "./cue-union.js";
import { DATE_OF_BIRTH_CUES, detectDatesOfBirth, detectNamedBirthDates } from "./date-of-birth.detector.js";
import { detectEmails, EMAIL_CUES } from "./email.detector.js";
import { detectNhsNumbers } from "./nhs-number.detector.js";
import { detectNinos } from "./nino.detector.js";
import { detectPersonNames, PERSON_NAME_CUES } from "./person-name.detector.js";
import { detectPhones, normalisePhone } from "./phone.detector.js";
import type { PiiMatch } from "./pii-match.js";
import { detectPostcodes, normalisePostcode } from "./postcode.detector.js";

export { isNhsEmail, isRoleMailbox } from "./email.detector.js";
export { isValidNhsNumber } from "./nhs-number.detector.js";
export { namesOfPatientPost } from "./person-name.detector.js";
export { normalisePhone } from "./phone.detector.js";
export type { PiiMatch } from "./pii-match.js";
export { normalisePostcode } from "./postcode.detector.js";

/** Published numbers, postcodes and mailboxes that are never a person's data. */
export interface PiiAllowList {
  readonly phones?: readonly string[];
  readonly postcodes?: readonly string[];
  readonly emails?: readonly string[];
  /** Extra words that mark a shared mailbox (e.g. the trust's abbreviation). */
  readonly mailboxWords?: readonly string[];
}

/** An allow-list normalised once, for the hot path. */
export interface CompiledPiiAllow {
  readonly phones: ReadonlySet<string>;
  readonly postcodes: ReadonlySet<string>;
  readonly emails: ReadonlySet<string>;
  readonly mailboxWords: ReadonlySet<string>;
}

// The national numbers that are never personal data: NHS 111, 999, Samaritans 116 123
// and SHOUT's 85258 are too short to be picked up; these are their long forms.
const NATIONAL_NUMBERS = ["0800 111 999", "0300 123 3393", "0800 068 4141"];

export function compilePiiAllow(allow: PiiAllowList = {}): CompiledPiiAllow {
  const phones = new Set<string>();
  for (const raw of [...NATIONAL_NUMBERS, ...(allow.phones ?? [])]) {
    const e164 = normalisePhone(raw);
    if (e164) phones.add(e164);
  }
  return {
    phones,
    postcodes: new Set((allow.postcodes ?? []).map(normalisePostcode)),
    emails: new Set((allow.emails ?? []).map((e) => e.toLowerCase())),
    mailboxWords: new Set((allow.mailboxWords ?? []).map((w) => w.toLowerCase())),
  };
}

const EMPTY = compilePiiAllow();
const cache = new WeakMap<PiiAllowList, CompiledPiiAllow>();

function isCompiled(allow: PiiAllowList | CompiledPiiAllow): allow is CompiledPiiAllow {
  return allow.phones instanceof Set;
}

const DIGIT = /\d/;
const SLASHED_DIGITS = /\d[/.-]\d/;
// Six digits with only spacing or punctuation between them: every NHS number, NINO and
// phone number contains such a run, so most posts skip those detectors after one cheap scan,
// and the NHS number and NINO scans start at the first run instead of the start.
const DIGIT_CLUSTER = /\d(?:[ ().+-]*\d){5}/;
// Every cue word the other detectors test the whole text for, in one scan (see cue-union.ts).
const CUES = unionOfCues([...DATE_OF_BIRTH_CUES, ...EMAIL_CUES, ...ADDRESS_CUES, ...PERSON_NAME_CUES]);

/** Removes the matches from `first` on that overlap one of the first `count` matches. */
function dropOverlaps(out: PiiMatch[], first: number, count: number): void {
  for (let i = out.length - 1; i >= first; i--) {
    const p = out[i] as PiiMatch;
    for (let j = 0; j < count; j++) {
      const n = out[j] as PiiMatch;
      if (p.start < n.end && p.end > n.start) {
        out.splice(i, 1);
        break;
      }
    }
  }
}

function byPosition(a: PiiMatch, b: PiiMatch): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Every piece of personal data in `text` (docs/interfaces.md §3 `pii.*`), sorted by start.
 * Pure and synchronous so triage, the checker and the browser share it.
 */
export function findPii(text: string, allow?: PiiAllowList | CompiledPiiAllow): PiiMatch[] {
  return findSome(text, allow, true);
}

/** Spelt-out email addresses (EMAIL_CUES) need " dot ", "[dot]" or "(dot)": a cheap test for the cue scan's need. */
const DOT = /dot/i;

/**
 * Whether `text` holds personal data other than a person's name (triage's contains_pii flag needs
 * nothing more): the same detectors as findPii but the name detector, which only ever adds names,
 * and the cue scan only where a detector can use it (a digit, or "dot" for a spelt-out address).
 */
export function hasPiiOtherThanNames(text: string): boolean {
  return findSome(text, undefined, false).length > 0;
}

function findSome(
  text: string,
  allow: PiiAllowList | CompiledPiiAllow | undefined,
  names: boolean,
): PiiMatch[] {
  let compiled = EMPTY;
  if (allow) {
    if (isCompiled(allow)) compiled = allow;
    else {
      compiled = cache.get(allow) ?? compilePiiAllow(allow);
      cache.set(allow, compiled);
    }
  }
  const out: PiiMatch[] = [];
  // `search` gives the index without building a match array.
  const from = text.search(DIGIT_CLUSTER);
  const digit = from >= 0 || DIGIT.test(text);
  // Without names, the cues matter only to dates and addresses (a digit) and spelt-out emails ("dot").
  const cuesFrom = names || digit || DOT.test(text) ? text.search(CUES) : -1;
  // Dates and addresses need a digit.
  const digitCuesFrom = cuesFrom >= 0 && digit ? cuesFrom : -1;
  const nhsCount = from < 0 ? 0 : detectNhsNumbers(text, from, out);
  if (from >= 0) detectNinos(text, from, out);
  detectPostcodes(text, compiled.postcodes, out);
  detectDatesOfBirth(text, digitCuesFrom, out);
  // A full name then a date with a year of birth needs a date's slash, dot or dash between digits.
  if (digit && SLASHED_DIGITS.test(text)) detectNamedBirthDates(text, out);
  if (from >= 0) {
    const firstPhone = out.length;
    detectPhones(text, compiled.phones, out);
    // A span that is an NHS number is reported once, as the NHS number.
    if (nhsCount > 0) dropOverlaps(out, firstPhone, nhsCount);
  }
  detectEmails(text, compiled.emails, compiled.mailboxWords, cuesFrom, out);
  detectAddresses(text, digitCuesFrom, out);
  if (names) detectPersonNames(text, cuesFrom, out);
  return out.length > 1 ? out.sort(byPosition) : out;
}

export const PII_REDACTIONS: Readonly<Record<PiiCategory, string>> = {
  "pii.nhs_number": "[NHS number removed]",
  "pii.nino": "[NI number removed]",
  "pii.postcode": "[postcode removed]",
  "pii.date_of_birth": "[date of birth removed]",
  "pii.phone": "[phone number removed]",
  "pii.email": "[email removed]",
  "pii.address": "[address removed]",
  "pii.person_name": "[name removed]",
};
