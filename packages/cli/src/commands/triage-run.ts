// What `parapet triage` does; loaded only when it runs, so other commands skip compiling the triage cues.
import { createReadStream } from "node:fs";
import { AppError, type TriageConfig, type TriageResult, triageMessage } from "@parapet/core";
import { isPackPath } from "@parapet/server/packs/own-pack.js";
import { loadOwnTriageConfig } from "@parapet/server/packs/own-triage-config.js";
import { loadTriageConfig } from "@parapet/server/triage/triage-config.reader.js";
import { EXIT } from "../exit.js";
import { runJsonlBatch } from "../jsonl-batch.js";
import { readOneText } from "../read-text.js";
import type { TriageCliOptions } from "./triage.js";

function formatHuman(result: TriageResult): string {
  const lines = [
    `${result.category} (${result.urgency}) → ${result.route}`,
    `due by: ${result.dueBy ?? "no deadline"}`,
    `flags: ${result.flags.length > 0 ? result.flags.join(", ") : "none"}`,
  ];
  for (const r of result.reasons ?? []) lines.push(`  ${r.for}: ${r.cue} "${r.text}" [${r.start}-${r.end}]`);
  if (result.template)
    lines.push(`template ${result.template.id} (${result.template.clause}):`, `  ${result.template.text}`);
  return `${lines.join("\n")}\n`;
}

async function triageOne(
  text: string | undefined,
  opts: TriageCliOptions,
  config: TriageConfig,
): Promise<number> {
  const body = await readOneText(text, opts.file, "message");
  const input = {
    id: "cli",
    text: body,
    ...(opts.receivedAt ? { receivedAt: opts.receivedAt } : {}),
    ...(opts.channel ? { channel: opts.channel } : {}),
    ...(opts.account ? { account: opts.account } : {}),
  };
  const result = triageMessage(input, config, { now: new Date() });
  process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : formatHuman(result));
  return EXIT.ok;
}

/** One JSON object per line in, one result per line out, in order (docs/interfaces.md §4). */
async function triageBatch(opts: TriageCliOptions, config: TriageConfig): Promise<number> {
  const now = new Date();
  return runJsonlBatch({
    input: opts.file ? createReadStream(opts.file) : process.stdin,
    stripBom: true,
    errorId: (raw) => {
      const id = isObject(raw) && "id" in raw ? raw.id : null;
      return typeof id === "string" || typeof id === "number" ? id : null;
    },
    handle: (raw) => {
      if (!isObject(raw))
        throw new AppError("validation", "each line must be a JSON object with id and text");
      return triageMessage(raw as never, config, { now });
    },
  });
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return raw !== null && typeof raw === "object" && !Array.isArray(raw);
}

export async function runTriage(text: string | undefined, opts: TriageCliOptions): Promise<number> {
  const config = isPackPath(opts.pack) ? loadOwnTriageConfig(opts.pack) : loadTriageConfig(opts.pack);
  return opts.jsonl ? triageBatch(opts, config) : triageOne(text, opts, config);
}
