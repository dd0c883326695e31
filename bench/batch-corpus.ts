/**
 * Batch CLI throughput on a corpus from the repo (bench/real-corpus.ts), pinned to one
 * core: `parapet check --jsonl` and/or `parapet triage --jsonl`, process start included.
 *
 *   npx tsx bench/batch-corpus.ts --corpus davidson|hatecheck|bench [--command check|triage|both]
 *     [--lines N] [--runs R] [--pack nhs-core] [--bin path/to/parapet.js]...
 *
 * The machine is shared, so the figure to compare is lines per CPU-second of the child
 * (user + system, from /usr/bin/time), not wall time. With several `--bin`s (e.g. a copy
 * of an older bundle beside the current one) the runs alternate between them, so load
 * that comes and goes falls on both alike. Each run also reports peak RSS (/usr/bin/time's
 * maximum resident set), RSS at each tenth of the run, and the SHA-256 of its output.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  argOf,
  type BatchCommand,
  CORPORA,
  type CorpusName,
  DEFAULT_LINES,
  writeCorpus,
} from "./real-corpus.js";

const root = resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const corpus = argOf(argv, "corpus", "davidson") as CorpusName;
if (!CORPORA.includes(corpus)) throw new Error(`--corpus must be one of ${CORPORA.join(", ")}`);
const commandArg = argOf(argv, "command", "both");
const commands: BatchCommand[] = commandArg === "both" ? ["check", "triage"] : [commandArg as BatchCommand];
const lines = Number(argOf(argv, "lines", String(DEFAULT_LINES[corpus])));
const runs = Number(argOf(argv, "runs", "1"));
const pack = argOf(argv, "pack", "nhs-core");
const bins = argv.flatMap((a, i) => (a === "--bin" && argv[i + 1] ? [resolve(argv[i + 1] as string)] : []));
if (bins.length === 0) bins.push(join(root, "packages/cli/bin/parapet.js"));

export interface RunFigures {
  bin: string;
  command: BatchCommand;
  lines: number;
  exit: number | null;
  wallSeconds: number;
  cpuSeconds: number;
  linesPerCpuSecond: number;
  linesPerWallSecond: number;
  peakRssMb: number;
  rssTimelineMb: number[];
  sha256: string;
}

function rssMbOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of node under taskset → time (each execs or forks once). */
function nodePidUnder(pid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/);
    return children[0] ? Number(children[0]) : undefined;
  } catch {
    return undefined;
  }
}

async function runOnce(bin: string, command: BatchCommand, file: string, dir: string): Promise<RunFigures> {
  const timeFile = join(dir, "time.txt");
  const args = [bin, command, "--jsonl", "--pack", pack, "--file", file];
  const wrapped = ["/usr/bin/time", "-f", "%U %S %M", "-o", timeFile, process.execPath, ...args];
  const oneCore = existsSync("/usr/bin/taskset");
  const child = spawn(
    oneCore ? "taskset" : (wrapped[0] as string),
    oneCore ? ["-c", "0", ...wrapped] : wrapped.slice(1),
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const hash = createHash("sha256");
  let count = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    hash.update(chunk);
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) count++;
  });
  const samples: number[] = [];
  const timer = setInterval(() => {
    const pid = child.pid ? nodePidUnder(child.pid) : undefined;
    const rss = pid ? rssMbOf(pid) : undefined;
    if (rss !== undefined) samples.push(rss);
  }, 250);
  const started = performance.now();
  const exit = await new Promise<number | null>((r) => child.on("close", r));
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const [user, system, maxKb] =
    readFileSync(timeFile, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
  const cpuSeconds = (user ?? 0) + (system ?? 0);
  return {
    bin: bin.replace(`${root}/`, ""),
    command,
    lines: count,
    exit,
    wallSeconds: Number(wallSeconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    linesPerCpuSecond: Math.round(count / cpuSeconds),
    linesPerWallSecond: Math.round(count / wallSeconds),
    peakRssMb: Math.round((maxKb ?? 0) / 1024),
    rssTimelineMb: Array.from({ length: 10 }, (_, i) =>
      Math.round(samples[Math.floor(((i + 1) * (samples.length - 1)) / 10)] ?? 0),
    ),
    sha256: hash.digest("hex"),
  };
}

/** Runs every bin on one corpus, alternating, `runs` times each; returns every run's figures. */
export async function benchCorpus(): Promise<RunFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), "parapet-bench-corpus-"));
  const results: RunFigures[] = [];
  try {
    for (const command of commands) {
      const file = join(dir, `${corpus}-${command}.jsonl`);
      const bytes = await writeCorpus(file, corpus, command, lines);
      console.error(
        `${corpus} for ${command}: ${lines.toLocaleString("en-GB")} lines, ${(bytes / 1e6).toFixed(1)} MB`,
      );
      for (let r = 0; r < runs; r++)
        for (const bin of bins) {
          const figures = await runOnce(bin, command, file, dir);
          results.push(figures);
          console.log(
            JSON.stringify({ corpus, load: loadavg().map((l) => Number(l.toFixed(2))), ...figures }),
          );
        }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
const results = await benchCorpus();
const summary: Record<string, unknown> = {
  corpus,
  lines,
  pack,
  loadBefore,
  loadAfter: loadavg().map((l) => Number(l.toFixed(2))),
};
for (const command of commands)
  for (const bin of bins) {
    const mine = results.filter((r) => r.command === command && r.bin === bin.replace(`${root}/`, ""));
    const cpu = mine.map((r) => r.cpuSeconds).sort((a, b) => a - b);
    summary[`${command} ${bin.replace(`${root}/`, "")}`] = {
      medianCpuSeconds: cpu[Math.floor(cpu.length / 2)],
      medianLinesPerCpuSecond: Math.round(lines / (cpu[Math.floor(cpu.length / 2)] ?? 1)),
      peakRssMb: Math.max(...mine.map((r) => r.peakRssMb)),
      outputs: [...new Set(mine.map((r) => r.sha256))],
    };
  }
console.log(JSON.stringify(summary, null, 2));
