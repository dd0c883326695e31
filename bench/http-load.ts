/**
 * Shared by bench/check-http.ts and bench/triage-http.ts: starts a real
 * `parapet serve` (PGlite in a temporary directory, LOG_LEVEL=warn), drives one
 * route with autocannon at a fixed rate, and reports latency for the first
 * seconds after the server is up (cold) and after that (warm), with the
 * server's CPU time per request and its RSS. The same load against a bare
 * node:http server that answers at once gives the floor the harness itself
 * imposes on these two cores (autocannon shares them with the server).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";

export interface LoadShape {
  seconds: number;
  rate: number;
  connections: number;
}

export function loadShapeFromArgs(argv = process.argv): LoadShape {
  return {
    seconds: Number(argv[2] ?? 20),
    rate: Number(argv[3] ?? 500),
    connections: Number(argv[4] ?? 10),
  };
}

interface Latency {
  requests: number;
  non2xx: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export async function drive(url: string, bodies: readonly string[], shape: LoadShape): Promise<Latency> {
  let next = 0;
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections: shape.connections,
    overallRate: shape.rate,
    duration: shape.seconds,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          next = (next + 1) % bodies.length;
          return { ...req, body: bodies[next] };
        },
      },
    ],
  });
  const { latency } = result;
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: latency.p50,
    p90: latency.p90,
    p99: latency.p99,
    max: latency.max,
  };
}

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Math.round(Number(match?.[1] ?? 0) / 1024);
}

async function harnessFloor(bodies: readonly string[], shape: LoadShape): Promise<Latency> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  try {
    return await drive(`http://127.0.0.1:${port}/`, bodies, shape);
  } finally {
    server.close();
  }
}

export interface ServeProcess {
  url: string;
  pid: number;
  readyMs: number;
  stop(): Promise<void>;
}

/** A real `parapet serve` on a free port, PGlite in a new temporary directory, LOG_LEVEL=warn. */
export async function startServe(extraEnv: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const root = resolve(import.meta.dirname, "..");
  const cli = join(root, "packages/cli/bin/parapet.js");
  const dataDir = mkdtempSync(join(tmpdir(), "parapet-bench-http-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PARAPET_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const server = spawn(process.execPath, [cli, "serve", "--port", "0"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stop = async () => {
    server.kill("SIGINT");
    await new Promise((r) => server.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((ok, fail) => {
      let err = "";
      server.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString();
        const m = /Parapet is running at (http:\/\/\S+)/.exec(err);
        if (m?.[1]) ok(m[1]);
      });
      server.on("exit", (c) => fail(new Error(`serve exited ${c}: ${err}`)));
    });
    return { url, pid: server.pid ?? 0, readyMs: Math.round(performance.now() - started), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/** Runs the whole measurement for one route and prints one JSON object. */
export async function benchRoute(path: string, bodies: readonly string[], shape: LoadShape): Promise<void> {
  const server = await startServe();
  try {
    const { url, pid, readyMs } = server;
    const cold = await drive(`${url}${path}`, bodies, { ...shape, seconds: 5 });
    const cpuBefore = cpuMs(pid);
    const warm = await drive(`${url}${path}`, bodies, shape);
    const cpuPerRequestMs = (cpuMs(pid) - cpuBefore) / Math.max(1, warm.requests);
    const serverRssMb = rssMb(pid);
    const floor = await harnessFloor(bodies, shape);
    console.log(
      JSON.stringify(
        {
          node: process.version,
          route: `POST ${path}`,
          shape,
          serverReadyMs: readyMs,
          coldFirst5s: cold,
          warm,
          serverCpuMsPerRequest: Math.round(cpuPerRequestMs * 1000) / 1000,
          serverRssMbAfter: serverRssMb,
          harnessFloorBareNodeHttp: floor,
          loadAverage: loadAverage(),
        },
        null,
        2,
      ),
    );
  } finally {
    await server.stop();
  }
}
