// Quick in-process figure: `npx tsx bench/check-inprocess.ts`
import { checkPost } from "@parapet/core";
import { loadPacksFromDisk } from "../packages/server/src/packs/load-packs-from-disk.js";
import { makePost } from "./check-corpus.js";

const pack = loadPacksFromDisk().get("nhs-core");
if (!pack) throw new Error("no nhs-core pack");
const posts = Array.from({ length: 100_000 }, (_, i) => makePost(i));
for (let i = 0; i < 20_000; i++) checkPost(pack, posts[i] as never);
const t0 = performance.now();
let blocked = 0;
for (const p of posts) if (checkPost(pack, p as never).verdict === "block") blocked++;
const ms = performance.now() - t0;
console.log(
  `${posts.length} posts in ${ms.toFixed(0)} ms: ${Math.round(posts.length / (ms / 1000))} posts/s (${blocked} blocked)`,
);
