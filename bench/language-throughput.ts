// analyseLanguage alone (the shared language module used by triage and the checker's language.* rules):
//   npx tsx bench/language-throughput.ts [texts=200000]

import { analyseLanguage } from "@parapet/core";
import { makePost } from "./check-corpus.js";
import { labelledMessageTexts } from "./triage-corpus.js";

const total = Number(process.argv[2] ?? 200_000);
const inbound = labelledMessageTexts();

function measure(name: string, textOf: (i: number) => string): void {
  for (let i = 0; i < 20_000; i++) analyseLanguage(textOf(i));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let findings = 0;
  for (let i = 0; i < total; i++) findings += analyseLanguage(textOf(i)).length;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${name}: ${total.toLocaleString("en-GB")} texts, ${Math.round(total / seconds).toLocaleString("en-GB")}/s wall, ` +
      `${Math.round(total / cpuSeconds).toLocaleString("en-GB")} per CPU-second, ${((1e6 * cpuSeconds) / total).toFixed(1)} µs CPU each (${findings} findings)`,
  );
}

measure("draft posts (bench/check-corpus.ts)", (i) => (makePost(i) as { text: string }).text);
measure("inbound messages (triage labelled set)", (i) => `${inbound[i % inbound.length]} ref ${i}`);
