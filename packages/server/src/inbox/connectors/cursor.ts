import type { z } from "zod";

/** Poll cursors are small JSON objects, opaque to the inbox, bounded so a stored one stays small. */
export const MAX_CURSOR_LENGTH = 4000;

export function encodeCursor(value: unknown): string {
  return JSON.stringify(value);
}

/** Reads a stored cursor; an unreadable or foreign one starts again from the newest page. */
export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | null): z.output<S> | null {
  if (cursor === null || cursor.length > MAX_CURSOR_LENGTH) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The later of two ISO times (either may be missing). */
export function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
