import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultTriageConfig, type TriageInput, triageMessage } from "../../src/triage/index.js";
import { falseCrisisRate, macroF1, recallOf, type Scored } from "./metrics.js";

/**
 * Our own labelled public messages (invented people, every category, hard
 * cases). The figures are the contract's: macro-F1 ≥ 0.90 over 12 categories,
 * crisis recall 100 % (a missed crisis is worse than a false alarm), threat
 * recall ≥ 95 %, and no more than 3 % of other messages marked crisis.
 */
interface Labelled extends TriageInput {
  expect: { category: string; flags?: string[] };
}

const rows: Labelled[] = readFileSync(new URL("./messages.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Labelled);

const config = defaultTriageConfig();
const scored: Scored[] = [];
const missedCrisis: string[] = [];
for (const row of rows) {
  const { expect: label, ...input } = row;
  const result = triageMessage(input, config, { now: new Date("2026-11-24T10:00:00Z") });
  scored.push({ expected: label.category, predicted: result.category });
  if (label.category === "crisis" && result.category !== "crisis")
    missedCrisis.push(`${row.id}: ${row.text}`);
}

describe(`triage on ${rows.length} labelled messages`, () => {
  const { macro, per } = macroF1(scored);
  const crisisRecall = recallOf(scored, "crisis");
  const threatRecall = recallOf(scored, "threat");
  const falseCrisis = falseCrisisRate(scored);
  console.log(
    `triage-eval: macro-F1 ${macro.toFixed(3)}; crisis recall ${crisisRecall.toFixed(3)}; ` +
      `threat recall ${threatRecall.toFixed(3)}; other messages marked crisis ${(falseCrisis * 100).toFixed(1)} %`,
  );
  for (const [category, m] of Object.entries(per)) {
    console.log(
      `  ${category.padEnd(18)} P ${m.p.toFixed(2)} R ${m.r.toFixed(2)} F1 ${m.f1.toFixed(2)} (n=${m.n})`,
    );
  }

  it("has several hundred messages covering every category", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const m of Object.values(per)) expect(m.n).toBeGreaterThan(0);
  });
  it("never misses a person in crisis (recall 100 %)", () => {
    expect(missedCrisis).toEqual([]);
    expect(crisisRecall).toBe(1);
  });
  it("catches threats (recall ≥ 95 %)", () => expect(threatRecall).toBeGreaterThanOrEqual(0.95));
  it("marks at most 3 % of other messages as crisis", () => expect(falseCrisis).toBeLessThanOrEqual(0.03));
  it("reaches macro-F1 ≥ 0.90 over the 12 categories", () => expect(macro).toBeGreaterThanOrEqual(0.9));
});
