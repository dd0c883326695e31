/**
 * Errors as values the worker can act on (docs/connectors.md, "What the worker does with an error"):
 *
 * - `rate_limited`: wait until `retryAt` (from `Retry-After`, `x-rate-limit-reset` and the like),
 *   then try again; not a failed attempt.
 * - `token_expired`: call `refresh()` and try again when `refreshable`, else ask a person to
 *   reconnect the account.
 * - `transient`: a 5xx, a timeout, a network failure: retry with back-off.
 * - `permanent`: a 4xx the platform will answer the same way again: dead-letter with `message`,
 *   written for the person who has to act on it.
 */
export type ConnectorError =
  | { kind: "rate_limited"; retryAt: string; message: string; status?: number }
  | { kind: "token_expired"; refreshable: boolean; message: string; status?: number }
  | { kind: "transient"; message: string; status?: number }
  | { kind: "permanent"; message: string; status?: number; platformCode?: string };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

export function permanent(message: string, status?: number): { ok: false; error: ConnectorError } {
  return fail(status === undefined ? { kind: "permanent", message } : { kind: "permanent", message, status });
}

export function transient(message: string, status?: number): { ok: false; error: ConnectorError } {
  return fail(status === undefined ? { kind: "transient", message } : { kind: "transient", message, status });
}

/** The longest wait a rate limit may ask for: a hostile or broken header cannot park a job for a year. */
export const MAX_RATE_LIMIT_WAIT_MS = 24 * 60 * 60 * 1000;
const MIN_RATE_LIMIT_WAIT_MS = 1000;

/**
 * Reads a reset time from a header value in any of the forms platforms use: delta seconds
 * (`Retry-After: 30`), epoch seconds (X's `x-rate-limit-reset`, Bluesky's `ratelimit-reset`),
 * epoch milliseconds, or a date (`Retry-After` as an HTTP date, Mastodon's ISO 8601
 * `X-RateLimit-Reset`). Null when the value is none of these.
 */
export function parseResetHeader(value: string | null | undefined, now: Date): Date | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return null;
  if (/^\d{1,16}(\.\d{1,6})?$/.test(trimmed)) {
    const n = Number(trimmed);
    if (n >= 1e12) return new Date(n); // epoch milliseconds
    if (n >= 1e9) return new Date(n * 1000); // epoch seconds
    return new Date(now.getTime() + n * 1000); // delta seconds
  }
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

/** The time to retry at, clamped to [now + 1 s, now + 24 h]. */
export function clampRetryAt(at: Date | null, now: Date, fallbackMs: number): string {
  const wait = at === null ? fallbackMs : at.getTime() - now.getTime();
  const clamped = Math.min(MAX_RATE_LIMIT_WAIT_MS, Math.max(MIN_RATE_LIMIT_WAIT_MS, wait));
  return new Date(now.getTime() + clamped).toISOString();
}

/** The first header among `names` that gives a usable reset time. */
export function retryAtFromHeaders(
  headers: Headers,
  names: readonly string[],
  now: Date,
  fallbackMs: number,
): string {
  for (const name of names) {
    const at = parseResetHeader(headers.get(name), now);
    if (at !== null) return clampRetryAt(at, now, fallbackMs);
  }
  return clampRetryAt(null, now, fallbackMs);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * A platform's own error text, made safe to show and store: control characters become spaces and
 * it is cut to a readable length (a hostile or broken server may send anything).
 */
export function platformText(value: unknown, max = 300): string {
  if (typeof value !== "string") return "";
  const cleaned = value
    .slice(0, max * 2)
    .replace(CONTROL, " ")
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}
