import { TRIAGE_CATEGORIES } from "../../src/triage/index.js";

export interface Scored {
  expected: string;
  predicted: string;
}

/** Per-category precision/recall/F1 and their unweighted mean (macro-F1) over the 12 categories. */
export function macroF1(rows: readonly Scored[]): {
  macro: number;
  per: Record<string, { p: number; r: number; f1: number; n: number }>;
} {
  const per: Record<string, { p: number; r: number; f1: number; n: number }> = {};
  let sum = 0;
  for (const c of TRIAGE_CATEGORIES) {
    const tp = rows.filter((x) => x.expected === c && x.predicted === c).length;
    const fp = rows.filter((x) => x.expected !== c && x.predicted === c).length;
    const fn = rows.filter((x) => x.expected === c && x.predicted !== c).length;
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    per[c] = { p, r, f1, n: tp + fn };
    sum += f1;
  }
  return { macro: sum / TRIAGE_CATEGORIES.length, per };
}

export function recallOf(rows: readonly Scored[], category: string): number {
  const actual = rows.filter((x) => x.expected === category);
  return actual.length === 0 ? 1 : actual.filter((x) => x.predicted === category).length / actual.length;
}

/** Share of messages that are NOT crisis but were marked crisis (false alarms). */
export function falseCrisisRate(rows: readonly Scored[]): number {
  const others = rows.filter((x) => x.expected !== "crisis");
  return others.length === 0 ? 0 : others.filter((x) => x.predicted === "crisis").length / others.length;
}
