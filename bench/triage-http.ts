// p99 latency of POST /api/v1/triage at a fixed 500 requests/s on loopback:
//   npx tsx bench/triage-http.ts [seconds=30] [rate=500]
// Starts a real `parapet serve` (PGlite in a temporary directory) and drives it with autocannon.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const seconds = Number(process.argv[2] ?? 30);
const rate = Number(process.argv[3] ?? 500);
const port = 18_000 + Math.floor(Math.random() * 1000);
const dataDir = mkdtempSync(join(tmpdir(), "parapet-bench-"));
const bin = fileURLToPath(new URL("../packages/cli/bin/parapet.js", import.meta.url));
const server = spawn(process.execPath, [bin, "serve", "--port", String(port)], {
  env: { ...process.env, PARAPET_DATA_DIR: dataDir, NODE_ENV: "production", LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy");
}

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

try {
  await waitForHealth();
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/v1/triage`,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections: 50,
    overallRate: rate,
    duration: seconds,
    requests: [
      { setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[i++ % bodies.length] }) },
    ],
  });
  const lat = result.latency;
  const r = result as unknown as { requests: { total: number; average: number }; timeouts: number };
  console.log(`node ${process.version}; ${seconds} s at ${rate} req/s target, 50 connections, loopback`);
  console.log(
    `requests ${r.requests.total} (${r.requests.average}/s), non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${r.timeouts}`,
  );
  console.log(`latency ms: p50 ${lat.p50}, p90 ${lat.p90}, p99 ${lat.p99}, max ${lat.max}`);
} finally {
  server.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
