import type { Clock } from "../../clock.js";
import { type ConnectorError, fail, ok, type Result } from "./connector-error.js";

/** Outbound HTTP settings every connector takes; tests point `baseUrl` at a loopback server. */
export interface HttpSettings {
  /** e.g. `https://graph.facebook.com`; no trailing slash needed. */
  baseUrl: string;
  /** Per request, from connecting to the last byte of the body. Default 15 s. */
  timeoutMs?: number;
  /** Larger responses are cut off and refused. Default 4 MiB. */
  maxResponseBytes?: number;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  clock: Clock;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const USER_AGENT = "Parapet (social media governance for NHS trusts)";

export interface HttpRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** A path under the base URL (starting with `/`) or a full URL on the same origin. */
  path: string;
  query?: Readonly<Record<string, string | readonly string[] | undefined>>;
  headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Readonly<Record<string, string>>;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
}

/** Builds the URL; refuses one that would leave the configured origin (a path taken from a payload). */
export function buildUrl(baseUrl: string, path: string, query?: HttpRequest["query"]): URL | null {
  const base = new URL(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  let url: URL;
  try {
    url = path.startsWith("http://") || path.startsWith("https://") ? new URL(path) : new URL(base.href);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  if (!path.startsWith("http")) {
    url.pathname = `${base.pathname.replace(/\/$/, "")}${path}`;
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === "string") url.searchParams.set(key, value);
    else for (const v of value) url.searchParams.append(key, v);
  }
  return url;
}

/**
 * One HTTP call with a timeout, a bounded body and no redirects followed. Network failures,
 * timeouts and cut-off bodies are `transient` errors; every status comes back as a response for
 * the connector to classify in its platform's terms.
 */
export async function httpCall(
  settings: HttpSettings,
  request: HttpRequest,
): Promise<Result<HttpResponse, ConnectorError>> {
  const url = buildUrl(settings.baseUrl, request.path, request.query);
  if (url === null) return fail({ kind: "permanent", message: "The platform gave a link to another site." });
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": USER_AGENT,
    ...request.headers,
  };
  let body: string | undefined;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  } else if (request.form !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(request.form as Record<string, string>).toString();
  }
  const doFetch = settings.fetch ?? fetch;
  try {
    const init: RequestInit = { method: request.method, headers, redirect: "manual", signal };
    if (body !== undefined) init.body = body;
    const response = await doFetch(url, init);
    const text = await readBounded(response, maxBytes);
    if (text === null) {
      return fail({
        kind: "transient",
        message: `The platform's answer was larger than ${maxBytes} bytes and was refused.`,
      });
    }
    if (response.status >= 300 && response.status < 400) {
      return fail({
        kind: "permanent",
        status: response.status,
        message: `The platform redirected the request (HTTP ${response.status}); check the connector's address.`,
      });
    }
    return ok({ status: response.status, headers: response.headers, text, json: parseJson(text) });
  } catch (error) {
    if (request.signal?.aborted) return fail({ kind: "transient", message: "The call was cancelled." });
    if (timeout.aborted) {
      return fail({ kind: "transient", message: `The platform did not answer within ${timeoutMs} ms.` });
    }
    return fail({
      kind: "transient",
      message: `The platform could not be reached (${networkReason(error)}).`,
    });
  }
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "network error";
}

/** Reads at most `maxBytes`; null when the body is longer (the rest is not read). */
async function readBounded(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
