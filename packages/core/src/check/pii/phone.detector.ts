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

export function detectPhones(text: string, allow: ReadonlySet<string>): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 9 || digits.length > 14) continue;
    const parsed = parsePhoneNumberFromString(raw, "GB");
    if (!parsed?.isPossible()) continue;
    if (allow.has(parsed.number)) continue;
    const kind = kindOf(parsed.countryCallingCode, parsed.nationalNumber);
    // 03/08/09 numbers are organisational by design; never a person's own line.
    if (kind === "non-geographic") continue;
    if (kind === "geographic") {
      const before = textBefore(text, m.index, 60);
      if (ORGANISATIONAL_CUE.test(before) && !PERSONAL_CUE.test(before)) continue;
    }
    out.push({ category: "pii.phone", start: m.index, end: m.index + raw.length, value: raw });
  }
  return out;
}
