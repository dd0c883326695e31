// Tuning probe (tuning split only): npx tsx packages/core/test/language-eval/probe.ts [davidson|hatecheck] [fp|fn] [filter]
import { analyseLanguage } from "../../src/language/index.js";
import { HATECHECK_UNGATED, loadDavidson, loadHateCheck, stratifiedSample } from "./datasets.js";

const [set = "hatecheck", show = "", filter = ""] = process.argv.slice(2);
const flagged = (t: string) => analyseLanguage(t).length > 0;
if (set === "davidson") {
  const all = loadDavidson();
  for (const part of [false, true]) {
    const rows = stratifiedSample(
      all.filter((r) => r.heldOut === part),
      3000,
      20261124,
    );
    let tp = 0,
      fp = 0,
      fn = 0,
      hateHit = 0,
      hate = 0,
      nei = 0,
      neiOk = 0;
    for (const r of rows) {
      const f = flagged(r.text);
      const pos = r.label !== 2;
      if (pos && f) tp++;
      if (!pos && f) fp++;
      if (pos && !f) fn++;
      if (r.label === 0) {
        hate++;
        if (f) hateHit++;
      }
      if (r.label === 2) {
        nei++;
        if (!f) neiOk++;
      }
      if (!part && show === "fp" && !pos && f)
        console.log("FP", JSON.stringify(r.text), JSON.stringify(analyseLanguage(r.text).map((x) => x.term)));
      if (!part && show === "fn" && pos && !f && r.text.includes(filter))
        console.log("FN", r.label, JSON.stringify(r.text));
    }
    const p = tp / (tp + fp),
      rc = tp / (tp + fn);
    console.log(
      part ? "HELD-OUT" : "TUNING",
      rows.length,
      "F1",
      ((2 * p * rc) / (p + rc)).toFixed(3),
      "hate recall",
      (hateHit / hate).toFixed(3),
      "neither unflagged",
      (neiOk / nei).toFixed(3),
    );
  }
} else {
  const all = loadHateCheck();
  for (const part of [false, true]) {
    const rows = all.filter((r) => r.heldOut === part);
    const per = new Map<string, [number, number]>();
    let ok = 0,
      n = 0;
    for (const r of rows) {
      const right = flagged(r.text) === r.hateful;
      const cur = per.get(r.functionality) ?? [0, 0];
      per.set(r.functionality, [cur[0] + (right ? 1 : 0), cur[1] + 1]);
      if (!HATECHECK_UNGATED.has(r.functionality)) {
        n++;
        if (right) ok++;
      }
      if (!part && !right && (show === "" ? false : r.functionality.includes(show)))
        console.log(
          "X",
          r.functionality,
          JSON.stringify(r.text),
          JSON.stringify(analyseLanguage(r.text).map((x) => `${x.kind}:${x.term}`)),
        );
    }
    console.log(part ? "HELD-OUT" : "TUNING", "gated accuracy", (ok / n).toFixed(3), n);
    if (filter === "per" || show === "")
      for (const [f, [a, b]] of per) console.log("  ", f.padEnd(20), (a / b).toFixed(2), b);
  }
}
