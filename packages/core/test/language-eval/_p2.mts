import { explainMultilingual } from "../../src/language/multilingual/analyse-multilingual.ts";
import { normalise } from "../../src/language/normalise.ts";
import { loadDavidson } from "./datasets.ts";

const c = new Map<string, number>();
let n = 0;
for (const r of loadDavidson()
  .filter((r) => !r.heldOut)
  .slice(0, 8000)) {
  const hs = explainMultilingual(normalise(r.text));
  if (hs.length) n++;
  for (const h of hs) {
    const k = `${h.role} ${h.word} ${h.langs.join(",")}`;
    c.set(k, (c.get(k) ?? 0) + 1);
  }
}
console.log("texts with hits", n);
for (const [k, v] of [...c].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v, k);
