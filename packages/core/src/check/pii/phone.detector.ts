import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { PiiMatch } from "./pii-match.js";
import { textBefore } from "./pii-match.js";

// A run that starts like a dialled number (0…, +…, 00…, (0…) and carries 9–13 digits.
// libphonenumber-js then decides whether it is a possible number at all.
const CANDIDATE = /(?<![\w+])(?:\+|00|\(0|0)[\d ().-]{8,18}\d(?![\w])/g;

// Said just before a landline, these mark a published organisational number, not a
// person's own (CPG58 §3.3 protects the person, not the ward's phone line).
const ORGANISATIONAL_CUE =
  /\b(?:switchboard|helpline|help line|advice line|line|reception|appointments?|bookings?|enquir(?:y|ies)|call us|ring us|phone us|contact us|call the|ring the|contact the|team|ward|department|dept|clinic|service|office|pals|hub|centre|center|unit|surgery|practice|hospital|trust|desk|main number|tel(?:ephone)?\s*(?:no|number)?)\b[^.!?\n]{0,30}$/i;
const PERSONAL_CUE =
  /\b(?:me|my|mine|his|her|their|home|mobile|mob|personal|private|whatsapp|text me)\b[^.!?\n]{0,20}$/i;

export type PhoneKind = "mobile" | "geographic" | "non-geographic" | "international";

export function normalisePhone(value: string): string | undefined {
  const parsed = parsePhoneNumberFromString(value, "GB");
  return parsed?.isPossible() ? parsed.number : undefined;
}

function kindOf(countryCode: string, national: string): PhoneKind {
  if (countryCode !== "44") return "international";
  if (national.startsWith("7")) return "mobile";
  if (national.startsWith("1") || national.startsWith("2")) return "geographic";
  return "non-geographic";
}

// A UK national number starts 1, 2, 3, 5, 7, 8 or 9 (character codes).
const UK_LEADING_DIGIT = new Set([49, 50, 51, 53, 55, 56, 57]);
const NON_DIGITS = /\D/g;

/**
 * UK numbers in national or +44 form are classified directly from their digits (the
 * numbering plan is simple and this is the hot path); anything else goes to
 * libphonenumber-js.
 */
function parseCandidate(raw: string, digits: string): { e164: string; kind: PhoneKind } | undefined {
  let national: string | undefined;
  if (raw.startsWith("+44")) national = digits.slice(2);
  else if (raw.startsWith("0044")) national = digits.slice(4);
  else if (!raw.startsWith("+") && !raw.startsWith("00")) national = digits.slice(1);
  if (national !== undefined) {
    if (national.startsWith("0")) national = national.slice(1); // "+44 (0)1206 …"
    if (national.length < 9 || national.length > 10 || !UK_LEADING_DIGIT.has(national.charCodeAt(0)))
      return undefined;
    return { e164: `+44${national}`, kind: kindOf("44", national) };
  }
  const parsed = parsePhoneNumberFromString(raw, "GB");
  if (!parsed?.isPossible()) return undefined;
  return { e164: parsed.number, kind: kindOf(parsed.countryCallingCode, parsed.nationalNumber) };
}

function countDigits(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Appends the personal phone numbers in `text` to `out`. The scan starts at 0 even though
 * a phone number contains a run of six digits: a rejected candidate with fewer digits
 * ("0 ......... 1") still moves the scan on, so starting later could change what is found.
 */
export function detectPhones(text: string, allow: ReadonlySet<string>, out: PiiMatch[]): void {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const raw = m[0];
    const count = countDigits(raw);
    if (count < 9 || count > 14) continue;
    const parsed = parseCandidate(raw, raw.replace(NON_DIGITS, ""));
    if (!parsed || allow.has(parsed.e164)) continue;
    const { kind } = parsed;
    // 03/08/09 numbers are organisational by design; never a person's own line.
    if (kind === "non-geographic") continue;
    if (kind === "geographic") {
      const before = textBefore(text, m.index, 60);
      if (ORGANISATIONAL_CUE.test(before) && !PERSONAL_CUE.test(before)) continue;
    }
    out.push({ category: "pii.phone", start: m.index, end: m.index + raw.length, value: raw });
  }
}
