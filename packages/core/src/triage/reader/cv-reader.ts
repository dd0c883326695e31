/**
 * k-fold cross-validation of the reader on the writers' lines (eval/train/*), for choosing its
 * model and thresholds by evidence (docs/judgement.md, "The reader", 4 December):
 *
 *   npx tsx packages/core/src/triage/reader/cv-reader.ts [--folds 5] [--out FILE]
 *
 * Each writer line (not the early-stop fold) falls in one of k folds by a hash of its id; each fold
 * is predicted by models fitted on everything else (the other folds, the tuned sets, Davidson's even
 * rows), early-stopped on the fixed early-stop fold. Prints, for each way of reading crisis and
 * threat (the twelve-way model's P, or a one-vs-rest model's), the recall and false-alarm rate of
 * rules + reader at each threshold, in English and not. (train-reader.ts runs the same folds for the
 * twelve-way model to choose the shipped thresholds.)
 * Writes the out-of-fold figures as JSON (--out) for a second look without refitting.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { looksEnglish } from "../language-detect.js";
import { TRIAGE_CATEGORIES, type TriageCategory } from "../triage.schema.js";
import {
  encode,
  fit,
  foldOf as foldOfLine,
  isWriterLine,
  oneVsRest,
  rulesOf,
  SETTINGS,
  type Trainer,
} from "./train-reader.js";
import { loadExamples, lowerOf } from "./training-data.js";

const { values } = parseArgs({
  options: { folds: { type: "string", default: "5" }, out: { type: "string" } },
});
const FOLDS = Number(values.folds);

const foldOf = (id: string) => foldOfLine(id, FOLDS);

export interface OutOfFold {
  id: string;
  gold: TriageCategory;
  english: boolean;
  rules: TriageCategory;
  rulesConfidence: number;
  p12: number[];
  crisis: number;
  threat: number;
}

function predictAll(t: Trainer, texts: readonly string[]): number[][] {
  const data = encode(texts);
  const p = new Float64Array(t.k);
  return texts.map((_, i) => {
    t.probabilities(data, i, p);
    return [...p];
  });
}

const examples = await loadExamples();
const isWriter = isWriterLine;
const early = examples.filter((e) => e.split === "early-stop");
const held = examples.filter((e) => isWriter(e) && e.split !== "early-stop");
console.error(`cross-validating on ${held.length} writer lines, ${FOLDS} folds`);
const out: OutOfFold[] = [];
for (let f = 0; f < FOLDS; f++) {
  const test = held.filter((e) => foldOf(e.id) === f);
  const train = examples.filter((e) => e.split !== "early-stop" && !(isWriter(e) && foldOf(e.id) === f));
  const texts = test.map((e) => e.text);
  const p12 = predictAll(fit(train, early), texts);
  const pc = predictAll(fit(train, early, oneVsRest("crisis", SETTINGS.crisisWeight)), texts);
  const pt = predictAll(fit(train, early, oneVsRest("threat", SETTINGS.threatWeight)), texts);
  test.forEach((e, i) => {
    const rules = rulesOf(e.text);
    out.push({
      id: e.id,
      gold: e.category as TriageCategory,
      english: looksEnglish(lowerOf(e.text)),
      rules: rules.category,
      rulesConfidence: rules.confidence,
      p12: (p12[i] as number[]).map((x) => Math.round(x * 1e4) / 1e4),
      crisis: Math.round(((pc[i] as number[])[1] as number) * 1e4) / 1e4,
      threat: Math.round(((pt[i] as number[])[1] as number) * 1e4) / 1e4,
    });
  });
  console.error(`fold ${f + 1} of ${FOLDS}: ${test.length} lines`);
}
if (values.out) writeFileSync(values.out, JSON.stringify(out));

const CRISIS = TRIAGE_CATEGORIES.indexOf("crisis");
const THREAT = TRIAGE_CATEGORIES.indexOf("threat");
type Pick = (o: OutOfFold) => number;
const ways: [string, Pick, Pick][] = [
  ["twelve-way", (o) => o.p12[CRISIS] as number, (o) => o.p12[THREAT] as number],
  ["one-vs-rest", (o) => o.crisis, (o) => o.threat],
];
for (const [name, crisisP, threatP] of ways)
  for (const [group, items] of [
    ["English", out.filter((o) => o.english)],
    ["not English", out.filter((o) => !o.english)],
  ] as const) {
    const pos = items.filter((o) => o.gold === "crisis");
    const neg = items.filter((o) => o.gold !== "crisis");
    const tpos = items.filter((o) => o.gold === "threat");
    const tneg = items.filter((o) => o.gold !== "threat");
    const rc = (o: OutOfFold) => o.rules === "crisis";
    console.log(
      `${name}, ${group}: crisis n=${pos.length}, rules alone recall ${(pos.filter(rc).length / pos.length).toFixed(3)} false ${((100 * neg.filter(rc).length) / neg.length).toFixed(1)}%; threat n=${tpos.length} rules recall ${(tpos.filter((o) => o.rules === "threat").length / tpos.length).toFixed(3)}`,
    );
    for (const th of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
      const c = (o: OutOfFold) => rc(o) || (o.rules !== "threat" && crisisP(o) >= th);
      const t = (o: OutOfFold) => o.rules === "threat" || (!rc(o) && crisisP(o) < 0.9 && threatP(o) >= th);
      console.log(
        `  θ ${th.toFixed(2)}: crisis recall ${(pos.filter(c).length / pos.length).toFixed(3)} false ${((100 * neg.filter(c).length) / neg.length).toFixed(1)}%   threat recall ${(tpos.filter(t).length / tpos.length).toFixed(3)} false ${((100 * tneg.filter(t).length) / tneg.length).toFixed(1)}%`,
      );
    }
  }
