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

export interface XSession {
  http: HttpSettings;
  /** OAuth 2.0 user-context access token (Authorization Code with PKCE). */
  accessToken: string;
  /** Present when the app asked for offline.access: the token can be refreshed without a person. */
  canRefresh: boolean;
}

const problemSchema = z.object({
  title: z.string().max(1000).optional(),
  detail: z.string().max(10_000).optional(),
  errors: z
    .array(z.object({ message: z.string().max(10_000).optional() }))
    .max(50)
    .optional(),
});

/** X's own rate-limit windows are 15 minutes; when it does not say, wait that long. */
const DEFAULT_X_WAIT_MS = 15 * 60 * 1000;

/** One X API v2 call, with X's errors turned into values (x-rate-limit-reset is epoch seconds). */
export async function xCall(
  session: XSession,
  request: HttpRequest,
): Promise<Result<unknown, ConnectorError>> {
  const response = await httpCall(session.http, {
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${session.accessToken}` },
  });
  if (!response.ok) return response;
  const { status, json, headers } = response.value;
  if (status >= 200 && status < 300) return ok(json);
  return fail(classifyXError(status, json, headers, session));
}

export function classifyXError(
  status: number,
  body: unknown,
  headers: Headers,
  session: XSession,
): ConnectorError {
  const parsed = problemSchema.safeParse(body);
  const said = parsed.success
    ? platformText(parsed.data.detail ?? parsed.data.errors?.[0]?.message ?? parsed.data.title)
    : "";
  const suffix = said ? ` X said: “${said}”` : "";
  const now = session.http.clock.now();
  if (status === 429) {
    return {
      kind: "rate_limited",
      status,
      retryAt: retryAtFromHeaders(headers, ["x-rate-limit-reset", "retry-after"], now, DEFAULT_X_WAIT_MS),
      message: `X is limiting how often Parapet may call it; it will try again when the limit resets.${suffix}`,
    };
  }
  if (status === 401) {
    return {
      kind: "token_expired",
      refreshable: session.canRefresh,
      status,
      message: session.canRefresh
        ? `X's access token has expired; Parapet will refresh it.${suffix}`
        : `X no longer accepts Parapet's access to this account. An administrator must reconnect it in Parapet.${suffix}`,
    };
  }
  if (status >= 500)
    return { kind: "transient", status, message: `X had a temporary problem (HTTP ${status}).${suffix}` };
  if (status === 403) {
    return {
      kind: "permanent",
      status,
      message: `X refused: the account or the app may not do this (for example, only replies in our own conversations can be hidden).${suffix}`,
    };
  }
  return { kind: "permanent", status, message: `X refused the request (HTTP ${status}).${suffix}` };
}

const tokenSchema = z.object({
  access_token: z.string().min(1).max(5000),
  refresh_token: z.string().min(1).max(5000).optional(),
  expires_in: z.number().optional(),
});

/** POST /2/oauth2/token with grant_type=refresh_token; X rotates the refresh token each time. */
export async function refreshXToken(
  http: HttpSettings,
  credentials: { refreshToken: string; clientId: string; clientSecret?: string },
  signal?: AbortSignal,
): Promise<Result<{ accessToken: string; refreshToken?: string; expiresAt?: string }, ConnectorError>> {
  const headers: Record<string, string> = {};
  if (credentials.clientSecret) {
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64");
    headers.authorization = `Basic ${basic}`;
  }
  const response = await httpCall(http, {
    method: "POST",
    path: "/2/oauth2/token",
    headers,
    form: {
      grant_type: "refresh_token",
      refresh_token: credentials.refreshToken,
      client_id: credentials.clientId,
    },
    signal,
  });
  if (!response.ok) return response;
  const { status, json, headers: replyHeaders } = response.value;
  if (status === 400 || status === 401) {
    return fail({
      kind: "token_expired",
      refreshable: false,
      status,
      message:
        "X refused to refresh the access (the refresh token was revoked or used). An administrator must reconnect the account.",
    });
  }
  if (status < 200 || status >= 300) {
    return fail(classifyXError(status, json, replyHeaders, { http, accessToken: "", canRefresh: false }));
  }
  const token = tokenSchema.safeParse(json);
  if (!token.success)
    return fail({ kind: "permanent", message: "X's token answer was not in the documented shape." });
  const result: { accessToken: string; refreshToken?: string; expiresAt?: string } = {
    accessToken: token.data.access_token,
  };
  if (token.data.refresh_token) result.refreshToken = token.data.refresh_token;
  if (token.data.expires_in !== undefined) {
    result.expiresAt = new Date(http.clock.now().getTime() + token.data.expires_in * 1000).toISOString();
  }
  return ok(result);
}
