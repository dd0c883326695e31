/**
 * POST /api/v1/check latency at a fixed rate on loopback, over generated posts
 * (bench/check-corpus.ts); see bench/http-load.ts for what is measured.
 *
 *   npx tsx bench/check-http.ts [seconds=20] [rate=500] [connections=10]
 */
import { makePost } from "./check-corpus.js";
import { benchRoute, loadShapeFromArgs } from "./http-load.js";

const bodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify(makePost(i)));
await benchRoute("/api/v1/check", bodies, loadShapeFromArgs());
