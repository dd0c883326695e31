// Triage throughput on one core with memory sampled along the way:
//   npx tsx bench/triage-throughput.ts [messages=1000000]
// Messages are the labelled set's texts, each varied per iteration (a reference
// number and a time appended) so no two inputs are the same string.

import { loadavg } from "node:os";
import { triageMessage } from "@parapet/core";
import { loadTriageConfig } from "../packages/server/src/triage/triage-config.reader.js";
import { labelledMessageTexts } from "./triage-corpus.js";

const total = Number(process.argv[2] ?? 1_000_000);
const pool = labelledMessageTexts();
const config = loadTriageConfig("nhs-core");
const now = new Date("2026-11-24T10:00:00Z");
const channels = ["mention", "comment", "reply", "dm", "review"];

function message(i: number) {
  const text = `${pool[i % pool.length]} ref ${(i * 7919) % 100_000}`;
  return {
    id: `m${i}`,
    text,
    channel: channels[i % channels.length],
    receivedAt: new Date(now.getTime() + (i % 604_800) * 1000).toISOString(),
  };
}

for (let i = 0; i < 50_000; i++) triageMessage(message(i), config, { now });
globalThis.gc?.();
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const samples: string[] = [];
let chars = 0;
const crisis = { n: 0 };
// Other processes on the machine slow the wall-clock rate; CPU time of this process is the steadier figure.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
const loadBefore = load();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < total; i++) {
  const m = message(i);
  chars += m.text.length;
  if (triageMessage(m, config, { now }).category === "crisis") crisis.n++;
  if ((i + 1) % 100_000 === 0) {
    const mem = process.memoryUsage();
    samples.push(`${i + 1}: rss ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB`);
  }
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `node ${process.version}, ${total.toLocaleString("en-GB")} messages (mean ${Math.round(chars / total)} chars)`,
);
console.log(
  `${seconds.toFixed(1)} s wall: ${Math.round(total / seconds).toLocaleString("en-GB")} messages/s; ` +
    `${cpuSeconds.toFixed(1)} s CPU: ${Math.round(total / cpuSeconds).toLocaleString("en-GB")} messages per CPU-second (${crisis.n} crisis)`,
);
console.log(`load average ${loadBefore} before, ${load()} after`);
for (const s of samples) console.log(`  ${s}`);
