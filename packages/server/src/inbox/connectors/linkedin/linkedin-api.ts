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
import { type HttpRequest, httpCall } from "../http.js";
import type { LinkedInConfig } from "./linkedin.connector.js";

const DEFAULT_VERSION = "202506";

const errorSchema = z.object({
  message: z.string().max(10_000).optional(),
  code: z.string().max(200).optional(),
  serviceErrorCode: z.number().optional(),
});

export type Call = (
  request: HttpRequest,
) => Promise<Result<{ json: unknown; headers: Headers }, ConnectorError>>;

export async function linkedInCall(
  config: LinkedInConfig,
  token: string,
  canRefresh: boolean,
  request: HttpRequest,
): Promise<Result<{ json: unknown; headers: Headers }, ConnectorError>> {
  const response = await httpCall(config.http, {
    ...request,
    headers: {
      ...request.headers,
      authorization: `Bearer ${token}`,
      "linkedin-version": config.version ?? DEFAULT_VERSION,
      "x-restli-protocol-version": "2.0.0",
    },
  });
  if (!response.ok) return response;
  const { status, json, headers } = response.value;
  if (status >= 200 && status < 300) return ok({ json, headers });
  const parsed = errorSchema.safeParse(json);
  const said = parsed.success ? platformText(parsed.data.message) : "";
  const suffix = said ? ` LinkedIn said: “${said}”` : "";
  const now = config.http.clock.now();
  if (status === 429) {
    // LinkedIn's daily limits reset at midnight UTC and it seldom sends Retry-After.
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    const retryAt = headers.get("retry-after")
      ? retryAtFromHeaders(headers, ["retry-after"], now, 60_000)
      : clampRetryAt(midnight, now, 60_000);
    return fail({
      kind: "rate_limited",
      status,
      retryAt,
      message: `LinkedIn's daily limit for this call is used up.${suffix}`,
    });
  }
  if (status === 401) {
    return fail({
      kind: "token_expired",
      refreshable: canRefresh,
      status,
      message: canRefresh
        ? `LinkedIn's access token expired; Parapet will refresh it.${suffix}`
        : `LinkedIn no longer accepts Parapet's access (tokens last 60 days). An administrator must reconnect the page.${suffix}`,
    });
  }
  if (status >= 500)
    return fail({
      kind: "transient",
      status,
      message: `LinkedIn had a temporary problem (HTTP ${status}).${suffix}`,
    });
  if (status === 403) {
    return fail({
      kind: "permanent",
      status,
      message: `LinkedIn refused: the connected member must be an administrator of the page, with the permissions in docs/connectors.md.${suffix}`,
    });
  }
  return fail({
    kind: "permanent",
    status,
    message: `LinkedIn refused the request (HTTP ${status}).${suffix}`,
  });
}
