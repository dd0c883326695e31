import { isAppError } from "@parapet/core/errors";

/** Exit statuses of docs/interfaces.md §1. */
export const EXIT = { ok: 0, judged: 1, usage: 2 } as const;

/** Writes a one-line error to stderr and returns the exit status for it. */
export function reportError(error: unknown): number {
  if (isAppError(error)) {
    process.stderr.write(`parapet: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`parapet: unexpected error: ${message}\n`);
  return EXIT.usage;
}
