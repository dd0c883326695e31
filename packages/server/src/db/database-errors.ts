/**
 * Errors that mean the database is not answering (rather than that a query was wrong):
 * the reply is 503, "try again", not a 500. SQLSTATE classes 08 (connection exception)
 * and 57P (operator intervention: shutdown, restart, cannot connect now), 53300 (too
 * many connections), and the errors of a socket or a pool that cannot reach the server.
 */
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
const MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
  /^Query read timeout/,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (code.startsWith("08") || code.startsWith("57P") || code === "53300") return true;
    if (NODE_CODES.has(code)) return true;
  }
  return MESSAGES.some((pattern) => pattern.test(error.message));
}
