import { StringDecoder } from "node:string_decoder";
import { AppError, isAppError } from "@parapet/core/errors";
import { EXIT } from "./exit.js";

/** The code and message of a thrown error, as a batch error object carries them. */
export function describeError(error: unknown): { code: string; message: string } {
  if (isAppError(error)) return { code: error.code, message: error.message };
  return { code: "validation", message: error instanceof Error ? error.message : String(error) };
}

export interface JsonlBatchOptions {
  input: NodeJS.ReadableStream;
  /** Turns one parsed line into its result object; throws (ideally an AppError) for a bad line. */
  handle: (raw: unknown) => unknown;
  /** The id an error object carries for a bad line, from what the line parsed to (null if it did not). */
  errorId: (raw: unknown) => unknown;
  /** Accept a byte-order mark at the start of the first line. */
  stripBom?: boolean;
  /** cli-progress format of the bar shown on a TTY (e.g. "checking {value} posts"); none if absent. */
  progress?: string;
}

/**
 * One JSON object per line in, one result per line out, in order (docs/interfaces.md §4).
 * Output is buffered and written with back-pressure; a bad line becomes
 * `{"id":…,"error":{"code","message"}}` in place, its line number goes to stderr,
 * and the batch returns exit status 2 at the end. Otherwise it returns EXIT.ok;
 * the caller decides whether its results call for EXIT.judged.
 */
export async function runJsonlBatch(opts: JsonlBatchOptions): Promise<number> {
  // Loaded only for a terminal: its 27 modules were a cost of every batch and every one-shot start.
  const bar =
    opts.progress !== undefined && process.stderr.isTTY
      ? new (await import("cli-progress")).SingleBar({ format: opts.progress, stream: process.stderr })
      : undefined;
  bar?.start(0, 0);
  let lineNo = 0;
  let bad = 0;
  let buffer = "";
  let mustDrain = false;
  // Written in pieces of about 64 KiB: a larger string becomes a Buffer above malloc's mmap
  // threshold (128 KiB), fresh pages on every write, which cost more than checking the posts.
  const write = () => {
    if (buffer === "") return;
    if (!process.stdout.write(buffer)) mustDrain = true;
    buffer = "";
  };
  const drain = async () => {
    if (!mustDrain) return;
    mustDrain = false;
    await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
  const handleLine = (line: string) => {
    lineNo++;
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      try {
        // A byte-order mark at the start of the file is not part of the first object.
        raw = JSON.parse(opts.stripBom && lineNo === 1 ? line.replace(/^\uFEFF/, "") : line);
      } catch {
        throw new AppError("validation", "not valid JSON");
      }
      buffer += `${JSON.stringify(opts.handle(raw))}\n`;
    } catch (error) {
      bad++;
      const { code, message } = describeError(error);
      process.stderr.write(`parapet: line ${lineNo}: ${message}\n`);
      buffer += `${JSON.stringify({ id: opts.errorId(raw), error: { code, message } })}\n`;
    }
    if (buffer.length > 65_536) write();
    if (bar && lineNo % 1000 === 0) bar.update(lineNo);
  };
  // The lines of each chunk are handled in one synchronous loop (an async generator per line
  // costs promises and a microtask each), and the next chunk is read only after stdout has
  // drained, so memory stays flat however large the input.
  // (readline's iterator reads ahead without limit.)
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of opts.input) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
    let from = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", from)) {
      handleLine(
        text.charCodeAt(nl - 1) === 13 && nl > from ? text.slice(from, nl - 1) : text.slice(from, nl),
      );
      from = nl + 1;
    }
    rest = text.slice(from);
    await drain();
  }
  rest += decoder.end();
  if (rest !== "") handleLine(rest.replace(/\r$/, ""));
  write();
  await drain();
  bar?.update(lineNo);
  bar?.stop();
  if (bad > 0) {
    process.stderr.write(`parapet: ${bad} bad line${bad === 1 ? "" : "s"} of ${lineNo}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
