/**
 * Outbound HTTP for connectors and webhooks: every call has a time limit (the
 * whole exchange, body included) and a cap on the size of the reply, so that a
 * slow or hostile server can neither stall a job nor fill the memory. Redirects
 * are returned, not followed: a platform API that redirects is a surprise the
 * connector must decide about.
 */
export interface HttpSettings {
  timeoutMs: number;
  maxResponseBytes: number;
  userAgent: string;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  timeoutMs: 15_000,
  maxResponseBytes: 5 * 1024 * 1024,
  userAgent: "Parapet (social media governance for NHS trusts)",
};

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | URLSearchParams;
  /** The job's signal: aborting it ends the call at once. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  json<T = unknown>(): T;
}

export type HttpFailure = "timeout" | "aborted" | "network" | "too_large" | "bad_url";

export class HttpError extends Error {
  readonly failure: HttpFailure;
  constructor(failure: HttpFailure, message: string) {
    super(message);
    this.name = "HttpError";
    this.failure = failure;
  }
}

export class HttpClient {
  readonly settings: HttpSettings;

  constructor(settings: Partial<HttpSettings> = {}) {
    this.settings = { ...DEFAULT_HTTP_SETTINGS, ...settings };
  }

  async request(url: string | URL, init: HttpRequest = {}): Promise<HttpResponse> {
    const target = parseUrl(url);
    const timeoutMs = init.timeoutMs ?? this.settings.timeoutMs;
    const limit = init.maxResponseBytes ?? this.settings.maxResponseBytes;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([timeout, init.signal]) : timeout;
    const where = `${init.method ?? "GET"} ${target.origin}${target.pathname}`;
    try {
      const response = await fetch(target, {
        method: init.method ?? "GET",
        headers: { "user-agent": this.settings.userAgent, ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        redirect: "manual",
        signal,
      });
      const body = await readLimited(response, limit, where);
      return {
        status: response.status,
        headers: response.headers,
        body,
        json<T>() {
          try {
            return JSON.parse(body) as T;
          } catch {
            throw new HttpError(
              "network",
              `${where} answered ${response.status} with a body that is not JSON`,
            );
          }
        },
      };
    } catch (error) {
      if (error instanceof HttpError) throw error;
      if (timeout.aborted)
        throw new HttpError("timeout", `${where} did not answer within ${timeoutMs / 1000} s`);
      if (init.signal?.aborted) throw new HttpError("aborted", `${where} was cancelled`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new HttpError(
        "network",
        `${where} failed: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      );
    }
  }
}

function parseUrl(url: string | URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HttpError("bad_url", "the address to call is not a URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new HttpError("bad_url", `only http and https addresses can be called, not ${parsed.protocol}`);
  return parsed;
}

async function readLimited(response: Response, limit: number, where: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw new HttpError(
      "too_large",
      `${where} answered with ${declared} bytes, more than the ${limit} allowed`,
    );
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new HttpError("too_large", `${where} answered with more than the ${limit} bytes allowed`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
