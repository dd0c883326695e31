import type { PiiMatch } from "./pii-match.js";

// 10 digits, usually grouped 3-3-4 with spaces or hyphens (NHS Data Dictionary), but
// docs/interfaces.md §3 says "any spacing": a space, hyphen or dot (or " - ") between any digits.
// Not part of a longer number.
const NHS_NUMBER = /(?<![\w+£$€])(?<!\d[.,/])\d(?:(?: ?[-.] ?| )?\d){9}(?![\w]|[.,/]\d)/g;
// "call 0800 123456": a ten-digit dialling number after a phone word is a phone number.
const PHONE_WORD = /\b(?:call|tel|telephone|phone|ring|text|whatsapp|mobile|fax|line)\b[^\d\n]{0,12}$/i;
// "+44 7700 900123" is a phone number whose national part is 10 digits.
const INTERNATIONAL_PREFIX = /(?:\+\d{1,3}|\b00\d{1,3}|\(0\))[ -]?$/;

/** Modulus 11 check of an NHS number: weights 10..2 over the first nine digits. */
export function isValidNhsNumber(digits: string): boolean {
  return /^\d{10}$/.test(digits) && hasValidCheckDigit(digits);
}

/**
 * The modulus 11 check over the first ten digits of `span`, skipping its spacing, so a
 * matched "943 476 5919" is checked without building the digit string.
 */
function hasValidCheckDigit(span: string): boolean {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < span.length; i++) {
    const d = span.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (n === 9) {
      const check = 11 - (sum % 11);
      return check !== 10 && (check === 11 ? 0 : check) === d;
    }
    sum += d * (10 - n);
    n++;
  }
  return false;
}

/**
 * Appends the NHS numbers in `text` to `out` and returns how many. `from` is where the
 * first run of six digits starts (findPii's cheap scan): no NHS number starts before it.
 */
export function detectNhsNumbers(text: string, from: number, out: PiiMatch[]): number {
  const before = out.length;
  NHS_NUMBER.lastIndex = from;
  for (let m = NHS_NUMBER.exec(text); m !== null; m = NHS_NUMBER.exec(text)) {
    const value = m[0];
    if (!hasValidCheckDigit(value)) continue;
    const start = m.index;
    if (INTERNATIONAL_PREFIX.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (value.charCodeAt(0) === 48 && PHONE_WORD.test(text.slice(Math.max(0, start - 25), start))) continue;
    out.push({ category: "pii.nhs_number", start, end: start + value.length, value });
  }
  return out.length - before;
}
