import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { AppError, isAppError, type TriageConfig, type TriageResult, triageMessage } from "@parapet/core";
import { loadTriageConfig } from "@parapet/server/triage/triage-config.reader.js";
import type { Command } from "commander";
import { EXIT } from "../exit.js";

interface TriageCliOptions {
  pack: string;
  jsonl?: boolean;
  json?: boolean;
  file?: string;
  receivedAt?: string;
  channel?: string;
  account?: string;
}

function describe(error: unknown): { code: string; message: string } {
  if (isAppError(error)) return { code: error.code, message: error.message };
  return { code: "validation", message: error instanceof Error ? error.message : String(error) };
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function triageOne(
  text: string | undefined,
  opts: TriageCliOptions,
  config: TriageConfig,
): Promise<number> {
  let body = text;
  if (body === undefined && opts.file) body = readFileSync(opts.file, "utf8");
  if (body === undefined) {
    if (process.stdin.isTTY)
      throw new AppError("validation", "give the message as an argument, with --file PATH, or on stdin");
    body = (await readStdin()).replace(/\r?\n$/, "");
  }
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

/**
 * One JSON object per line in, one result per line out, in order (CONTRACT.md §4).
 * Output is buffered and written with back-pressure; a bad line becomes an error
 * object in place, its line number goes to stderr, and the exit status is 2 at the end.
 */
async function triageBatch(opts: TriageCliOptions, config: TriageConfig): Promise<number> {
  const input = opts.file ? createReadStream(opts.file) : process.stdin;
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const now = new Date();
  let lineNo = 0;
  let bad = 0;
  let buffer = "";
  const flush = async () => {
    if (buffer === "") return;
    const ok = process.stdout.write(buffer);
    buffer = "";
    if (!ok) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  };
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      let raw: unknown;
      try {
        // A byte-order mark at the start of the file is not part of the first object.
        raw = JSON.parse(lineNo === 1 ? line.replace(/^\uFEFF/, "") : line);
      } catch {
        throw new AppError("validation", "not valid JSON");
      }
      if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        throw new AppError("validation", "each line must be a JSON object with id and text");
      }
      if ("id" in raw) id = (raw as { id: unknown }).id;
      buffer += `${JSON.stringify(triageMessage(raw as never, config, { now }))}\n`;
    } catch (error) {
      bad++;
      const { code, message } = describe(error);
      process.stderr.write(`parapet: line ${lineNo}: ${message}\n`);
      buffer += `${JSON.stringify({ id: typeof id === "string" || typeof id === "number" ? id : null, error: { code, message } })}\n`;
    }
    if (buffer.length > 65_536) await flush();
  }
  await flush();
  if (bad > 0) {
    process.stderr.write(`parapet: ${bad} bad line${bad === 1 ? "" : "s"} of ${lineNo}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
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
