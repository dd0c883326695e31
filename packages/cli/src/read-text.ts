import { readFileSync } from "node:fs";
import { AppError } from "@parapet/core/errors";

/** All of stdin as UTF-8 text. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The one post or message a command works on: the argument, else the file named by
 * --file, else stdin without its final newline. A terminal on stdin is a usage error.
 */
export async function readOneText(
  text: string | undefined,
  file: string | undefined,
  what: "post" | "message",
): Promise<string> {
  if (text !== undefined) return text;
  if (file) return readFileSync(file, "utf8");
  if (process.stdin.isTTY)
    throw new AppError("validation", `give the ${what} as an argument, with --file PATH, or on stdin`);
  return (await readStdin()).replace(/\r?\n$/, "");
}
