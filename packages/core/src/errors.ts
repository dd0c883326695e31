/**
 * Errors crossing a module edge are values with a code a caller can branch on
 * and a message a person can act on. Only the server maps codes to HTTP status;
 * the CLI maps every code to exit status 2.
 */
export const ERROR_CODES = [
  "validation",
  "unauthenticated",
  "not_found",
  "forbidden",
  "conflict",
  "invalid_transition",
  "rate_limited",
  "payload_too_large",
  "method_not_allowed",
  "csrf",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
