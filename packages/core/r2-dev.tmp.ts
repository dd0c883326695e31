import { readFileSync } from "node:fs";
import { analyseLanguage } from "/work/wt/r2-reader/packages/core/src/language/index.js";
import { classifyByRules } from "/work/wt/r2-reader/packages/core/src/triage/classify.js";
import { readerProbabilities, withReader } from "/work/wt/r2-reader/packages/core/src/triage/reader/combine.js";
import { lowerOf } from "/work/wt/r2-reader/packages/core/src/triage/reader/training-data.js";
const file = process.argv[2] as string;
for (const l of readFileSync(file, "utf8").split("\n").filter((x) => x.trim())) {
  const m = JSON.parse(l);
  const lower = lowerOf(m.text);
  const rules = classifyByRules(lower, analyseLanguage(m.text));
  const both = withReader(lower, rules);
  const p = readerProbabilities(lower)[0] as number;
  if (rules.category !== both.category && (m.expect.category === "crisis" || rules.category === "crisis" || both.category === "crisis"))
    console.log(m.expect.category, rules.category, "->", both.category, p.toFixed(3), m.text.slice(0, 100));
}
