import { type DestinationStream, type Logger, pino } from "pino";

/**
 * Fields that carry credentials wherever they appear in a log line: request
 * headers, a connector's token, a webhook's signing secret, an SMTP password.
 * pino replaces them before the line is written. (Secrets read from the
 * database are SecretValue objects, which print as "[secret]" anyway; this is
 * the second line of defence, for strings.)
 */
const CREDENTIAL_FIELDS = [
  "password",
  "pass",
  "token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "appPassword",
  "clientSecret",
  "client_secret",
  "secret",
  "secretKey",
  "verifyToken",
  "apiKey",
  "authorization",
  "cookie",
];

export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "headers.authorization",
  "headers.cookie",
  ...CREDENTIAL_FIELDS,
  ...CREDENTIAL_FIELDS.map((field) => `*.${field}`),
  ...CREDENTIAL_FIELDS.map((field) => `*.*.${field}`),
];

/** The one logger of a process: JSON lines on stdout, credentials redacted; `false` for none (tests). */
export function createLogger(level: string | false, destination?: DestinationStream): Logger {
  if (level === false) return pino({ enabled: false });
  const options = { level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}
