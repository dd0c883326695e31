import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../../language/index.js";
import { classifyByRules } from "../classify.js";
import { defaultTriageConfig, triageMessage } from "../index.js";
import { TRIAGE_CATEGORIES } from "../triage.schema.js";
import { combine } from "./combine.js";
import { READER_ARTEFACT } from "./data/reader-model.js";
import { extractFeatures, MAX_CHARS, MAX_FEATURES } from "./features.js";
import { loadModel, predict } from "./model.js";
import { loadExamples, lowerOf, sourceHashes } from "./training-data.js";

const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string) => triageMessage({ id: "t", text }, config, { now });
const examples = await loadExamples();
const validation = examples.filter((e) => e.split === "validation");

function featuresOf(text: string): { features: number[]; steps: number } {
  const out = new Int32Array(MAX_FEATURES);
  const work = { steps: 0 };
  const n = extractFeatures(text, out, work);
  return { features: [...out.subarray(0, n)], steps: work.steps };
}

describe("the reader's features", () => {
  it("are the same for the same text, and differ for different texts", () => {
    const texts = ["i can't do this any more", "Dw i ddim eisiau byw", "我不想活了", "ward 4 parking?"];
    for (const t of texts) expect(featuresOf(t).features).toEqual(featuresOf(t).features);
    expect(new Set(texts.map((t) => featuresOf(t).features.join())).size).toBe(texts.length);
    expect(featuresOf("我不想活了").features.length).toBeGreaterThan(5);
  });

  it("take work linear in the text, and read no more than MAX_CHARS of it", () => {
    const unit = "words and 文字 mixed, ünïcödé text 123 ";
    const sizes = [100, 1_000, MAX_CHARS];
    for (const size of sizes) {
      const { steps, features } = featuresOf(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
      expect(steps).toBeLessThanOrEqual(2 * size + 2);
      expect(features.length).toBeLessThanOrEqual(8 * size + 16);
    }
    const huge = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    expect(huge.length).toBe(100_000);
    expect(featuresOf(huge).steps).toBe(featuresOf(huge.slice(0, MAX_CHARS)).steps);
    // One 100,000-letter word: still bounded.
    expect(featuresOf("a".repeat(100_000)).steps).toBeLessThanOrEqual(MAX_CHARS + 2);
  });
});

describe("the shipped reader", () => {
  it("is not stale: fitted from the files as they are, with this feature and training code", () => {
    expect(READER_ARTEFACT.sources).toEqual(sourceHashes());
  });

  it("predicts the validation lines (never trained on) at the accuracy it records, exactly", () => {
    const model = loadModel(READER_ARTEFACT);
    const p = new Float64Array(model.classes.length);
    let correct = 0;
    for (const e of validation) {
      predict(model, lowerOf(e.text), p);
      let best = 0;
      for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
      if (TRIAGE_CATEGORIES[best] === e.category) correct++;
    }
    expect(validation.length).toBeGreaterThanOrEqual(150);
    expect(validation.length).toBe(READER_ARTEFACT.validation.lines);
    expect(correct).toBe(READER_ARTEFACT.validation.correct);
  });

  it("raises crises the rules miss, in at least three languages of its validation lines", () => {
    const languages = new Set<string>();
    for (const e of validation) {
      if (e.category !== "crisis") continue;
      const rules = classifyByRules(lowerOf(e.text), analyseLanguage(e.text)).category;
      const result = triage(e.text);
      if (rules !== "crisis" && result.category === "crisis") {
        expect(result.reasons?.some((r) => r.cue === "reader.crisis")).toBe(true);
        languages.add(e.lang ?? "en");
      }
    }
    expect([...languages].length).toBeGreaterThanOrEqual(3);
  });

  it("keeps idioms out of crisis", () => {
    for (const text of [
      "dying to know when my results will be back",
      "this wait is killing me",
      "this wait is killing me, any update on my mum's scan?",
      "I'm dying to know if the café on level 2 is open",
      "my feet are killing me after that queue lol",
      "I nearly died laughing at the nurse's jokes, thank you",
    ])
      expect(triage(text).category, text).not.toBe("crisis");
  });
});

describe("how the reader combines with the rules", () => {
  const th = READER_ARTEFACT.thresholds;
  const k = TRIAGE_CATEGORIES.length;
  const probabilities = (crisis: number, rest: (typeof TRIAGE_CATEGORIES)[number]) => {
    const p = new Float64Array(k);
    p[TRIAGE_CATEGORIES.indexOf("crisis")] = crisis;
    p[TRIAGE_CATEGORIES.indexOf(rest)] = 1 - crisis;
    return p;
  };
  const rulesCrisis = { category: "crisis" as const, evidence: [], confidence: 0.9 };
  const polish = "dziękuję wszystkim pielęgniarkom za opiekę nad mamą";
  const english = "thank you to all the nurses who looked after my mum";

  it("never undoes a rules crisis, in English or any other language, however sure the reader is", () => {
    for (const text of [english, polish]) {
      const got = combine(rulesCrisis, probabilities(0, "compliment"), TRIAGE_CATEGORIES, th, text);
      expect(got.category, text).toBe("crisis");
    }
  });

  it("raises to crisis at the English threshold in English and at its own elsewhere", () => {
    const rules = { category: "general" as const, evidence: [], confidence: 0.5 };
    for (const [text, θ] of [
      [english, th.crisisEnglish],
      [polish, th.crisis],
    ] as const) {
      expect(combine(rules, probabilities(θ, "general"), TRIAGE_CATEGORIES, th, text).category).toBe(
        "crisis",
      );
      expect(
        combine(rules, probabilities(θ - 0.011, "general"), TRIAGE_CATEGORIES, th, text).category,
      ).not.toBe("crisis");
    }
  });
});
