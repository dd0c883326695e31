import type { PiiMatch } from "./pii-match.js";

// 10 digits, usually grouped 3-3-4 with spaces or hyphens (NHS Data Dictionary), but
// CONTRACT.md §3 says "any spacing": a space, hyphen or dot (or " - ") between any digits.
// Not part of a longer number.
const NHS_NUMBER = /(?<![\w+£$€])(?<!\d[.,/])\d(?:(?: ?[-.] ?| )?\d){9}(?![\w]|[.,/]\d)/g;
// "call 0800 123456": a ten-digit dialling number after a phone word is a phone number.
const PHONE_WORD = /\b(?:call|tel|telephone|phone|ring|text|whatsapp|mobile|fax|line)\b[^\d\n]{0,12}$/i;
// "+44 7700 900123" is a phone number whose national part is 10 digits.
const INTERNATIONAL_PREFIX = /(?:\+\d{1,3}|\b00\d{1,3}|\(0\))[ -]?$/;

/** Modulus 11 check of an NHS number: weights 10..2 over the first nine digits. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}

export function detectNhsNumbers(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (!/\d{3}/.test(text)) return out;
  for (const m of text.matchAll(NHS_NUMBER)) {
    const digits = m[0].replace(/\D/g, "");
    if (!isValidNhsNumber(digits)) continue;
    const start = m.index;
    if (INTERNATIONAL_PREFIX.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (digits.startsWith("0") && PHONE_WORD.test(text.slice(Math.max(0, start - 25), start))) continue;
    out.push({ category: "pii.nhs_number", start, end: start + m[0].length, value: m[0] });
  }
  return out;
}
