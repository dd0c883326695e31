import type { Command } from "commander";

export interface TriageCliOptions {
  pack: string;
  jsonl?: boolean;
  json?: boolean;
  file?: string;
  receivedAt?: string;
  channel?: string;
  account?: string;
}

export function registerTriage(program: Command): void {
  program
    .command("triage")
    .description("Triage inbound public messages: category, urgency, flags, route and deadline")
    .argument("[text]", "the message (or use --file, stdin, or --jsonl for a batch)")
    .option(
      "--pack <id|path>",
      "policy pack: a shipped id, or the path of your own pack's directory",
      "nhs-core",
    )
    .option("--jsonl", "batch: one JSON object per line on stdin (or --file), one result per line on stdout")
    .option("--json", "single message: print the result as JSON")
    .option("--file <path>", "read the message (or the JSONL batch) from a file")
    .option("--received-at <iso>", "single message: when it arrived (default now)")
    .option("--channel <channel>", "single message: mention, comment, reply, dm or review")
    .option("--account <handle>", "single message: the official account it arrived on")
    .action(async (text: string | undefined, opts: TriageCliOptions) => {
      process.exitCode = await (await import("./triage-run.js")).runTriage(text, opts);
    });
}
