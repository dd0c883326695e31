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

const STREET_WORD = new RegExp(String.raw`\b(?:${STREET_TYPES})\b`, "i");
const DELIVERY_CUE = /\b(?:at|through|to)\s+\d/i;

/** The whole-text tests that gate this detector, for findPii's single cue scan. */
export const ADDRESS_CUES: readonly RegExp[] = [STREET_WORD, DELIVERY_CUE];
const STREET_WORD_FROM = scanning(STREET_WORD);
const DELIVERY_CUE_FROM = scanning(DELIVERY_CUE);
const ANY_ADDRESS_CUE_FROM = scanning(unionOfCues(ADDRESS_CUES));

/**
 * Appends the street addresses in `text` to `out`. `cuesFrom` is where the first of
 * ADDRESS_CUES (or another detector's cue) matches, -1 if none does or the text has no digit.
 */
export function detectAddresses(text: string, cuesFrom: number, out: PiiMatch[]): void {
  if (cuesFrom < 0 || !testFrom(ANY_ADDRESS_CUE_FROM, text, cuesFrom)) return;
  const street = testFrom(STREET_WORD_FROM, text, cuesFrom);
  if (!street && !testFrom(DELIVERY_CUE_FROM, text, cuesFrom)) return;
  const seen = new Set<number>();
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
