import { createHash } from "node:crypto";
import { z } from "zod";
import {
  type ConnectorError,
  fail,
  ok,
  platformText,
  type Result,
  retryAtFromHeaders,
} from "../connector-error.js";
import { type HttpRequest, type HttpSettings, httpCall } from "../http.js";

/** The session an app password opens (com.atproto.server.createSession). */
export interface BlueskySession {
  accessJwt: string;
  refreshJwt: string;
  did: string;
  handle: string;
}

const sessionSchema = z.object({
  accessJwt: z.string().min(1).max(10_000),
  refreshJwt: z.string().min(1).max(10_000),
  did: z.string().regex(/^did:[a-z]+:[A-Za-z0-9._:%-]{1,2000}$/),
  handle: z.string().min(1).max(300),
});

const xrpcError = z.object({
  error: z.string().max(200).optional(),
  message: z.string().max(10_000).optional(),
});

const DEFAULT_BLUESKY_WAIT_MS = 5 * 60 * 1000;

/** One XRPC call (`/xrpc/<nsid>`), with AT Protocol errors as values. */
export async function xrpc(
  http: HttpSettings,
  nsid: string,
  request: Omit<HttpRequest, "path"> & { bearer?: string },
): Promise<Result<unknown, ConnectorError>> {
  const { bearer, ...rest } = request;
  const response = await httpCall(http, {
    ...rest,
    path: `/xrpc/${nsid}`,
    headers: { ...rest.headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
  });
  if (!response.ok) return response;
  const { status, json, headers } = response.value;
  if (status >= 200 && status < 300) return ok(json);
  return fail(classifyXrpcError(status, json, headers, http.clock.now()));
}

export function classifyXrpcError(
  status: number,
  body: unknown,
  headers: Headers,
  now: Date,
): ConnectorError {
  const parsed = xrpcError.safeParse(body);
  const code = parsed.success ? parsed.data.error : undefined;
  const said = parsed.success ? platformText(parsed.data.message ?? code) : "";
  const suffix = said ? ` Bluesky said: “${said}”` : "";
  if (status === 429) {
    return {
      kind: "rate_limited",
      status,
      retryAt: retryAtFromHeaders(headers, ["ratelimit-reset", "retry-after"], now, DEFAULT_BLUESKY_WAIT_MS),
      message: `Bluesky is limiting how often Parapet may call it.${suffix}`,
    };
  }
  // The PDS answers an expired access token with 400 ExpiredToken, not 401.
  if (code === "ExpiredToken" || code === "InvalidToken" || status === 401) {
    return {
      kind: "token_expired",
      refreshable: true,
      status,
      message: `The Bluesky session has expired; Parapet will open a new one.${suffix}`,
    };
  }
  if (status >= 500)
    return {
      kind: "transient",
      status,
      message: `Bluesky had a temporary problem (HTTP ${status}).${suffix}`,
    };
  return {
    kind: "permanent",
    status,
    ...(code ? { platformCode: code } : {}),
    message: `Bluesky refused the request (HTTP ${status}${code ? `, ${code}` : ""}).${suffix}`,
  };
}

/** Opens a session with the account's app password (never its main password). */
export async function createSession(
  http: HttpSettings,
  identifier: string,
  appPassword: string,
  signal?: AbortSignal,
): Promise<Result<BlueskySession, ConnectorError>> {
  const result = await xrpc(http, "com.atproto.server.createSession", {
    method: "POST",
    json: { identifier, password: appPassword },
    signal,
  });
  if (!result.ok) {
    if (result.error.kind === "token_expired" || result.error.kind === "permanent") {
      return fail({
        kind: "token_expired",
        refreshable: false,
        message:
          "Bluesky refused the app password (it was revoked, or the handle changed). An administrator must create a new app password and reconnect the account.",
      });
    }
    return result;
  }
  return parseSession(result.value);
}

/** Refreshes with the refresh JWT (com.atproto.server.refreshSession). */
export async function refreshSession(
  http: HttpSettings,
  refreshJwt: string,
  signal?: AbortSignal,
): Promise<Result<BlueskySession, ConnectorError>> {
  const result = await xrpc(http, "com.atproto.server.refreshSession", {
    method: "POST",
    bearer: refreshJwt,
    signal,
  });
  return result.ok ? parseSession(result.value) : result;
}

function parseSession(body: unknown): Result<BlueskySession, ConnectorError> {
  const parsed = sessionSchema.safeParse(body);
  return parsed.success
    ? ok(parsed.data)
    : fail({ kind: "permanent", message: "Bluesky's session answer was not in the documented shape." });
}

const TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

/**
 * A record key (TID) derived from the idempotency key and the time the person asked: the same job
 * always writes the same record, so a retry finds it instead of posting twice. A TID is 64 bits —
 * microseconds since 1970 (53) and a clock id (10) — written in sortable base32.
 */
export function deterministicTid(idempotencyKey: string, requestedAt: Date): string {
  const hash = createHash("sha256").update(idempotencyKey).digest();
  const microsExtra = BigInt(hash.readUInt16BE(0) % 1000);
  const clockId = BigInt(hash.readUInt16BE(2) & 0x3ff);
  const micros = BigInt(requestedAt.getTime()) * 1000n + microsExtra;
  let value = ((micros & ((1n << 53n) - 1n)) << 10n) | clockId;
  let out = "";
  for (let i = 0; i < 13; i += 1) {
    out = TID_ALPHABET.charAt(Number(value & 31n)) + out;
    value >>= 5n;
  }
  return out;
}

/** Bluesky counts a post's length in graphemes (300 at most). */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) count += 1;
  return count;
}
