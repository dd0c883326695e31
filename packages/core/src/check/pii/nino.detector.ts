// Only the GB NINO module: the package's index loads every country's validators,
// which costs a third of a second at start-up.
import * as gbNino from "stdnum/lib/cjs/gb/nino.js";
import type { PiiMatch } from "./pii-match.js";

// Two prefix letters, six digits and a suffix A-D, optionally spaced "AB 12 34 56 C".
// The suffix is required: without it too many reference codes look like a NINO.
const validateNino = gbNino.validate;

const NINO = /(?<![\w])([A-Za-z]{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?([A-Da-d])(?![\w])/g;

let allocatable: ReadonlySet<string> | undefined;

/**
 * Whether HMRC issues NINOs with this (upper-case) prefix, as stdnum says. Once NINO has
 * matched, six ASCII digits and a suffix A-D, stdnum's verdict depends on the prefix alone
 * (prefixes HMRC never issues: D, F, I, Q, U, V; O second; BG, GB, NK, KN, TN, NT, ZZ), so it
 * is asked once for each of the 676 prefixes, the first time a candidate turns up, instead of
 * once per candidate.
 */
export function isAllocatableNinoPrefix(prefix: string): boolean {
  if (allocatable === undefined) {
    const prefixes = new Set<string>();
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const candidate = String.fromCharCode(a, b);
        if (validateNino(`${candidate}123456A`).isValid) prefixes.add(candidate);
      }
    allocatable = prefixes;
  }
  return allocatable.has(prefix);
}

/** Appends the NINOs in `text` to `out`; `from` is where the first run of six digits starts. */
export function detectNinos(text: string, from: number, out: PiiMatch[]): void {
  // The two prefix letters and a separator come before the digits.
  NINO.lastIndex = Math.max(0, from - 3);
  for (let m = NINO.exec(text); m !== null; m = NINO.exec(text)) {
    if (!isAllocatableNinoPrefix((m[1] ?? "").toUpperCase())) continue;
    out.push({ category: "pii.nino", start: m.index, end: m.index + m[0].length, value: m[0] });
  }
}
