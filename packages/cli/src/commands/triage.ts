import { createReadStream } from "node:fs";
import { AppError, type TriageConfig, type TriageResult, triageMessage } from "@parapet/core";
import { loadTriageConfig } from "@parapet/server/triage/triage-config.reader.js";
import type { Command } from "commander";
import { EXIT } from "../exit.js";
import { runJsonlBatch } from "../jsonl-batch.js";
import { readOneText } from "../read-text.js";

interface TriageCliOptions {
  pack: string;
  jsonl?: boolean;
  json?: boolean;
  file?: string;
  receivedAt?: string;
  channel?: string;
  account?: string;
}

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

/** One JSON object per line in, one result per line out, in order (CONTRACT.md §4). */
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

export function registerTriage(program: Command): void {
  program
    .command("triage")
    .description("Triage inbound public messages: category, urgency, flags, route and deadline")
    .argument("[text]", "the message (or use --file, stdin, or --jsonl for a batch)")
    .option("--pack <id>", "policy pack", "nhs-core")
    .option("--jsonl", "batch: one JSON object per line on stdin (or --file), one result per line on stdout")
    .option("--json", "single message: print the result as JSON")
    .option("--file <path>", "read the message (or the JSONL batch) from a file")
    .option("--received-at <iso>", "single message: when it arrived (default now)")
    .option("--channel <channel>", "single message: mention, comment, reply, dm or review")
    .option("--account <handle>", "single message: the official account it arrived on")
    .action(async (text: string | undefined, opts: TriageCliOptions) => {
      const config = loadTriageConfig(opts.pack);
      process.exitCode = opts.jsonl ? await triageBatch(opts, config) : await triageOne(text, opts, config);
    });
}
