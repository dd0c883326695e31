/**
 * POST /api/v1/triage latency at a fixed rate on loopback, over the labelled
 * messages' inputs (packages/core/test/triage-eval); see bench/http-load.ts.
 *
 *   npx tsx bench/triage-http.ts [seconds=20] [rate=500] [connections=10]
 */

import { benchRoute, loadShapeFromArgs } from "./http-load.js";
import { labelledMessageInputs } from "./triage-corpus.js";

const bodies = labelledMessageInputs().map((input) => JSON.stringify(input));
await benchRoute("/api/v1/triage", bodies, loadShapeFromArgs());
