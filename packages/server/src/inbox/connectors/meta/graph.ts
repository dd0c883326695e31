import { createHmac } from "node:crypto";
import { z } from "zod";
import {
  type ConnectorError,
  clampRetryAt,
  fail,
  ok,
  platformText,
  type Result,
  retryAtFromHeaders,
} from "../connector-error.js";
import { type HttpRequest, type HttpSettings, httpCall } from "../http.js";

/** Settings shared by the Facebook Pages and Instagram connectors (both speak the Graph API). */
export interface GraphSettings {
  http: HttpSettings;
  /** A Page access token (Facebook) or the Instagram professional account's token. */
  accessToken: string;
  /** The Meta app's secret: signs webhooks, and proves each call came from the app (appsecret_proof). */
  appSecret?: string;
  /** Graph API version, e.g. `v23.0`. */
  version: string;
}

export const DEFAULT_GRAPH_VERSION = "v23.0";

const graphErrorSchema = z.object({
  error: z.object({
    message: z.string().max(10_000).optional(),
    type: z.string().max(200).optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    is_transient: z.boolean().optional(),
    error_user_msg: z.string().max(10_000).optional(),
  }),
});

/** Graph error codes for throttling (docs: Graph API "Handling Errors" and rate limiting). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBusinessUseCaseLimit = (code: number) => code >= 80_000 && code < 80_100;
/** Sent from outside Meta's 24-hour messaging window. */
const OUTSIDE_WINDOW_SUBCODE = 2_018_278;
const DEFAULT_META_WAIT_MS = 15 * 60 * 1000;

/** One Graph API call: the token in the Authorization header, appsecret_proof when the secret is known. */
export async function graphCall(
  settings: GraphSettings,
  request: HttpRequest,
): Promise<Result<unknown, ConnectorError>> {
  const query: Record<string, string | readonly string[] | undefined> = { ...request.query };
  if (settings.appSecret) {
    query.appsecret_proof = createHmac("sha256", settings.appSecret)
      .update(settings.accessToken)
      .digest("hex");
  }
  const response = await httpCall(settings.http, {
    ...request,
    path: `/${settings.version}${request.path}`,
    query,
    headers: { ...request.headers, authorization: `Bearer ${settings.accessToken}` },
  });
  if (!response.ok) return response;
  const { status, json, headers } = response.value;
  if (status >= 200 && status < 300) return ok(json);
  return fail(classifyGraphError(status, json, headers, settings.http.clock.now()));
}

/** Turns a Graph API error into a value the worker can act on. */
export function classifyGraphError(
  status: number,
  body: unknown,
  headers: Headers,
  now: Date,
): ConnectorError {
  const parsed = graphErrorSchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : {};
  const code = error.code ?? -1;
  const said = platformText(error.error_user_msg ?? error.message);
  const suffix = said ? ` Meta said: “${said}”` : "";
  if (code === 190 || code === 102 || (status === 401 && code === -1)) {
    return {
      kind: "token_expired",
      refreshable: false,
      status,
      message: `Meta no longer accepts Parapet's access to this account (the token expired or was revoked). An administrator must reconnect it in Parapet.${suffix}`,
    };
  }
  if (RATE_LIMIT_CODES.has(code) || isBusinessUseCaseLimit(code) || status === 429) {
    return {
      kind: "rate_limited",
      status,
      retryAt: metaRetryAt(headers, now),
      message: `Meta is limiting how often Parapet may call it; it will try again later.${suffix}`,
    };
  }
  if (code === 368) {
    return {
      kind: "rate_limited",
      status,
      retryAt: clampRetryAt(null, now, 60 * 60 * 1000),
      message: `Meta has temporarily blocked this action for the account; Parapet will try again in an hour.${suffix}`,
    };
  }
  if (code === 1 || code === 2 || error.is_transient === true || status >= 500) {
    return { kind: "transient", status, message: `Meta had a temporary problem.${suffix}` };
  }
  if (error.error_subcode === OUTSIDE_WINDOW_SUBCODE) {
    return {
      kind: "permanent",
      status,
      message:
        "Meta only lets a Page answer a private message within 24 hours of the person's last message. Reply another way (for example by asking them to message again).",
    };
  }
  if (code === 10 || (code >= 200 && code < 300)) {
    return {
      kind: "permanent",
      status,
      message: `The account has not given Parapet the permission this needs; an administrator must reconnect it with the permissions in docs/connectors.md.${suffix}`,
    };
  }
  return {
    kind: "permanent",
    status,
    platformCode: `${code}/${error.error_subcode ?? ""}`,
    message: `Meta refused the request (HTTP ${status}${code >= 0 ? `, code ${code}` : ""}).${suffix}`,
  };
}

const bucSchema = z.record(
  z.string(),
  z.array(z.object({ estimated_time_to_regain_access: z.number().optional() }).loose()).max(50),
);

/**
 * When Meta's throttle lifts: the Business Use Case header's `estimated_time_to_regain_access`
 * (minutes), else `Retry-After`, else a quarter of an hour.
 */
function metaRetryAt(headers: Headers, now: Date): string {
  const raw = headers.get("x-business-use-case-usage");
  if (raw && raw.length <= 10_000) {
    try {
      const parsed = bucSchema.safeParse(JSON.parse(raw));
      if (parsed.success) {
        const minutes = Math.max(
          0,
          ...Object.values(parsed.data).flatMap((usage) =>
            usage.map((u) => u.estimated_time_to_regain_access ?? 0),
          ),
        );
        if (minutes > 0)
          return clampRetryAt(new Date(now.getTime() + minutes * 60_000), now, DEFAULT_META_WAIT_MS);
      }
    } catch {
      // Not JSON: fall through to Retry-After.
    }
  }
  return retryAtFromHeaders(headers, ["retry-after"], now, DEFAULT_META_WAIT_MS);
}

/** Graph error code 100 with subcode 33: the object does not exist (already deleted) or cannot be seen. */
export function isMissingObject(error: ConnectorError): boolean {
  return error.kind === "permanent" && error.platformCode === "100/33";
}

/** Normalises Graph times (`2024-05-01T10:00:00+0000`) to ISO 8601. */
export function graphTime(value: string | undefined): string | null {
  if (value === undefined) return null;
  const fixed = value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const ms = Date.parse(fixed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
