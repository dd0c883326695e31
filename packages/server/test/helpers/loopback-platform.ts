import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../../src/clock.js";
import type { HttpSettings } from "../../src/inbox/connectors/http.js";

/** One request the platform server received. */
export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  /** Holds the answer back (to test timeouts). */
  delayMs?: number;
  /** Drops the connection without answering (a network failure). */
  destroy?: boolean;
}

export type Handler = (request: Received) => Reply | Promise<Reply>;

export interface LoopbackPlatform {
  baseUrl: string;
  received: Received[];
  /** Requests to one route, e.g. `POST /v23.0/123/comments`. */
  calls(route: string): Received[];
  /** Sets (or replaces) the answer for `METHOD /path`. */
  on(route: string, handler: Handler | Reply): void;
  close(): Promise<void>;
}

/**
 * A stand-in for a platform's API on 127.0.0.1, started per test: it answers with the shapes,
 * errors and rate-limit replies the platform documents, and records every request so a test can
 * check what the connector sent (and that it sent it once).
 */
export async function startLoopbackPlatform(): Promise<LoopbackPlatform> {
  const routes = new Map<string, Handler>();
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown;
      try {
        json = body.length > 0 ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const request: Received = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json,
      };
      received.push(request);
      const handler = routes.get(`${request.method} ${request.path}`);
      const reply: Reply = handler
        ? await handler(request)
        : { status: 404, json: { error: `no route for ${request.method} ${request.path}` } };
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (reply.destroy) {
        req.socket.destroy();
        return;
      }
      const payload = reply.text ?? (reply.json === undefined ? "" : JSON.stringify(reply.json));
      res.writeHead(reply.status ?? 200, {
        ...(reply.json !== undefined ? { "content-type": "application/json" } : {}),
        ...reply.headers,
      });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    calls: (route) => received.filter((r) => `${r.method} ${r.path}` === route),
    on: (route, handler) => routes.set(route, typeof handler === "function" ? handler : () => handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const TEST_NOW = new Date("2026-11-20T10:00:00.000Z");
export const fixedClock: Clock = { now: () => new Date(TEST_NOW) };

export function httpSettings(
  platform: LoopbackPlatform,
  overrides: Partial<HttpSettings> = {},
): HttpSettings {
  return { baseUrl: platform.baseUrl, clock: fixedClock, timeoutMs: 2000, ...overrides };
}

/** A webhook request as the inbox's route would hand it to a connector. */
export function webhookRequest(options: {
  method?: string;
  query?: Record<string, string>;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array;
}): import("../../src/inbox/connectors/connector.js").WebhookRequest {
  const body = options.body ?? "";
  return {
    method: options.method ?? "POST",
    query: new URLSearchParams(options.query ?? {}),
    headers: options.headers ?? {},
    rawBody: typeof body === "string" ? new TextEncoder().encode(body) : body,
  };
}
