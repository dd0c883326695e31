/**
 * Time from `parapet start` to GET /healthz answering 200, on a data directory
 * that is already migrated and seeded and a web UI that is already built, and
 * the server's resident memory once idle. Also the CPU time the process used until healthy
 * (user + system, from /proc): on a machine shared with other work the wall time grows with
 * the load, the CPU time far less, so it says what start-up costs when the machine is busy.
 *
 *   npx tsx bench/startup.ts [runs] [--bin path/to/parapet.js]
 *
 * `--bin` times another entry point (e.g. a one-line module importing an older copy of the
 * CLI bundle) for a before/after comparison on the same machine.
 *
 * Then the one-shot check: `parapet check "…"` run `runs` times (after one unmeasured run, which
 * may build the bundle), its wall time and CPU time (user + system of the child, from
 * /proc/self/stat's children fields), goal ≤ 0.5 s wall on an idle machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const binAt = process.argv.indexOf("--bin");
const runs = Number(process.argv[2] !== undefined && binAt !== 2 ? process.argv[2] : 5);
const cli =
  binAt > 0 && process.argv[binAt + 1]
    ? resolve(process.argv[binAt + 1] as string)
    : new URL("../packages/cli/bin/parapet.js", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "parapet-bench-startup-"));
const port = 18_000 + Math.floor(Math.random() * 1000);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PARAPET_DATA_DIR: dataDir,
  PORT: String(port),
  LOG_LEVEL: "warn",
};
delete env.DATABASE_URL;

async function healthyAfter(started: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** User + system CPU time of a process so far, in milliseconds (fields 14 and 15 of /proc/PID/stat). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function once(): Promise<{ ms: number; rss: number; cpu: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "start"], { env, stdio: "ignore" });
  const ms = await healthyAfter(started);
  const cpu = child.pid ? cpuMs(child.pid) : Number.NaN;
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const rss = child.pid ? rssMb(child.pid) : Number.NaN;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  await exited;
  return { ms, rss, cpu };
}

// The first start migrates, seeds and may build the UI; it is not what we measure.
await once();
const results = [];
for (let i = 0; i < runs; i += 1) results.push(await once());
rmSync(dataDir, { recursive: true, force: true });

/** One `parapet check` of a short post: wall and CPU milliseconds. */
function oneShot(): { ms: number; cpu: number } {
  const childrenBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, "check", "Our clinic is open on Saturday, 9am to 1pm."], {
    env,
    stdio: "ignore",
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`parapet check exited ${result.status}`);
  return { ms, cpu: childrenCpuMs() - childrenBefore };
}

/** User + system CPU of this process's waited-for children so far (fields 16 and 17 of /proc/self/stat). */
function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}
oneShot();
const shots = Array.from({ length: runs }, oneShot);
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}`);
console.log(
  `start → /healthz 200, ${runs} runs: median ${median.toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms (goal < 2000 ms)`,
);
const cpu = results.map((r) => r.cpu).sort((a, b) => a - b);
console.log(
  `CPU time (user + system) until healthy: median ${cpu[Math.floor(cpu.length / 2)]?.toFixed(0)} ms, min ${cpu[0]?.toFixed(0)} ms, max ${cpu.at(-1)?.toFixed(0)} ms`,
);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`,
);
console.log(
  `idle RSS 2 s after healthy: ${results.map((r) => r.rss.toFixed(0)).join(", ")} MB (goal < 200 MB)`,
);
const shotMs = shots.map((r) => r.ms).sort((a, b) => a - b);
const shotCpu = shots.map((r) => r.cpu).sort((a, b) => a - b);
console.log(
  `one-shot \`parapet check "…"\`, ${runs} runs: median ${shotMs[Math.floor(runs / 2)]?.toFixed(0)} ms wall (min ${shotMs[0]?.toFixed(0)}, max ${shotMs.at(-1)?.toFixed(0)}; goal ≤ 500 ms on an idle machine), CPU median ${shotCpu[Math.floor(runs / 2)]?.toFixed(0)} ms`,
);
