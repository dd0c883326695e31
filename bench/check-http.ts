/**
 * POST /api/v1/check latency at a fixed 500 requests/s on loopback: starts a real
 * `parapet serve` (PGlite in a temp directory, demo data), then autocannon with
 * overallRate 500 for 30 s over a rotating set of generated posts.
 *
 *   npx tsx bench/check-http.ts [seconds] [rate]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { makePost } from "./check-corpus.js";

const seconds = Number(process.argv[2] ?? 30);
const rate = Number(process.argv[3] ?? 500);
const root = resolve(import.meta.dirname, "..");
const cli = join(root, "packages/cli/bin/parapet.js");
const dataDir = mkdtempSync(join(tmpdir(), "parapet-bench-http-"));
const env: NodeJS.ProcessEnv = { ...process.env, PARAPET_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
delete env.DATABASE_URL;

await new Promise<void>((ok, fail) =>
  spawn(process.execPath, [cli, "seed-demo"], { env, stdio: "ignore" }).on("exit", (c) =>
    c === 0 ? ok() : fail(new Error(`seed-demo exited ${c}`)),
  ),
);
const server = spawn(process.execPath, [cli, "serve", "--port", "0"], {
  env,
  stdio: ["ignore", "ignore", "pipe"],
});
const url = await new Promise<string>((ok, fail) => {
  let err = "";
  server.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
    const m = /Parapet is running at (http:\/\/\S+)/.exec(err);
    if (m?.[1]) ok(m[1]);
  });
  server.on("exit", (c) => fail(new Error(`serve exited ${c}: ${err}`)));
});

// Warm up (JIT, first pack compile) for 5 s before measuring.
await autocannon({
  url: `${url}/api/v1/check`,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(makePost(0)),
  connections: 10,
  overallRate: rate,
  duration: 5,
});
const bodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify(makePost(i)));
let next = 0;
const result = await autocannon({
  url: `${url}/api/v1/check`,
  method: "POST",
  headers: { "content-type": "application/json" },
  connections: 20,
  overallRate: rate,
  duration: seconds,
  requests: [
    {
      setupRequest: (req: Record<string, unknown>) => {
        next = (next + 1) % bodies.length;
        return { ...req, body: bodies[next] };
      },
    },
  ],
});
server.kill("SIGINT");
await new Promise((r) => server.once("exit", r));
rmSync(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    rate,
    seconds,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  }),
);
