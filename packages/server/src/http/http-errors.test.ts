import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

describe.each(TEST_DATABASES)("HTTP error envelope on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { bodyLimit: 2048 });
  });
  afterAll(() => t.close());

  const signInUrl = "/api/v1/auth/sign-in";

  it("answers malformed JSON with 400 and the envelope", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: signInUrl,
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@b", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: "validation", message: "The request body is not valid JSON." },
    });
  });

  it("answers a body that fails the schema with 400 naming the field", async () => {
    const response = await t.app.inject({ method: "POST", url: signInUrl, payload: { email: "x@y.z" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("validation");
    expect(response.json().error.message).toMatch(/password/);
  });

  it("answers an unknown route with 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("answers a body over the limit with 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: signInUrl,
      payload: { email: "a@b.c", password: "x".repeat(5000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("answers a wrong method with 405 and an Allow header", async () => {
    const response = await t.app.inject({ method: "DELETE", url: "/api/v1/me" });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe("GET");
    expect(response.json().error.code).toBe("method_not_allowed");
  });

  it("answers an unsupported content type with 415, not 500", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: signInUrl,
      headers: { "content-type": "application/x-evil" },
      payload: "hello",
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toBeDefined();
  });

  it("takes an empty JSON body as no body: a DELETE without a session is 401, with one it is done", async () => {
    const url = "/api/v1/api-tokens/00000000-0000-4000-8000-000000000000";
    for (const payload of ["", "  \n"]) {
      const anonymous = await t.app.inject({
        method: "DELETE",
        url,
        headers: { "content-type": "application/json" },
        payload,
      });
      expect(anonymous.statusCode, JSON.stringify(payload)).toBe(401);
      expect(anonymous.json().error.code).toBe("unauthenticated");
    }
    const admin = await signInAs(t.app, "admin@fenmoor.example");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-tokens",
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      payload: { name: "to revoke", scopes: ["audit.read"] },
    });
    expect(created.statusCode).toBe(201);
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/api-tokens/${created.json().id}`,
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken, "content-type": "application/json" },
      payload: "",
    });
    expect(revoked.statusCode).toBe(204);
  });

  it("still refuses a poisoned JSON body", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: signInUrl,
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@b.c", "password": "x", "__proto__": {"admin": true}}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("validation");
  });

  it("gives every reply a request id, keeping a well-formed one the caller sent", async () => {
    const mine = await t.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "trace-123" },
    });
    expect(mine.headers["x-request-id"]).toBe("trace-123");
    const hostile = await t.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "<script>" },
    });
    expect(hostile.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends the security headers on successes, errors and refusals alike", async () => {
    const replies = await Promise.all([
      t.app.inject({ method: "GET", url: "/healthz" }),
      t.app.inject({ method: "GET", url: "/no/such/page" }),
      t.app.inject({ method: "DELETE", url: "/healthz" }),
      t.app.inject({ method: "GET", url: "/api/v1/me" }),
    ]);
    expect(replies.map((reply) => reply.statusCode)).toEqual([200, 404, 405, 401]);
    for (const reply of replies) {
      expect(reply.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(reply.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(reply.headers["x-content-type-options"]).toBe("nosniff");
      // Plain HTTP: HSTS would claim a protection this connection does not have (RFC 6797 §7.2).
      expect(reply.headers["strict-transport-security"]).toBeUndefined();
      expect(reply.headers["x-frame-options"]).toBe("DENY");
      expect(reply.headers["referrer-policy"]).toBe("no-referrer");
      expect(reply.headers["x-powered-by"]).toBeUndefined();
      expect(reply.headers["x-request-id"]).toBeTruthy();
    }
  });

  it("reports health and serves an OpenAPI document of the routes", async () => {
    const health = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok", database: kind });
    const openapi = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(openapi.statusCode).toBe(200);
    const doc = openapi.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/auth/sign-in", "/api/v1/me", "/healthz"]),
    );
  });
});
