import type { Classification } from "../classify.js";
import type { CueHit } from "../cue.js";
import { looksEnglish } from "../language-detect.js";
import type { TriageCategory } from "../triage.schema.js";
import { READER_ARTEFACT } from "./data/reader-model.js";
import { THREAT_HEAD_ARTEFACT } from "./data/threat-head-model.js";
import {
  lastFeatureCount,
  lastFeatures,
  loadModel,
  predict,
  type ReaderArtefact,
  type ReaderModel,
} from "./model.js";
import { loadThreatHead, type ThreatHead, type ThreatHeadArtefact, threatOfFeatures } from "./threat-head.js";

export type ReaderThresholds = ReaderArtefact["thresholds"];
export type ThreatThresholds = ThreatHeadArtefact["thresholds"];

/** Where the rules only fell back: nothing scored (general) or only weak evidence won (confidence 0.6). */
function fellBack(rules: Classification): boolean {
  return rules.category === "general" || rules.confidence <= 0.6;
}

function byReader(category: TriageCategory, p: number, length: number): Classification {
  // The evidence is the whole text: the reader weighs every word, not one phrase.
  const evidence: CueHit[] = [{ cue: `reader.${category}`, start: 0, end: length, weight: 2 }];
  return { category, evidence, confidence: Math.round(p * 100) / 100 };
}

/** The reader's most likely category other than crisis and threat. */
function bestOther(
  probabilities: Float64Array,
  classes: readonly TriageCategory[],
): [TriageCategory, number] {
  let best: TriageCategory = "general";
  let bestP = 0;
  for (let c = 0; c < classes.length; c++) {
    const category = classes[c] as TriageCategory;
    const q = probabilities[c] ?? 0;
    if (category !== "crisis" && category !== "threat" && q > bestP) {
      best = category;
      bestP = q;
    }
  }
  return [best, bestP];
}

/**
 * The rules' answer with the reader's beside it, safety first (docs/judgement.md, "The reader"): the
 * reader may raise a message to crisis, or to threat, that the rules did not find; it never changes a
 * rules crisis or threat; for the other categories it decides only where the rules fell back on a
 * message not in English.
 *
 * The crisis decision and the fallback are always the twelve-way reader's (`probabilities`). The
 * threat decision is the threat head's when `threatP` is given (P(threat) from threat-head.ts, against
 * `threatThresholds`; docs/judgement.md, "The threat head"): in English the head alone, at its English
 * threshold; in other languages the head at its own, or (readerToo) the twelve-way reader's P(threat)
 * at the twelve-way threshold, as before the head. Without `threatP` the twelve-way reader decides
 * threat alone, as train-reader.ts weighs it when it fits the main reader.
 */
export function combine(
  rules: Classification,
  probabilities: Float64Array,
  classes: readonly TriageCategory[],
  thresholds: ReaderThresholds,
  text: string,
  threatP?: number,
  threatThresholds?: ThreatThresholds,
): Classification {
  const length = text.length;
  // A rules threat stays a threat: both are critical, and the rules' words say which team goes.
  if (rules.category === "threat") return rules;
  const p = (c: TriageCategory) => probabilities[classes.indexOf(c)] ?? 0;
  const crisis = p("crisis");
  const english = looksEnglish(text);
  // A rules crisis always stays (safety first): the reader's veto of a rules crisis outside English,
  // tried on 4 December, downgraded an English overdose message whose padding made it look foreign.
  if (rules.category === "crisis") return rules;
  if (crisis >= (english ? thresholds.crisisEnglish : thresholds.crisis))
    return byReader("crisis", crisis, length);
  // In English only above a threshold of its own (or never): English idioms and counter-speech
  // ("kicked off", "go Wolves!", a quoted threat) are where a reader errs; in other languages the
  // rules find few.
  const twelveWay = p("threat");
  const twelveWayRaises = !english && twelveWay >= thresholds.threat;
  if (threatP !== undefined && threatThresholds !== undefined) {
    if (threatP >= (english ? (threatThresholds.threatEnglish ?? 1.01) : threatThresholds.threat))
      return byReader("threat", threatP, length);
    if (threatThresholds.readerToo && twelveWayRaises) return byReader("threat", twelveWay, length);
  } else if (twelveWayRaises || (english && twelveWay >= (thresholds.threatEnglish ?? 1.01)))
    return byReader("threat", twelveWay, length);
  // The other categories only where the rules fell back on a text not in English (the rules read English).
  if (!fellBack(rules) || english) return rules;
  const [best, bestP] = bestOther(probabilities, classes);
  if (bestP < thresholds.other || best === rules.category) return rules;
  return byReader(best, bestP, length);
}

let MODEL: ReaderModel | undefined;
let PROBABILITIES: Float64Array | undefined;
let HEAD: ThreatHead | undefined;

/** The shipped threat head, decoded on the first triage (with the main reader). */
export function threatHead(): ThreatHead {
  HEAD ??= loadThreatHead(THREAT_HEAD_ARTEFACT);
  return HEAD;
}

/** The shipped model, decoded on the first triage (a process that only checks posts never pays for it). */
export function readerModel(): ReaderModel {
  if (!MODEL) {
    MODEL = loadModel(READER_ARTEFACT);
    PROBABILITIES = new Float64Array(MODEL.classes.length);
  }
  return MODEL;
}

/** The reader's probabilities for a lower-cased text (a view reused by the next call). */
export function readerProbabilities(lower: string): Float64Array {
  const model = readerModel();
  return predict(model, lower, PROBABILITIES as Float64Array);
}

/** The threat head's P(threat) for the text the last readerProbabilities() call read (its features). */
export function lastThreatProbability(): number {
  return threatOfFeatures(threatHead(), lastFeatures(), lastFeatureCount());
}

/** The rules' classification, with the reader's reading of the whole message combined in. */
export function withReader(lower: string, rules: Classification): Classification {
  if (rules.category === "crisis" || rules.category === "threat") return rules;
  const model = readerModel();
  const probabilities = readerProbabilities(lower);
  const head = threatHead();
  const threat = threatOfFeatures(head, lastFeatures(), lastFeatureCount());
  return combine(rules, probabilities, model.classes, model.thresholds, lower, threat, head.thresholds);
}
