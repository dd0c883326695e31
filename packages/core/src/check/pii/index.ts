import type { PiiCategory } from "../categories.js";
import { detectAddresses } from "./address.detector.js";
import { detectDatesOfBirth } from "./date-of-birth.detector.js";
import { detectEmails } from "./email.detector.js";
import { detectNhsNumbers } from "./nhs-number.detector.js";
import { detectNinos } from "./nino.detector.js";
import { detectPersonNames } from "./person-name.detector.js";
import { detectPhones, normalisePhone } from "./phone.detector.js";
import type { PiiMatch } from "./pii-match.js";
import { detectPostcodes, normalisePostcode } from "./postcode.detector.js";

export { isNhsEmail, isRoleMailbox } from "./email.detector.js";
export { isValidNhsNumber } from "./nhs-number.detector.js";
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

/**
 * Every piece of personal data in `text` (CONTRACT.md §3 `pii.*`), sorted by start.
 * Pure and synchronous so triage, the checker and the browser share it.
 */
export function findPii(text: string, allow?: PiiAllowList | CompiledPiiAllow): PiiMatch[] {
  let compiled = EMPTY;
  if (allow) {
    if (isCompiled(allow)) compiled = allow;
    else {
      compiled = cache.get(allow) ?? compilePiiAllow(allow);
      cache.set(allow, compiled);
    }
  }
  const nhs = detectNhsNumbers(text);
  // A span that is an NHS number is reported once, as the NHS number.
  const phones = detectPhones(text, compiled.phones).filter(
    (p) => !nhs.some((n) => p.start < n.end && p.end > n.start),
  );
  const all: PiiMatch[] = [
    ...nhs,
    ...detectNinos(text),
    ...detectPostcodes(text, compiled.postcodes),
    ...detectDatesOfBirth(text),
    ...phones,
    ...detectEmails(text, compiled.emails, compiled.mailboxWords),
    ...detectAddresses(text),
    ...detectPersonNames(text),
  ];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
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
