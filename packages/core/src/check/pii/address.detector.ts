import { scanning, testFrom, unionOfCues } from "./cue-union.js";
import type { PiiMatch } from "./pii-match.js";

const STREET_TYPES =
  "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|walk|hill|row|mews|square|sq|park|view|rise|green|parade|boulevard|wharf|croft|meadows?|fields|chase|vale|gate|approach|cottages|villas";
// "14 Acacia Avenue", "Flat 2, 7 Mill Lane": a house number, a capitalised street name
// and a street type. Capitals keep "12 hour shift close to…" out.
const TITLED = new RegExp(
  String.raw`(?<![\w£$.,])(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'-]+\s+){1,3}(?:${STREET_TYPES.replace(/\b([a-z])/g, (c) => c.toUpperCase())})\b\.?`,
  "g",
);
// Any case after an address cue within a few words: "new house! 12 rowan close".
const CUED = new RegExp(
  String.raw`\b(?:lives?|living|staying|stays|moved|address(?:\s+is)?|home|house|flat|parking across|outside|round to|over to|party at)\b[^.?\n\d]{0,25}?((?:(?:flat|apartment|apt)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[a-z][a-z'-]+\s+){1,3}(?:${STREET_TYPES})\b)`,
  "gi",
);
// A delivery cue and a number with a capitalised name, no street type: "post it through 3 Holly Bank,".
const DELIVERY =
  /\b(?:(?:to|for)\s+(?:me|us|her|him|them)\s+at|post(?:\s+it)?\s+through|deliver(?:ed)?\s+(?:it\s+)?to|drop(?:\s+it)?(?:\s+off)?\s+at|send\s+(?:it\s+)?to|lives?\s+at|living\s+at)\s+(\d{1,4}[A-Za-z]?,?\s+(?:The\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})/g;

// Urdu (and Persian or Arabic) script: street types written as the English word sounds.
const ARABIC_LETTERS = "\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c";
const URDU_STREET_TYPES =
  "روڈ|رود|سٹریٹ|اسٹریٹ|سٹریت|سڑک|لین|کورٹ|ایونیو|کلوز|ڈرائیو|وے|گارڈنز|گارڈن|پلیس|کریسنٹ|ٹیرس|گرو|ہل|واک|اسکوائر|سکوائر|مئیوز|میوز|پارک|شارع";
// "14 ہائی سٹریٹ", "فلیٹ 4، 9 ملبری کورٹ": a house number, one to three words of the name, a street type.
const URDU_SCRIPT = new RegExp(
  String.raw`(?<![0-9\u06f0-\u06f9\u0660-\u0669])[0-9\u06f0-\u06f9\u0660-\u0669]{1,4}[\u060c,]?\s+(?:[${ARABIC_LETTERS}]+\s+){1,3}(?:${URDU_STREET_TYPES})(?![${ARABIC_LETTERS}])`,
  "g",
);
const URDU_STREET_WORD = new RegExp(`(?:${URDU_STREET_TYPES})`, "i");

const STREET_WORD = new RegExp(String.raw`\b(?:${STREET_TYPES})\b`, "i");
const DELIVERY_CUE = /\b(?:at|through|to)\s+\d/i;

/** The whole-text tests that gate this detector, for findPii's single cue scan. */
export const ADDRESS_CUES: readonly RegExp[] = [STREET_WORD, DELIVERY_CUE, URDU_STREET_WORD];
const STREET_WORD_FROM = scanning(STREET_WORD);
const DELIVERY_CUE_FROM = scanning(DELIVERY_CUE);
const ANY_ADDRESS_CUE_FROM = scanning(unionOfCues(ADDRESS_CUES));

/**
 * Appends the street addresses in `text` to `out`. `cuesFrom` is where the first of
 * ADDRESS_CUES (or another detector's cue) matches, -1 if none does or the text has no digit.
 */
export function detectAddresses(text: string, cuesFrom: number, out: PiiMatch[]): void {
  if (cuesFrom < 0 || !testFrom(ANY_ADDRESS_CUE_FROM, text, cuesFrom)) return;
  const seen = new Set<number>();
  if (NON_LATIN.test(text)) findUrduScript(text, seen, out);
  const street = testFrom(STREET_WORD_FROM, text, cuesFrom);
  if (!street && !testFrom(DELIVERY_CUE_FROM, text, cuesFrom)) return;
  if (street) {
    TITLED.lastIndex = 0;
    for (let m = TITLED.exec(text); m !== null; m = TITLED.exec(text)) {
      const value = m[0].replace(/\.$/, "");
      seen.add(m.index);
      out.push({ category: "pii.address", start: m.index, end: m.index + value.length, value });
    }
  }
  for (const re of street ? [CUED, DELIVERY] : [DELIVERY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const value = m[1] ?? "";
      const start = m.index + m[0].length - value.length;
      if (seen.has(start)) continue;
      seen.add(start);
      out.push({ category: "pii.address", start, end: start + value.length, value });
    }
  }
}

const NON_LATIN = /[\u0600-\u06ff]/;

function findUrduScript(text: string, seen: Set<number>, out: PiiMatch[]): void {
  URDU_SCRIPT.lastIndex = 0;
  for (let m = URDU_SCRIPT.exec(text); m !== null; m = URDU_SCRIPT.exec(text)) {
    seen.add(m.index);
    out.push({ category: "pii.address", start: m.index, end: m.index + m[0].length, value: m[0] });
  }
}
