import { createReadStream } from "node:fs";
// Not the core package's index: through it this module would load the triage engine and its
// holiday calendars (packages/cli/build.mjs, "the check path").
import {
  ACCOUNT_TYPES,
  applyReplacements,
  type CheckInput,
  type CheckResult,
  checkInputSchema,
  checkPost,
  MAX_TEXT_LENGTH,
  PLATFORMS,
  plainCheckInput,
} from "@parapet/core/check";
import { AppError } from "@parapet/core/errors";
import { type Command, Option } from "commander";
import { EXIT } from "../exit.js";
import { runJsonlBatch } from "../jsonl-batch.js";
import { loadOnePack } from "../load-pack.js";
import { readOneText } from "../read-text.js";
import { formatResult } from "./check-format.js";

interface CheckOptions {
  pack: string;
  platform?: (typeof PLATFORMS)[number];
  accountType?: (typeof ACCOUNT_TYPES)[number];
  json?: boolean;
  jsonl?: boolean;
  redact?: boolean;
  failOn?: "block" | "review";
  file?: string;
}

function withDefaults(input: CheckInput, opts: CheckOptions): CheckInput {
  // Nothing to fill in (the usual batch): the input as it is, not a copy per line.
  if (!opts.platform && !opts.accountType) return input;
  const account =
    opts.accountType && !input.account?.type ? { ...input.account, type: opts.accountType } : input.account;
  return {
    ...input,
    ...(input.platform === undefined && opts.platform ? { platform: opts.platform } : {}),
    ...(account ? { account } : {}),
  };
}

/** One input object checked against docs/interfaces.md §3.1, or a validation error naming the field. */
function parseInput(raw: unknown): CheckInput {
  const plain = plainCheckInput(raw);
  if (plain !== undefined) return plain;
  const parsed = checkInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError("validation", `${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "invalid"}`);
}

function judged(result: CheckResult, failOn: CheckOptions["failOn"]): boolean {
  if (failOn === "block") return result.verdict === "block";
  if (failOn === "review") return result.verdict !== "pass";
  return false;
}

async function checkOne(text: string | undefined, opts: CheckOptions): Promise<number> {
  const body = await readOneText(text, opts.file, "post");
  if (body.length > MAX_TEXT_LENGTH) {
    throw new AppError(
      "validation",
      `text is ${body.length.toLocaleString("en-GB")} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString("en-GB")}`,
    );
  }
  const input = parseInput({ text: body });
  const pack = loadOnePack(opts.pack);
  const result = checkPost(pack, withDefaults(input, opts));
  if (opts.redact) process.stdout.write(`${applyReplacements(body, result.findings)}\n`);
  else if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(formatResult(body, result));
  return judged(result, opts.failOn) ? EXIT.judged : EXIT.ok;
}

/** One line in, one line out, in order; bad lines become error objects and exit 2 at the end. */
async function checkBatch(opts: CheckOptions): Promise<number> {
  const pack = loadOnePack(opts.pack);
  let judgedAny = false;
  const status = await runJsonlBatch({
    // Chunks of 64 KiB, read only as output drains, keep memory flat on large files.
    input: opts.file ? createReadStream(opts.file, { highWaterMark: 64 * 1024 }) : process.stdin,
    progress: "checking {value} posts",
    errorId: (raw) =>
      raw && typeof raw === "object" && "id" in raw ? ((raw as { id: unknown }).id ?? null) : null,
    handle: (raw) => {
      const result = checkPost(pack, withDefaults(parseInput(raw), opts));
      if (judged(result, opts.failOn)) judgedAny = true;
      return result;
    },
  });
  if (status !== EXIT.ok) return status;
  return judgedAny ? EXIT.judged : EXIT.ok;
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("check a draft post against a policy pack (docs/interfaces.md §3)")
    .argument("[text]", "the draft post (or use --file, or stdin)")
    .option(
      "--pack <id|path>",
      "policy pack: a shipped id, or the path of your own pack's directory",
      "nhs-core",
    )
    .addOption(new Option("--platform <platform>", "platform the post is for").choices(PLATFORMS))
    .addOption(new Option("--account-type <type>", "account posting it").choices(ACCOUNT_TYPES))
    .option("--json", "print the result as JSON")
    .option("--jsonl", "batch: one input object per stdin line, one result per output line")
    .option("--redact", "print the text with personal data replaced")
    .addOption(
      new Option("--fail-on <verdict>", "exit 1 when the verdict is at least this").choices([
        "block",
        "review",
      ]),
    )
    .option("--file <path>", "read the post (or JSONL batch) from a file")
    .action(async (text: string | undefined, opts: CheckOptions) => {
      process.exitCode = opts.jsonl ? await checkBatch(opts) : await checkOne(text, opts);
    });
}
