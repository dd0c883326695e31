import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, HttpError } from "./http-client.js";

describe("outbound HTTP", () => {
  let server: Server;
  let base = "";
  let seenUserAgent = "";

  beforeAll(async () => {
    server = createServer((request, response) => {
      seenUserAgent = String(request.headers["user-agent"]);
      const path = request.url ?? "/";
      if (path === "/ok")
        return response.writeHead(200, { "content-type": "application/json" }).end('{"a":1}');
      if (path === "/never") return; // holds the connection open, never answers
      if (path === "/big-declared")
        return response.writeHead(200, { "content-length": String(2_000_000) }).end("x".repeat(2_000_000));
      if (path === "/big-streamed") {
        response.writeHead(200);
        const chunk = "y".repeat(64 * 1024);
        for (let i = 0; i < 40; i += 1) response.write(chunk);
        return response.end();
      }
      if (path === "/redirect") return response.writeHead(302, { location: "http://169.254.169.254/" }).end();
      if (path === "/not-json") return response.writeHead(200).end("<html>");
      response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  const client = new HttpClient({ timeoutMs: 300, maxResponseBytes: 1_000_000 });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HttpError);
    return error as HttpError;
  };

  it("returns status, headers and body, and says who is calling", async () => {
    const response = await client.request(`${base}/ok`);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ a: 1 });
    expect(seenUserAgent).toMatch(/^Parapet/);
  });

  it("gives up on a server that never answers, saying so", async () => {
    const error = await failure(client.request(`${base}/never`));
    expect(error.failure).toBe("timeout");
    expect(error.message).toBe(`GET ${base}/never did not answer within 0.3 s`);
  });

  it("refuses a reply larger than allowed, declared or streamed", async () => {
    expect((await failure(client.request(`${base}/big-declared`))).failure).toBe("too_large");
    const streamed = await failure(client.request(`${base}/big-streamed`));
    expect(streamed.failure).toBe("too_large");
    expect(streamed.message).toMatch(/more than the 1000000 bytes allowed/);
  });

  it("stops at once when the job's signal aborts", async () => {
    const controller = new AbortController();
    const pending = client.request(`${base}/never`, { signal: controller.signal, timeoutMs: 60_000 });
    controller.abort(new Error("the worker is stopping"));
    expect((await failure(pending)).failure).toBe("aborted");
  });

  it("returns a redirect instead of following it", async () => {
    const response = await client.request(`${base}/redirect`);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://169.254.169.254/");
  });

  it("says what went wrong with a closed port, a bad address and a body that is not JSON", async () => {
    const vacant = createServer();
    await new Promise<void>((done) => vacant.listen(0, "127.0.0.1", done));
    const port = (vacant.address() as AddressInfo).port;
    await new Promise((done) => vacant.close(done));
    const closed = await failure(client.request(`http://127.0.0.1:${port}/x`));
    expect(closed.failure).toBe("network");
    expect(closed.message).toMatch(/ECONNREFUSED/);
    expect((await failure(client.request("file:///etc/passwd"))).failure).toBe("bad_url");
    expect((await failure(client.request("not a url"))).failure).toBe("bad_url");
    const html = await client.request(`${base}/not-json`);
    expect(() => html.json()).toThrow(/not JSON/);
  });
});
