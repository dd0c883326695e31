import { createReadStream, readFileSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import {
  ACCOUNT_TYPES,
  AppError,
  applyReplacements,
  type CheckInput,
  type CheckResult,
  checkInputSchema,
  checkPost,
  isAppError,
  MAX_TEXT_LENGTH,
  type Pack,
  PLATFORMS,
} from "@parapet/core";
import { loadPacksFromDisk } from "@parapet/server/packs/load-packs-from-disk.js";
import { SingleBar } from "cli-progress";
import { type Command, Option } from "commander";
import { EXIT } from "../exit.js";
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

export function findPack(id: string): Pack {
  const pack = loadPacksFromDisk().get(id);
  if (!pack) {
    const known = [...loadPacksFromDisk().keys()].join(", ");
    throw new AppError("not_found", `unknown pack "${id}" (known: ${known})`);
  }
  return pack;
}

function withDefaults(input: CheckInput, opts: CheckOptions): CheckInput {
  const account =
    opts.accountType && !input.account?.type ? { ...input.account, type: opts.accountType } : input.account;
  return {
    ...input,
    ...(input.platform === undefined && opts.platform ? { platform: opts.platform } : {}),
    ...(account ? { account } : {}),
  };
}

function judged(result: CheckResult, failOn: CheckOptions["failOn"]): boolean {
  if (failOn === "block") return result.verdict === "block";
  if (failOn === "review") return result.verdict !== "pass";
  return false;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function checkOne(text: string | undefined, opts: CheckOptions): Promise<number> {
  let body = text;
  if (body === undefined && opts.file) body = readFileSync(opts.file, "utf8");
  if (body === undefined) {
    if (process.stdin.isTTY)
      throw new AppError("validation", "give the post as an argument, with --file PATH, or on stdin");
    body = (await readStdin()).replace(/\r?\n$/, "");
  }
  if (body.length > MAX_TEXT_LENGTH) {
    throw new AppError(
      "validation",
      `text is ${body.length.toLocaleString("en-GB")} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString("en-GB")}`,
    );
  }
  const pack = findPack(opts.pack);
  const result = checkPost(pack, withDefaults({ text: body }, opts));
  if (opts.redact) process.stdout.write(`${applyReplacements(body, result.findings)}\n`);
  else if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(formatResult(body, result));
  return judged(result, opts.failOn) ? EXIT.judged : EXIT.ok;
}

function errorLine(id: unknown, code: string, message: string): string {
  return JSON.stringify({ id: id ?? null, error: { code, message } });
}

function describe(error: unknown): { code: string; message: string } {
  if (isAppError(error)) return { code: error.code, message: error.message };
  return { code: "validation", message: error instanceof Error ? error.message : String(error) };
}

/**
 * Lines of a stream, pulled one chunk at a time: the next chunk is read only after
 * the previous one's results are written (and stdout has drained), so memory stays
 * flat however large the input. (readline's iterator reads ahead without limit.)
 */
async function* lines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of input) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
    let from = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", from)) {
      yield text.slice(from, nl).replace(/\r$/, "");
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  rest += decoder.end();
  if (rest !== "") yield rest.replace(/\r$/, "");
}

/** One line in, one line out, in order; bad lines become error objects and exit 2 at the end. */
async function checkBatch(opts: CheckOptions): Promise<number> {
  const pack = findPack(opts.pack);
  const input = opts.file ? createReadStream(opts.file, { highWaterMark: 64 * 1024 }) : process.stdin;
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "checking {value} posts", stream: process.stderr })
    : undefined;
  bar?.start(0, 0);
  let lineNo = 0;
  let bad = 0;
  let judgedAny = false;
  let buffer = "";
  const flush = async () => {
    if (buffer === "") return;
    const ok = process.stdout.write(buffer);
    buffer = "";
    if (!ok) await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
  for await (const line of lines(input)) {
    lineNo++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new AppError("validation", "not valid JSON");
      }
      if (raw && typeof raw === "object" && "id" in raw) id = (raw as { id: unknown }).id;
      const parsed = checkInputSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError(
          "validation",
          `${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "invalid"}`,
        );
      }
      const result = checkPost(pack, withDefaults(parsed.data, opts));
      if (judged(result, opts.failOn)) judgedAny = true;
      buffer += `${JSON.stringify(result)}\n`;
    } catch (error) {
      bad++;
      const { code, message } = describe(error);
      process.stderr.write(`parapet: line ${lineNo}: ${message}\n`);
      buffer += `${errorLine(id, code, message)}\n`;
    }
    if (buffer.length > 65_536) await flush();
    if (bar && lineNo % 1000 === 0) bar.update(lineNo);
  }
  await flush();
  bar?.update(lineNo);
  bar?.stop();
  if (bad > 0) {
    process.stderr.write(`parapet: ${bad} bad line${bad === 1 ? "" : "s"} of ${lineNo}\n`);
    return EXIT.usage;
  }
  return judgedAny ? EXIT.judged : EXIT.ok;
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("check a draft post against a policy pack (CONTRACT.md §3)")
    .argument("[text]", "the draft post (or use --file, or stdin)")
    .option("--pack <id>", "policy pack", "nhs-core")
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
