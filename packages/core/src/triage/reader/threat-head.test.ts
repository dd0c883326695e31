import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../../language/index.js";
import { classifyByRules } from "../classify.js";
import { looksEnglish } from "../language-detect.js";
import { TRIAGE_CATEGORIES } from "../triage.schema.js";
import { combine, lastThreatProbability, readerModel, readerProbabilities, withReader } from "./combine.js";
import { READER_ARTEFACT } from "./data/reader-model.js";
import { THREAT_HEAD_ARTEFACT } from "./data/threat-head-model.js";
import { extractFeatures, MAX_FEATURES } from "./features.js";
import { lastFeatureCount, lastFeatures, loadModel, predict } from "./model.js";
import { loadThreatHead, threatOfFeatures } from "./threat-head.js";
import { headSourceHashes, loadHeadExamples, PENDING_FILES } from "./train-threat-head.js";
import { lowerOf, REPO_ROOT } from "./training-data.js";

const examples = await loadHeadExamples();
const validation = examples.filter((e) => e.split === "validation");
const head = loadThreatHead(THREAT_HEAD_ARTEFACT);
const main = loadModel(READER_ARTEFACT);
const k = TRIAGE_CATEGORIES.length;

describe("the shipped threat head", () => {
  it("is not stale: fitted from the files as they are (w6 and w8 among them), with this code", () => {
    const sources = headSourceHashes();
    for (const f of PENDING_FILES) expect(Object.keys(sources)).toContain(f.slice(REPO_ROOT.length));
    expect(THREAT_HEAD_ARTEFACT.sources).toEqual(sources);
  });

  it("records the main reader's sources as they are too (a retrained main reader means a retrained head)", () => {
    for (const [file, hash] of Object.entries(READER_ARTEFACT.sources))
      expect(THREAT_HEAD_ARTEFACT.sources[file], file).toBe(hash);
  });

  it("reads its validation lines (never trained on) as it records, exactly", () => {
    let threats = 0;
    let found = 0;
    let falseThreats = 0;
    const p = new Float64Array(k);
    for (const e of validation) {
      predict(main, lowerOf(e.text), p);
      const hit = threatOfFeatures(head, lastFeatures(), lastFeatureCount()) >= 0.5;
      if (e.category === "threat") {
        threats++;
        if (hit) found++;
      } else if (hit) falseThreats++;
    }
    expect(validation.length).toBeGreaterThanOrEqual(1500);
    expect(threats).toBeGreaterThanOrEqual(150);
    expect({ lines: validation.length, threats, found, falseThreats }).toEqual(
      THREAT_HEAD_ARTEFACT.validation,
    );
    // The head alone finds over half the threats at P ≥ 0.5 (its θ is lower, by cross-validation),
    // and calls few other lines threats.
    expect(found / threats).toBeGreaterThan(0.5);
    expect(falseThreats / (validation.length - threats)).toBeLessThan(0.05);
  });

  it("is a fraction of the main reader's size: one int8 per bucket against twelve", () => {
    expect(THREAT_HEAD_ARTEFACT.weights.length * 10).toBeLessThan(READER_ARTEFACT.weights.length);
  });

  it("reads the very features the main reader extracted (no second extraction)", () => {
    const text = "you've got till friday or i'll be waiting by your car";
    predict(main, text, new Float64Array(k));
    const own = new Int32Array(MAX_FEATURES);
    const n = extractFeatures(text, own);
    expect(lastFeatureCount()).toBe(n);
    expect(threatOfFeatures(head, lastFeatures(), lastFeatureCount())).toBe(threatOfFeatures(head, own, n));
    readerProbabilities(text);
    expect(lastThreatProbability()).toBe(threatOfFeatures(head, own, n));
  });

  it("raises threats the rules and the main reader miss, in at least three languages of its validation lines", () => {
    const languages = new Set<string>();
    const model = readerModel();
    for (const e of validation) {
      if (e.category !== "threat") continue;
      const lower = lowerOf(e.text);
      const rules = classifyByRules(lower, analyseLanguage(e.text));
      const before = combine(
        rules,
        predict(main, lower, new Float64Array(k)),
        model.classes,
        model.thresholds,
        lower,
      );
      const after = withReader(lower, rules);
      if (before.category !== "threat" && after.category === "threat") {
        expect(after.evidence.some((h) => h.cue === "reader.threat")).toBe(true);
        languages.add(e.lang ?? "en");
      }
    }
    expect([...languages].length).toBeGreaterThanOrEqual(3);
  });
});

describe("how the threat head combines", () => {
  const th = READER_ARTEFACT.thresholds;
  const headTh = THREAT_HEAD_ARTEFACT.thresholds;
  const polish = "dziękuję wszystkim pielęgniarkom za opiekę nad mamą";
  const english = "thank you to all the nurses who looked after my mum";
  const general = { category: "general" as const, evidence: [], confidence: 0.5 };
  const with12 = (crisis: number, threat: number) => {
    const p = new Float64Array(k);
    p[TRIAGE_CATEGORIES.indexOf("crisis")] = crisis;
    p[TRIAGE_CATEGORIES.indexOf("threat")] = threat;
    p[TRIAGE_CATEGORIES.indexOf("general")] = 1 - crisis - threat;
    return p;
  };

  it("takes the threat decision from the head; outside English the main reader's own stays beside it", () => {
    expect(looksEnglish(polish)).toBe(false);
    expect(headTh.readerToo).toBe(true);
    const decide = (text: string, main: number, threat: number, t = headTh) =>
      combine(general, with12(0, main), TRIAGE_CATEGORIES, th, text, threat, t).category;
    // The head at its threshold: threat, and just under it: not.
    expect(decide(polish, 0, headTh.threat)).toBe("threat");
    expect(decide(polish, 0, headTh.threat - 0.011)).not.toBe("threat");
    // Outside English the main reader's threat at its own threshold still raises (readerToo), and
    // without readerToo only the head decides.
    expect(decide(polish, th.threat, 0)).toBe("threat");
    expect(decide(polish, th.threat - 0.011, 0)).not.toBe("threat");
    expect(decide(polish, 0.99, 0, { threat: headTh.threat })).not.toBe("threat");
    // In English the main reader's P(threat) never decides, however sure.
    expect(decide(english, 0.99, 0)).not.toBe("threat");
  });

  it("in English only at its English threshold, and never where it has none", () => {
    expect(looksEnglish(english)).toBe(true);
    const at = headTh.threatEnglish;
    const got = combine(general, with12(0, 0), TRIAGE_CATEGORIES, th, english, at ?? 1, headTh).category;
    expect(got).toBe(at === undefined ? "general" : "threat");
    expect(
      combine(general, with12(0, 0), TRIAGE_CATEGORIES, th, english, (at ?? 1.01) - 0.011, headTh).category,
    ).toBe("general");
    expect(combine(general, with12(0, 0), TRIAGE_CATEGORIES, th, english, 1, { threat: 0.5 }).category).toBe(
      "general",
    );
  });

  it("leaves the crisis decision exactly the main reader's: a crisis it raises stays crisis however sure the head is", () => {
    for (const [text, θ] of [
      [english, th.crisisEnglish],
      [polish, th.crisis],
    ] as const) {
      expect(combine(general, with12(θ, 0), TRIAGE_CATEGORIES, th, text, 1, headTh).category).toBe("crisis");
      expect(
        combine(general, with12(θ - 0.011, 0), TRIAGE_CATEGORIES, th, text, 0, headTh).category,
      ).not.toBe("crisis");
    }
  });

  it("never changes a rules crisis or a rules threat", () => {
    const crisis = { category: "crisis" as const, evidence: [], confidence: 0.9 };
    const threat = { category: "threat" as const, evidence: [], confidence: 0.9 };
    for (const text of [english, polish]) {
      expect(combine(crisis, with12(0, 0), TRIAGE_CATEGORIES, th, text, 1, headTh).category).toBe("crisis");
      expect(combine(threat, with12(1, 0), TRIAGE_CATEGORIES, th, text, 0, headTh).category).toBe("threat");
      expect(withReader(text, crisis)).toBe(crisis);
      expect(withReader(text, threat)).toBe(threat);
    }
  });
});
