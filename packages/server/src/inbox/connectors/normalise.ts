import { createHash } from "node:crypto";
import type { z } from "zod";
import type { InboundEvent, InvalidPayload } from "./connector.js";
import { fail, ok, type Result } from "./connector-error.js";

/**
 * A key that tells versions of one item apart and is the same for the same delivery twice: the
 * event, the time it happened and the text (a platform retrying a webhook sends all three again).
 */
export function versionKey(event: InboundEvent, occurredAt: string, text: string): string {
  const digest = createHash("sha256")
    .update(JSON.stringify([event, occurredAt, text]))
    .digest("hex");
  return `${event}:${digest.slice(0, 32)}`;
}

/** Unix seconds or milliseconds (Meta uses both, in different fields) to ISO 8601. */
export function fromUnix(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const ms = value >= 1e11 ? value : value * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO or RFC 2822-ish time to ISO 8601 UTC, or null. */
export function toIso(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Reads a raw webhook body as UTF-8 JSON, refusing what is too large or not JSON. */
export function readJsonBody(rawBody: Uint8Array, maxBytes: number): Result<unknown, InvalidPayload> {
  if (rawBody.byteLength > maxBytes) {
    return fail({ kind: "invalid_payload", message: `The body is larger than ${maxBytes} bytes.` });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
  } catch {
    return fail({ kind: "invalid_payload", message: "The body is not UTF-8." });
  }
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail({ kind: "invalid_payload", message: "The body is not JSON." });
  }
}

/** Validates with a zod schema, turning the first issue into a readable message with its path. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): Result<z.output<S>, InvalidPayload> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  return fail({
    kind: "invalid_payload",
    message: `${what} is not in the expected shape${path}: ${issue?.message ?? "invalid"}.`,
  });
}

export const DEFAULT_MAX_WEBHOOK_BYTES = 4 * 1024 * 1024;
