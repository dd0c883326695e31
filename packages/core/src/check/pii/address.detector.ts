import type { PiiMatch } from "./pii-match.js";

const STREET_TYPES =
  "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|walk|hill|row|mews|square|sq|park|view|rise|green|parade|boulevard|wharf|croft|meadows?|fields|chase|vale|gate|approach|cottages|villas";
// "14 Acacia Avenue", "Flat 2, 7 Mill Lane": a house number, a capitalised street name
// and a street type. Capitals keep "12 hour shift close to…" out.
const TITLED = new RegExp(
  String.raw`(?<![\w£$.,])(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'-]+\s+){1,3}(?:${STREET_TYPES.replace(/\b([a-z])/g, (c) => c.toUpperCase())})\b\.?`,
  "g",
);
// After an address cue anything goes: "she lives at 3 elm road".
const CUED = new RegExp(
  String.raw`\b(?:lives?|living|staying|stays|moved|address(?:\s+is)?|home)\s+(?:at|in|to|on|is)?\s*((?:(?:flat|apartment|apt)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[a-z][a-z'-]+\s+){1,3}(?:${STREET_TYPES})\b)`,
  "gi",
);

export function detectAddresses(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (!/\d/.test(text)) return out;
  const seen = new Set<number>();
  for (const m of text.matchAll(TITLED)) {
    const value = m[0].replace(/\.$/, "");
    seen.add(m.index);
    out.push({ category: "pii.address", start: m.index, end: m.index + value.length, value });
  }
  for (const m of text.matchAll(CUED)) {
    const value = m[1] ?? "";
    const start = m.index + m[0].length - value.length;
    if (seen.has(start)) continue;
    out.push({ category: "pii.address", start, end: start + value.length, value });
  }
  return out;
}
