// Dev probe: npx tsx packages/core/test/triage-eval/probe.ts [category-filter]
import { readFileSync } from "node:fs";
import { defaultTriageConfig, triageMessage } from "../../src/triage/index.js";
import { falseCrisisRate, macroF1, recallOf } from "./metrics.js";

const filter = process.argv[2] ?? "";
const rows = readFileSync(new URL("./messages.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const config = defaultTriageConfig();
const scored = [];
const flagStats: Record<string, [number, number, number]> = {};
for (const r of rows) {
  const out = triageMessage(r, config, { now: new Date("2026-11-24T10:00:00Z") });
  scored.push({ expected: r.expect.category, predicted: out.category });
  if (
    out.category !== r.expect.category &&
    (filter === "" || r.expect.category === filter || out.category === filter)
  ) {
    console.log(`${r.id} exp=${r.expect.category} got=${out.category} ${JSON.stringify(r.text)}`);
  }
  const exp = new Set<string>(r.expect.flags ?? []);
  for (const f of ["abuse", "names_staff", "contains_pii", "non_english", "recording"]) {
    flagStats[f] ??= [0, 0, 0];
    const s = flagStats[f];
    const got = out.flags.includes(f as never);
    if (got && exp.has(f)) s[0]++;
    else if (got) {
      s[1]++;
      if (filter === `flag:${f}`) console.log("FLAG FP", f, r.id, JSON.stringify(r.text));
    } else if (exp.has(f)) {
      s[2]++;
      if (filter === `flag:${f}`) console.log("FLAG FN", f, r.id, JSON.stringify(r.text));
    }
  }
}
const m = macroF1(scored);
console.log(
  "macro-F1",
  m.macro.toFixed(3),
  "crisis recall",
  recallOf(scored, "crisis").toFixed(3),
  "threat recall",
  recallOf(scored, "threat").toFixed(3),
  "false crisis",
  falseCrisisRate(scored).toFixed(3),
);
for (const [c, v] of Object.entries(m.per))
  console.log("  ", c.padEnd(18), v.p.toFixed(2), v.r.toFixed(2), v.f1.toFixed(2), v.n);
for (const [f, [tp, fp, fn]] of Object.entries(flagStats))
  console.log("  flag", f.padEnd(14), "tp", tp, "fp", fp, "fn", fn);
