import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

describe.each(TEST_DATABASES)("API tokens on %s", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await signInAs(t.app, "admin@fenmoor.example");
  });
  afterAll(() => t.close());

  const create = (payload: unknown) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/api-tokens",
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      payload: payload as Record<string, unknown>,
    });

  it("creates a scoped token shown once and stored only as a hash; bearer needs no CSRF", async () => {
    const created = await create({ name: "SIEM export", scopes: ["audit.read"] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^ppt_/);
    const rows = await t.database.db.selectFrom("api_tokens").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);

    const listed = await t.app.inject({
      method: "GET",
      url: "/api/v1/api-tokens",
      headers: { cookie: admin.cookie },
    });
    expect(JSON.stringify(listed.json())).not.toContain(token);
    expect(listed.json().tokens[0]).toMatchObject({ id, name: "SIEM export", lastUsedAt: null });

    const read = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().events.map((e: { action: string }) => e.action)).toContain("api_token.created");

    const again = await t.app.inject({
      method: "GET",
      url: "/api/v1/api-tokens",
      headers: { cookie: admin.cookie },
    });
    expect(again.json().tokens[0].lastUsedAt).not.toBeNull();

    const outOfScope = await t.app.inject({
      method: "GET",
      url: "/api/v1/people",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(outOfScope.statusCode).toBe(403);
    const notForTokens = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(notForTokens.statusCode).toBe(403);

    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/api-tokens/${id}`,
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
    });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it("refuses scopes that would let a token mint tokens or manage people, and unknown ones", async () => {
    for (const scopes of [["api_tokens.manage"], ["people.manage"], ["signed_in"], ["nope"], []]) {
      expect((await create({ name: "x", scopes })).statusCode, JSON.stringify(scopes)).toBe(400);
    }
  });

  it("answers 401 to a malformed or unknown bearer token", async () => {
    for (const authorization of ["Bearer", "Bearer ppt_unknown", "Basic abc", `Bearer ${"x".repeat(5000)}`]) {
      const r = await t.app.inject({ method: "GET", url: "/api/v1/audit", headers: { authorization } });
      expect(r.statusCode, authorization.slice(0, 20)).toBe(401);
    }
  });
});
