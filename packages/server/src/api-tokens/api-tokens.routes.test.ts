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

  const list = async () =>
    (
      await t.app.inject({ method: "GET", url: "/api/v1/api-tokens", headers: { cookie: admin.cookie } })
    ).json().tokens as Array<Record<string, unknown> & { id: string }>;
  const bearer = (token: string) =>
    t.app.inject({ method: "GET", url: "/api/v1/audit", headers: { authorization: `Bearer ${token}` } });

  it("shows each token's owner, last use and expiry, 90 days unless chosen, never more than a year", async () => {
    const created = await create({ name: "Dashboard", scopes: ["audit.read"] });
    expect(created.statusCode).toBe(201);
    const listed = (await list()).find((tok) => tok.id === created.json().id);
    expect(listed).toMatchObject({
      owner: { name: "Chris Taylor", active: true },
      state: "active",
      lastUsedAt: null,
      expiresAt: new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString(),
    });
    for (const expiresInDays of [0, 366, 1.5])
      expect((await create({ name: "x", scopes: ["audit.read"], expiresInDays })).statusCode).toBe(400);
  });

  it("stops a token at its expiry", async () => {
    const created = await create({ name: "Short-lived", scopes: ["audit.read"], expiresInDays: 1 });
    const { token, id } = created.json();
    expect((await bearer(token)).statusCode).toBe(200);
    t.clock.advance(86_400_000 + 1000);
    expect((await bearer(token)).statusCode).toBe(401);
    // A day on, the administrator's session has ended too.
    admin = await signInAs(t.app, "admin@fenmoor.example");
    expect((await list()).find((tok) => tok.id === id)?.state).toBe("expired");
  });

  it("revokes a person's tokens when they are deactivated, and refuses a token whose owner is not active", async () => {
    // A second administrator, who makes a token and then leaves.
    const invite = await t.app.inject({
      method: "POST",
      url: "/api/v1/people/invitations",
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      payload: { email: "leaver@fenmoor.example", displayName: "Lee Ver", roles: ["admin"] },
    });
    const leaverId = invite.json().userId as string;
    await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/set-password",
      payload: {
        token: invite.json().setPasswordPath.split("#")[1],
        password: "kettle orbit pancake lantern",
      },
    });
    const leaver = await signInAs(t.app, "leaver@fenmoor.example", "kettle orbit pancake lantern");
    const made = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-tokens",
      headers: { cookie: leaver.cookie, "x-csrf-token": leaver.csrfToken },
      payload: { name: "Leaver's integration", scopes: ["audit.read"] },
    });
    const { token, id } = made.json();
    expect((await bearer(token)).statusCode).toBe(200);
    expect((await list()).find((tok) => tok.id === id)?.lastUsedAt).not.toBeNull();

    // Deactivated as an older version would have left it (tokens untouched): refused at once.
    await t.database.db
      .updateTable("users")
      .set({ status: "deactivated" })
      .where("id", "=", leaverId)
      .execute();
    expect((await bearer(token)).statusCode).toBe(401);
    expect((await list()).find((tok) => tok.id === id)).toMatchObject({
      state: "owner_inactive",
      owner: { id: leaverId, name: "Lee Ver", active: false },
    });
    await t.database.db.updateTable("users").set({ status: "active" }).where("id", "=", leaverId).execute();
    expect((await bearer(token)).statusCode).toBe(200);

    // Deactivated through Parapet: the token is revoked in the same transaction, and audited.
    const off = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${leaverId}/deactivate`,
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
    });
    expect(off.statusCode).toBe(204);
    expect((await list()).find((tok) => tok.id === id)?.state).toBe("revoked");
    const revoked = await t.database.db
      .selectFrom("audit_events")
      .select("summary")
      .where("action", "=", "api_token.revoked")
      .where("entity_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(revoked.summary).after).toEqual({ revoked: true, reason: "owner_deactivated" });
    // Coming back does not bring the token back.
    await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${leaverId}/reactivate`,
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
    });
    expect((await bearer(token)).statusCode).toBe(401);
  });
});
