/**
 * In-process checker throughput on one thread, with the shipped nhs-core pack and
 * with a variant that removes the language rules (to show where the time goes).
 *
 *   npx tsx bench/check-inprocess.ts [N]
 */
import { type CheckInput, checkPost, loadPacks, type Pack } from "@parapet/core";
import { readPackSources } from "../packages/server/src/packs/load-packs-from-disk.js";
import { makePost } from "./check-corpus.js";

const N = Number(process.argv[2] ?? 50_000);
const NO_LANGUAGE = `id: bench-no-language
extends: nhs-core
organisation: bench
document: bench
version: "0"
ratified: "2026-01-01"
nextReviewDate: "2027-01-01"
remove: [nhs-core.language.profanity, nhs-core.language.discriminatory, nhs-core.language.abusive]
`;
const packs = loadPacks([...readPackSources(), { file: "bench-no-language.yaml", source: NO_LANGUAGE }]);
const posts = Array.from({ length: N }, (_, i) => makePost(i) as CheckInput);

function run(pack: Pack): string {
  for (let i = 0; i < Math.min(5_000, N); i++) checkPost(pack, posts[i] as CheckInput);
  const t0 = performance.now();
  let blocked = 0;
  for (const p of posts) if (checkPost(pack, p).verdict === "block") blocked++;
  const ms = performance.now() - t0;
  return `${pack.id}: ${N} posts in ${ms.toFixed(0)} ms = ${Math.round(N / (ms / 1000))} posts/s, ${((ms * 1000) / N).toFixed(1)} µs/post (${blocked} blocked)`;
}

for (const id of ["nhs-core", "bench-no-language"]) {
  const pack = packs.get(id);
  if (pack) console.log(run(pack));
}
