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

// "jo dot bloggs at gmail dot com": spelt out to dodge filters, still an address.
const SPELT_OUT =
  /\b[a-z0-9]+(?:\s*(?:\.|dot|_|underscore)\s*[a-z0-9]+)*\s*(?:@|\(at\)|\[at\]|\bat\b)\s*(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmail|sky)\s*(?:\.|dot)\s*(?:com|co\s*(?:\.|dot)\s*uk|net|org|uk)\b/gi;

/** Email addresses that look like a person's own (not a published team mailbox). */
export function detectEmails(
  text: string,
  allow: ReadonlySet<string>,
  extraRoleWords: ReadonlySet<string>,
): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (/ dot /i.test(text)) {
    for (const m of text.matchAll(SPELT_OUT)) {
      if (!m[0].includes("@"))
        out.push({ category: "pii.email", start: m.index, end: m.index + m[0].length, value: m[0] });
    }
  }
  if (!text.includes("@")) return out;
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0];
    if (allow.has(value.toLowerCase()) || isRoleMailbox(value, extraRoleWords)) continue;
    out.push({ category: "pii.email", start: m.index, end: m.index + value.length, value });
  }
  return out;
}
