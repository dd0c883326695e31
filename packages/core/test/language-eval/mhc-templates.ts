// The TUNING templates of one Multilingual HateCheck language, one line per template (held-out templates are skipped):
//   npx tsx packages/core/test/language-eval/mhc-templates.ts german [functionality-substring]
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { EVAL_DIR, mhcHeldOut } from "./datasets.js";

const [language = "german", func = ""] = process.argv.slice(2);
const records = parse(readFileSync(`${EVAL_DIR}mhc/hatecheck_cases_final_${language}.csv`), {
  columns: true,
  skip_empty_lines: true,
}) as Record<string, string>[];
const seen = new Set<string>();
const idents = new Map<string, Set<string>>();
for (const r of records) {
  const t = r.templ_id ?? "";
  if (mhcHeldOut(t)) continue;
  if (r.target_ident) {
    const s = idents.get(r.target_ident) ?? new Set<string>();
    idents.set(r.target_ident, s);
  }
  if (seen.has(t) || !(r.functionality ?? "").includes(func)) continue;
  seen.add(t);
  console.log(`${t}\t${r.functionality}\t${r.label_gold}\t${r.case_templ}`);
}
console.log(`${seen.size} tuning templates; targets: ${[...idents.keys()].join(", ")}`);
