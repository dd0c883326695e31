/**
 * The CPU a fresh process spends compiling one pack (`compilePack`: its rules and its phrase
 * index), the part of a one-shot `parapet check` that is the pack's own. Each run is a new
 * process, so the figure is the cold one a one-shot check pays, not a JIT-warmed repeat.
 *
 *   npx tsx bench/pack-compile.ts [runs=5] [pack=nhs-core]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { compilePack } from "@parapet/core/packs";
import { packDirectory } from "../packages/server/src/packs/load-packs-from-disk.js";

const [runsArg, packArg] = process.argv.slice(2);
if (process.env.PARAPET_BENCH_CHILD) {
  const resolved = packDirectory().resolved(packArg ?? "nhs-core");
  if (!resolved) throw new Error(`no pack ${packArg}`);
  const before = process.cpuUsage();
  compilePack(resolved);
  const used = process.cpuUsage(before);
  process.stdout.write(`${(used.user + used.system) / 1000}\n`);
} else {
  const runs = Number(runsArg ?? 5);
  const pack = packArg ?? "nhs-core";
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), String(runs), pack],
      {
        env: { ...process.env, PARAPET_BENCH_CHILD: "1" },
        encoding: "utf8",
      },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    ms.push(Number(child.stdout.trim()));
  }
  ms.sort((a, b) => a - b);
  console.log(
    `compilePack(${pack}) in a fresh process, ${runs} runs: CPU median ${ms[Math.floor(runs / 2)]?.toFixed(0)} ms (${ms.map((m) => m.toFixed(0)).join(", ")}); load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
}
