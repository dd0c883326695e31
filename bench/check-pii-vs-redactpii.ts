/**
 * Side by side in one run, one thread: the same PII-only corpus through
 * @redactpii/node (five US-format regexes) and through Parapet's PII detectors
 * (findPii: NHS number with modulus 11, NINO, postcode, DOB, phone via
 * libphonenumber-js, email, address, names in patient context). Alternates the
 * two three times and reports the best of each and the ratio, by wall clock and by this
 * process's CPU time (steadier than wall clock on a shared machine).
 *
 *   npx tsx bench/check-pii-vs-redactpii.ts [N]
 */
import { compilePiiAllow, findPii } from "@parapet/core";
import { Redactor } from "@redactpii/node";
import { makePiiPost } from "./check-corpus.js";

const N = Number(process.argv[2] ?? 200_000);
const posts = Array.from({ length: N }, (_, i) => makePiiPost(i));
const redactor = new Redactor();
const allow = compilePiiAllow({ phones: ["0300 123 0808"] });

function time(run: () => number): { ms: number; cpuMs: number; found: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const found = run();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, found };
}
const parapet = () => {
  let n = 0;
  for (const p of posts) n += findPii(p, allow).length;
  return n;
};
const redactpii = () => {
  let n = 0;
  for (const p of posts) if (redactor.redact(p) !== p) n++;
  return n;
};
for (let i = 0; i < 20_000; i++) {
  findPii(posts[i % N] as string, allow);
  redactor.redact(posts[i % N] as string);
}
const best = { parapet: Number.POSITIVE_INFINITY, redactpii: Number.POSITIVE_INFINITY };
const bestCpu = { parapet: Number.POSITIVE_INFINITY, redactpii: Number.POSITIVE_INFINITY };
let found = { parapet: 0, redactpii: 0 };
for (let round = 0; round < 3; round++) {
  const a = time(redactpii);
  const b = time(parapet);
  best.redactpii = Math.min(best.redactpii, a.ms);
  best.parapet = Math.min(best.parapet, b.ms);
  bestCpu.redactpii = Math.min(bestCpu.redactpii, a.cpuMs);
  bestCpu.parapet = Math.min(bestCpu.parapet, b.cpuMs);
  found = { parapet: b.found, redactpii: a.found };
}
const rate = (ms: number) => Math.round(N / (ms / 1000));
console.log(
  JSON.stringify({
    posts: N,
    redactpiiPostsPerSecond: rate(best.redactpii),
    parapetPostsPerSecond: rate(best.parapet),
    parapetOverRedactpii: Number((best.redactpii / best.parapet).toFixed(2)),
    redactpiiPostsPerCpuSecond: rate(bestCpu.redactpii),
    parapetPostsPerCpuSecond: rate(bestCpu.parapet),
    parapetOverRedactpiiByCpu: Number((bestCpu.redactpii / bestCpu.parapet).toFixed(2)),
    redactpiiPostsChanged: found.redactpii,
    parapetFindings: found.parapet,
  }),
);
