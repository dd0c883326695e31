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

export function isRoleMailbox(address: string, extraRoleWords: ReadonlySet<string>): boolean {
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

/** Email addresses that look like a person's own (not a published team mailbox). */
export function detectEmails(
  text: string,
  allow: ReadonlySet<string>,
  extraRoleWords: ReadonlySet<string>,
): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (!text.includes("@")) return out;
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0];
    if (allow.has(value.toLowerCase()) || isRoleMailbox(value, extraRoleWords)) continue;
    out.push({ category: "pii.email", start: m.index, end: m.index + value.length, value });
  }
  return out;
}
