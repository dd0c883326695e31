import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";

/** What a raw TCP client reads back until the server closes the connection. */
function exchange(
  port: number,
  write: (socket: Socket) => void,
): Promise<{ text: string; closedAt: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => resolve({ text, closedAt: performance.now() }));
    socket.on("connect", () => write(socket));
  });
}

function parse(raw: string) {
  const [head = "", body = ""] = raw.split("\r\n\r\n");
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers = Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(":")).toLowerCase(),
      line.slice(line.indexOf(":") + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

describe("connections that misbehave, over real HTTP", () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp("pglite", { timeouts: { headersMs: 400, requestMs: 600 } });
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    port = typeof address === "object" && address ? address.port : 0;
  });
  afterAll(() => t.close());

  it("answers headers over 16 KB with 431, the JSON envelope and the security headers", async () => {
    const { text } = await exchange(port, (socket) =>
      socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`),
    );
    const reply = parse(text);
    expect(reply.status).toBe(431);
    expect(JSON.parse(reply.body)).toEqual({
      error: { code: "headers_too_large", message: expect.any(String) },
    });
    expect(reply.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["x-frame-options"]).toBe("DENY");
  });

  it("closes connections whose body or headers arrive too slowly, with 408 and the envelope", async () => {
    const timers: NodeJS.Timeout[] = [];
    // Each client would need 100 s to send its body at one byte per 100 ms.
    const slowBodies = Array.from({ length: 30 }, () =>
      exchange(port, (socket) => {
        socket.write(
          "POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
        );
        const timer = setInterval(() => {
          if (socket.writable) socket.write("a");
        }, 100);
        timers.push(timer);
        socket.on("close", () => clearInterval(timer));
      }),
    );
    const slowHeaders = exchange(port, (socket) => {
      socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
      const timer = setInterval(() => {
        if (socket.writable) socket.write("X-A: b\r\n");
      }, 100);
      timers.push(timer);
      socket.on("close", () => clearInterval(timer));
    });
    const started = performance.now();
    const replies = await Promise.all([...slowBodies, slowHeaders]);
    for (const timer of timers) clearInterval(timer);
    for (const { text, closedAt } of replies) {
      // Closed by the server long before the client would have finished.
      expect(closedAt - started).toBeLessThan(60_000);
      const reply = parse(text);
      expect(reply.status).toBe(408);
      expect(JSON.parse(reply.body).error.code).toBe("timeout");
      expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    }
    // The server still answers everyone else.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it("clears the session cookie on sign-out with the attributes it was set with", async () => {
    const me = await signInAs(t.app, "staff@fenmoor.example");
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-out",
      headers: { cookie: me.cookie, "x-csrf-token": me.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === "parapet_session");
    expect(cleared).toMatchObject({ value: "", httpOnly: true, sameSite: "Strict", path: "/" });
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
  });
});

describe("behind HTTPS (PARAPET_SECURE_COOKIES=true)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { secureCookies: true });
  });
  afterAll(() => t.close());

  it("sends Strict-Transport-Security, and Secure cookies set and cleared", async () => {
    const health = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(health.headers["strict-transport-security"]).toBe("max-age=31536000");
    const me = await signInAs(t.app, "staff@fenmoor.example");
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-out",
      headers: { cookie: me.cookie, "x-csrf-token": me.csrfToken },
    });
    expect(out.cookies.find((c) => c.name === "parapet_session")).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: "Strict",
    });
  });
});
