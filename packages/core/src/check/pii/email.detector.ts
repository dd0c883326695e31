import { scanning, testFrom } from "./cue-union.js";
import type { PiiMatch } from "./pii-match.js";

const EMAIL =
  /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

// Shared mailboxes a team publishes: the address names a function, not a person.
const ROLE_WORDS = new Set(
  (
    "info enquiries enquiry contact contactus comms communications pals foi press media news recruitment careers " +
    "jobs hr admin administration office team service services bookings booking appointments referrals referral " +
    "hello help support feedback complaints complaint volunteering volunteers volunteer charity fundraising research " +
    "library training education events governors membership members it servicedesk helpdesk noreply no-reply " +
    "webmaster social socialmedia digital marketing newsletter reception switchboard general mailbox enquiries1 " +
    "patientexperience experience engagement involvement safeguarding governance ig dpo dataprotection privacy " +
    "freedomofinformation accounts finance payroll procurement estates facilities wellbeing health admissions"
  ).split(" "),
);

// Free webmail is always somebody's own inbox, whatever its local part says.
const FREE_MAIL =
  /@(?:gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|btinternet|btopenworld|sky|virginmedia|talktalk|protonmail|proton|gmx|mail)\./i;

export function isRoleMailbox(address: string, extraRoleWords: ReadonlySet<string>): boolean {
  if (FREE_MAIL.test(address)) return false;
  const local = (address.split("@")[0] ?? "").toLowerCase();
  if (ROLE_WORDS.has(local)) return true;
  for (const token of local.split(/[._+-]+|\d+/)) {
    if (token === "") continue;
    if (ROLE_WORDS.has(token) || extraRoleWords.has(token)) return true;
  }
  return false;
}

export function isNhsEmail(address: string): boolean {
  return /@(?:[\w-]+\.)*nhs\.(?:net|uk)$/i.test(address);
}

/** [A-Za-z0-9._%+-], the characters EMAIL allows before the "@". */
function isLocalPartChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 95 ||
    c === 37 ||
    c === 43 ||
    c === 45
  );
}

// "jo dot bloggs at gmail dot com": spelt out to dodge filters, still an address.
const SPELT_OUT =
  /\b[a-z0-9]+(?:\s*(?:\.|dot|\[dot\]|\(dot\)|_|underscore)\s*[a-z0-9]+)*\s*(?:@|\(at\)|\[at\]|\bat\b)\s*(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmail|proton|sky)\s*(?:\.|dot|\[dot\]|\(dot\))\s*(?:com|co\s*(?:\.|dot|\[dot\]|\(dot\))\s*uk|net|org|me|uk)\b/gi;

// An address spelt out always has " dot " (or "[dot]", "(dot)") in it.
const SPELT_OUT_CUE = / dot |\[dot\]|\(dot\)/i;
/** The whole-text tests that gate this detector, for findPii's single cue scan. */
export const EMAIL_CUES: readonly RegExp[] = [SPELT_OUT_CUE];
const SPELT_OUT_CUE_FROM = scanning(SPELT_OUT_CUE);

/**
 * Appends the email addresses that look like a person's own (not a published team mailbox)
 * to `out`. `cuesFrom` is where the first of EMAIL_CUES (or another detector's cue) matches,
 * -1 if none does.
 */
export function detectEmails(
  text: string,
  allow: ReadonlySet<string>,
  extraRoleWords: ReadonlySet<string>,
  cuesFrom: number,
  out: PiiMatch[],
): void {
  if (cuesFrom >= 0 && testFrom(SPELT_OUT_CUE_FROM, text, cuesFrom)) {
    SPELT_OUT.lastIndex = 0;
    for (let m = SPELT_OUT.exec(text); m !== null; m = SPELT_OUT.exec(text)) {
      if (!m[0].includes("@"))
        out.push({ category: "pii.email", start: m.index, end: m.index + m[0].length, value: m[0] });
    }
  }
  const at = text.indexOf("@");
  if (at < 0) return;
  // No address starts before the run of local-part characters in front of the first "@".
  let from = at;
  while (from > 0 && isLocalPartChar(text.charCodeAt(from - 1))) from--;
  EMAIL.lastIndex = from;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const value = m[0];
    if (allow.has(value.toLowerCase()) || isRoleMailbox(value, extraRoleWords)) continue;
    out.push({ category: "pii.email", start: m.index, end: m.index + value.length, value });
  }
}
