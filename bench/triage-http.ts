/**
 * POST /api/v1/triage latency at a fixed rate on loopback, over the labelled
 * messages' inputs (packages/core/test/triage-eval); see bench/http-load.ts.
 *
 *   npx tsx bench/triage-http.ts [seconds=20] [rate=500] [connections=10]
 */
import { readFileSync } from "node:fs";
import { benchRoute, loadShapeFromArgs } from "./http-load.js";

const bodies = readFileSync(
  new URL("../packages/core/test/triage-eval/messages.jsonl", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter(Boolean)
  .map((line) => {
    const { expect: _label, note: _note, ...input } = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify(input);
  });
await benchRoute("/api/v1/triage", bodies, loadShapeFromArgs());
