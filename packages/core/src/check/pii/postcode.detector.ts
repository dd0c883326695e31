import { isValid } from "postcode";
import type { PiiMatch } from "./pii-match.js";

// Outward code, optional space, inward code; validated by the `postcode` package.
const POSTCODE = /(?<![\w])([A-Za-z]{1,2}\d[A-Za-z\d]?)[ \t]?(\d[A-Za-z]{2})(?![\w])/g;

export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

// The inward code: every postcode contains one, at most five characters after its start.
const INWARD = /\d[A-Za-z]{2}/;

/** Appends the postcodes in `text` that are not on the allow-list to `out`. */
export function detectPostcodes(text: string, allow: ReadonlySet<string>, out: PiiMatch[]): void {
  const firstInward = text.search(INWARD);
  if (firstInward < 0) return;
  POSTCODE.lastIndex = Math.max(0, firstInward - 5);
  for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
    const outward = m[1] ?? "";
    const inward = m[2] ?? "";
    // Mixed case ("Ab1 2Cd") is a word, not a postcode someone typed.
    const raw = outward + inward;
    if (raw !== raw.toUpperCase() && raw !== raw.toLowerCase()) continue;
    const normal = `${outward.toUpperCase()} ${inward.toUpperCase()}`;
    if (!isValid(normal) || allow.has(normal)) continue;
    out.push({ category: "pii.postcode", start: m.index, end: m.index + m[0].length, value: m[0] });
  }
}
