/**
 * Batch CLI throughput: writes a generated corpus of N posts (default 1,000,000,
 * 50–280 characters) to a temp file, runs `parapet check --jsonl --pack nhs-core`
 * on it pinned to one core (taskset), samples the child's RSS and CPU time every
 * 250 ms, and prints posts/s (wall and per CPU-second of the child, which other
 * work on a shared machine disturbs less) and RSS min/max.
 *
 *   npx tsx bench/check-cli.ts [N]
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { makePost } from "./check-corpus.js";

const N = Number(process.argv[2] ?? 1_000_000);
const root = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "parapet-bench-"));
const corpus = join(dir, "posts.jsonl");

async function writeCorpus(): Promise<void> {
  const out = createWriteStream(corpus);
  for (let i = 0; i < N; i++) {
    if (!out.write(`${JSON.stringify(makePost(i))}\n`))
      await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/** User + system CPU seconds of a process so far (fields 14 and 15 of /proc/PID/stat, in 1/100 s). */
function cpuSecondsOf(pid: number): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  try {
    const fields = readFileSync(file, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): number | undefined {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(file, "utf8"));
  return m ? Number(m[1]) / 1024 : undefined;
}

await writeCorpus();
console.log(`corpus: ${N.toLocaleString("en-GB")} posts, ${(statSync(corpus).size / 1e6).toFixed(1)} MB`);
const useTaskset = existsSync("/usr/bin/taskset");
const args = [
  join(root, "packages/cli/bin/parapet.js"),
  "check",
  "--jsonl",
  "--pack",
  "nhs-core",
  "--file",
  corpus,
];
const child = spawn(
  useTaskset ? "taskset" : process.execPath,
  useTaskset ? ["-c", "0", process.execPath, ...args] : args,
  {
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const samples: number[] = [];
let lines = 0;
// Lines written and CPU seconds used at the last sample: the child's CPU cannot be read after it exits.
let cpu = { lines: 0, seconds: 0 };
let firstOutput = 0;
const started = performance.now();
child.stdout.on("data", (chunk: Buffer) => {
  if (firstOutput === 0) firstOutput = performance.now();
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
});
const timer = setInterval(() => {
  // taskset execs node in place, so the child's pid is node's.
  const rss = child.pid ? rssOf(child.pid) : undefined;
  if (rss !== undefined) samples.push(rss);
  const seconds = child.pid ? cpuSecondsOf(child.pid) : undefined;
  if (seconds !== undefined) cpu = { lines, seconds };
}, 250);
const code = await new Promise<number | null>((r) => child.on("exit", r));
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
const checking = (performance.now() - firstOutput) / 1000;
rmSync(dir, { recursive: true, force: true });
const steady = samples.slice(Math.floor(samples.length / 10));
console.log(
  JSON.stringify({
    posts: lines,
    exit: code,
    wallSeconds: Number(seconds.toFixed(1)),
    postsPerSecond: Math.round(lines / seconds),
    postsPerSecondAfterStartup: Math.round(lines / checking),
    cpuSeconds: Number(cpu.seconds.toFixed(1)),
    postsPerCpuSecond: Math.round(cpu.lines / cpu.seconds),
    rssMb: {
      max: Math.round(Math.max(...samples)),
      steadyMin: Math.round(Math.min(...steady)),
      steadyMax: Math.round(Math.max(...steady)),
      samples: samples.length,
      // RSS at each tenth of the run, to show whether it is flat or climbing.
      timeline: Array.from({ length: 10 }, (_, i) =>
        Math.round(samples[Math.floor(((i + 1) * (samples.length - 1)) / 10)] ?? 0),
      ),
    },
    oneCore: useTaskset,
  }),
);
