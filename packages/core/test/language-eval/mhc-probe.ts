// Tuning probe for Multilingual HateCheck: reads the TUNING templates only (loadMhcTuning), never the held-out ones.
//   npx tsx packages/core/test/language-eval/mhc-probe.ts [language|all] [functionality-substring] [show=fn|fp|all] [limit]
import { analyseLanguage } from "../../src/language/index.js";
import { defaultTriageConfig, triageMessage } from "../../src/triage/index.js";
import { HATECHECK_UNGATED, loadMhcTuning, MHC_LANGUAGES, type MhcLanguage } from "./datasets.js";

const [which = "all", func = "", show = "", limitArg = "40"] = process.argv.slice(2);
const limit = Number(limitArg);
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
function flagged(id: string, text: string): boolean {
  const r = triageMessage({ id, text, channel: "comment" }, config, { now });
  return r.flags.includes("abuse") || r.category === "abuse" || r.category === "threat";
}
const languages = which === "all" ? MHC_LANGUAGES : [which as MhcLanguage];
const accs: number[] = [];
const perFunc = new Map<string, [number, number]>();
for (const language of languages) {
  const rows = loadMhcTuning(language);
  let ok = 0;
  let n = 0;
  let shown = 0;
  let hatefulHit = 0;
  let hateful = 0;
  for (const r of rows) {
    const f = flagged(r.id, r.text);
    const right = f === r.hateful;
    if (!HATECHECK_UNGATED.has(r.functionality)) {
      n++;
      if (right) ok++;
      const c = perFunc.get(r.functionality) ?? [0, 0];
      perFunc.set(r.functionality, [c[0] + (right ? 1 : 0), c[1] + 1]);
    }
    if (r.hateful) {
      hateful++;
      if (f) hatefulHit++;
    }
    const wanted = show === "all" || (show === "fn" && r.hateful && !f) || (show === "fp" && !r.hateful && f);
    if (show && wanted && r.functionality.includes(func) && shown < limit) {
      shown++;
      const terms = analyseLanguage(r.text).map((x) => `${x.kind}:${x.term}`);
      console.log(
        `${right ? " " : "X"} ${language} ${r.functionality} ${JSON.stringify(r.text)} ${terms.join(" ")}`,
      );
    }
  }
  accs.push(ok / n);
  console.log(
    `TUNING ${language.padEnd(10)} gated accuracy ${(ok / n).toFixed(3)} (n=${n}); hateful found ${(hatefulHit / hateful).toFixed(3)}`,
  );
}
console.log(`TUNING mean ${(accs.reduce((a, b) => a + b, 0) / accs.length).toFixed(3)}`);
if (func === "" || show === "")
  for (const [f, [a, b]] of [...perFunc].sort()) console.log("  ", f.padEnd(26), (a / b).toFixed(2), b);
