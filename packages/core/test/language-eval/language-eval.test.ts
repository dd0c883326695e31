import { describe, expect, it } from "vitest";
import { defaultTriageConfig, triageMessage } from "../../src/triage/index.js";
import {
  HATECHECK_UNGATED,
  type HateCheckRow,
  loadDavidson,
  loadHateCheck,
  loadMhc,
  MHC_LANGUAGES,
  type MhcRow,
  stratifiedSample,
} from "./datasets.js";

/**
 * Public labelled data, scored the way eval/README.md says the
 * evaluation does: every text through triage as a comment; flagged when flags
 * contain "abuse" or the category is abuse or threat. Each set has a held-out
 * part (fixed hash, never used while writing the lexicons); both are reported
 * and both must pass.
 */
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
function flagged(id: string, text: string): boolean {
  const r = triageMessage({ id, text, channel: "comment" }, config, { now });
  return r.flags.includes("abuse") || r.category === "abuse" || r.category === "threat";
}

const SEED = 20261124;

describe("Davidson et al. (2017): hate and offensive vs neither", () => {
  const all = loadDavidson();
  for (const heldOut of [false, true]) {
    const part = heldOut ? "held-out" : "tuning";
    const rows = stratifiedSample(
      all.filter((r) => r.heldOut === heldOut),
      3000,
      SEED,
    );
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let hate = 0;
    let hateHit = 0;
    let neither = 0;
    let neitherClean = 0;
    for (const r of rows) {
      const f = flagged(r.id, r.text);
      const positive = r.label !== 2;
      if (positive && f) tp++;
      else if (!positive && f) fp++;
      else if (positive && !f) fn++;
      if (r.label === 0) {
        hate++;
        if (f) hateHit++;
      }
      if (r.label === 2) {
        neither++;
        if (!f) neitherClean++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const hateRecall = hateHit / hate;
    const neitherShare = neitherClean / neither;
    console.log(
      `davidson ${part} (n=${rows.length}): F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)}); ` +
        `hate recall ${hateRecall.toFixed(3)}; neither left unflagged ${neitherShare.toFixed(3)}`,
    );
    it(`${part}: F1 ≥ 0.85 and at least 70 % of "neither" tweets unflagged`, () => {
      expect(f1).toBeGreaterThanOrEqual(0.85);
      expect(neitherShare).toBeGreaterThanOrEqual(0.7);
      expect(hateRecall).toBeGreaterThan(0.5);
    });
  }
});

describe("HateCheck (Röttger et al., 2021)", () => {
  const all = loadHateCheck();
  for (const heldOut of [false, true]) {
    const part = heldOut ? "held-out" : "tuning";
    const rows = all.filter((r) => r.heldOut === heldOut);
    const per = new Map<string, { right: number; n: number }>();
    let gatedRight = 0;
    let gatedN = 0;
    let right = 0;
    for (const r of rows as HateCheckRow[]) {
      const ok = flagged(r.id, r.text) === r.hateful;
      const cur = per.get(r.functionality) ?? { right: 0, n: 0 };
      per.set(r.functionality, { right: cur.right + (ok ? 1 : 0), n: cur.n + 1 });
      if (ok) right++;
      if (!HATECHECK_UNGATED.has(r.functionality)) {
        gatedN++;
        if (ok) gatedRight++;
      }
    }
    const gated = gatedRight / gatedN;
    console.log(
      `hatecheck ${part}: gated accuracy ${gated.toFixed(3)} over ${gatedN} cases (25 functionalities); overall ${(right / rows.length).toFixed(3)}`,
    );
    for (const [f, { right: ok, n }] of [...per].sort()) {
      const note = HATECHECK_UNGATED.has(f) ? " (not gated: the abuse flag covers this by definition)" : "";
      console.log(`  ${f.padEnd(20)} ${(ok / n).toFixed(2)} (n=${n})${note}`);
    }
    const acc = (f: string) => {
      const v = per.get(f);
      return v ? v.right / v.n : 1;
    };
    it(`${part}: accuracy ≥ 0.80 on the 25 gated functionalities`, () =>
      expect(gated).toBeGreaterThanOrEqual(0.8));
    it(`${part}: counter-speech and negated hate are not flagged`, () => {
      expect(acc("counter_quote_nh")).toBeGreaterThanOrEqual(0.8);
      expect(acc("counter_ref_nh")).toBeGreaterThanOrEqual(0.8);
      expect(acc("negate_neg_nh")).toBeGreaterThanOrEqual(0.6);
    });
  }
});

describe("Multilingual HateCheck (Röttger et al., 2022): ten languages", () => {
  // Templates are parallel across languages and split by template id alone (datasets.ts), so a
  // held-out template is held out in all ten; the lexicons were tuned on the tuning templates only.
  const byLanguage = new Map(MHC_LANGUAGES.map((language) => [language, loadMhc(language)]));
  for (const heldOut of [false, true]) {
    const part = heldOut ? "held-out" : "tuning";
    const accuracy = new Map<string, number>();
    const per = new Map<string, { right: number; n: number }>();
    for (const [language, all] of byLanguage) {
      let right = 0;
      let n = 0;
      let hateful = 0;
      let found = 0;
      for (const r of all.filter((row) => row.heldOut === heldOut) as MhcRow[]) {
        const f = flagged(r.id, r.text);
        if (r.hateful) {
          hateful++;
          if (f) found++;
        }
        if (HATECHECK_UNGATED.has(r.functionality)) continue;
        const ok = f === r.hateful;
        n++;
        if (ok) right++;
        const cur = per.get(r.functionality) ?? { right: 0, n: 0 };
        per.set(r.functionality, { right: cur.right + (ok ? 1 : 0), n: cur.n + 1 });
      }
      accuracy.set(language, right / n);
      console.log(
        `mhc ${part} ${language.padEnd(10)} gated accuracy ${(right / n).toFixed(3)} (n=${n}); hateful cases found ${(found / hateful).toFixed(3)}`,
      );
    }
    const values = [...accuracy.values()];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    console.log(`mhc ${part}: mean gated accuracy ${mean.toFixed(3)} over ${values.length} languages`);
    for (const [f, { right, n }] of [...per].sort())
      console.log(`  ${f.padEnd(26)} ${(right / n).toFixed(2)} (n=${n})`);
    if (!heldOut) {
      it(`${part}: mean gated accuracy ≥ 0.80 over the ten languages`, () =>
        expect(mean).toBeGreaterThanOrEqual(0.8));
      it(`${part}: no language under 0.70`, () => {
        for (const [language, value] of accuracy) expect(value, language).toBeGreaterThanOrEqual(0.7);
      });
      continue;
    }
    // Held out, issue 11 reached a mean of 0.771 (Arabic 0.589, Hindi 0.674, Mandarin 0.693) and
    // issue 11 §3 0.804 (Arabic 0.719, Hindi 0.748, Mandarin 0.733): see docs/judgement.md. The
    // floors keep each language from falling back below what was reached, less a little.
    const FLOOR: Record<string, number> = { arabic: 0.7, hindi: 0.72, mandarin: 0.71 };
    it(`${part}: mean gated accuracy ≥ 0.80 over the ten languages (issue 11 §3)`, () =>
      expect(mean).toBeGreaterThanOrEqual(0.8));
    it(`${part}: no language under 0.70, nor under what issue 11 §3 reached`, () => {
      for (const [language, value] of accuracy) {
        expect(value, language).toBeGreaterThanOrEqual(0.7);
        expect(value, language).toBeGreaterThanOrEqual(FLOOR[language] ?? 0.7);
      }
    });
  }
});
