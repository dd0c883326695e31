import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startTestIdentityProvider,
  type TestAccount,
  type TestIdentityProvider,
} from "../../test/helpers/oidc-provider.js";
import { startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { verifyAuditTrail } from "../audit/verify-audit-chain.js";

const REDIRECT_URI = "http://127.0.0.1:8080/api/v1/auth/oidc/callback";
const COMMS_GROUP = "8f1c2a64-comms-group";
const IG_GROUP = "3b7d9e10-ig-group";

/** A browser's cookie jar for one origin, enough to follow a redirect chain. */
class Jar {
  readonly #cookies = new Map<string, string>();
  take(setCookie: string | string[] | undefined): void {
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) this.#cookies.set(name.trim(), value.join("="));
    }
  }
  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Plays the browser: Parapet's start route (in process), then the real provider
 * over HTTP on loopback following its redirects, then Parapet's callback.
 */
async function signInThroughIdp(app: FastifyInstance) {
  const parapet = new Jar();
  const start = await app.inject({ method: "GET", url: "/api/v1/auth/oidc/start" });
  expect(start.statusCode).toBe(302);
  parapet.take(start.headers["set-cookie"]);
  let location = String(start.headers.location);
  expect(location).toMatch(/code_challenge_method=S256/);
  const idp = new Jar();
  for (let hop = 0; hop < 10 && !location.startsWith(REDIRECT_URI); hop += 1) {
    const response = await fetch(location, { redirect: "manual", headers: { cookie: idp.header() } });
    idp.take(response.headers.getSetCookie());
    const next = response.headers.get("location");
    if (!next)
      throw new Error(
        `the provider answered ${response.status} without a redirect: ${await response.text()}`,
      );
    location = new URL(next, location).href;
  }
  const callbackPath = location.slice(new URL(REDIRECT_URI).origin.length);
  return app.inject({ method: "GET", url: callbackPath, headers: { cookie: parapet.header() } });
}

describe.each(TEST_DATABASES)("OpenID Connect single sign-on end to end on %s", (kind) => {
  let idp: TestIdentityProvider;
  let t: TestApp;
  beforeAll(async () => {
    idp = await startTestIdentityProvider({
      clientId: "parapet",
      clientSecret: "s3cret-for-tests",
      redirectUri: REDIRECT_URI,
    });
    t = await startTestApp(kind, {
      oidc: {
        issuer: idp.issuer,
        clientId: "parapet",
        clientSecret: "s3cret-for-tests",
        redirectUri: REDIRECT_URI,
        organisationSlug: "fenmoor",
        groupRoles: { [COMMS_GROUP]: ["communications_officer"], [IG_GROUP]: ["information_governance"] },
        allowInsecureHttp: true,
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  const sam: TestAccount = {
    sub: "entra-oid-0001",
    email: "sam.okafor@fenmoor.example",
    name: "Sam Okafor",
    groups: [COMMS_GROUP, "unrelated-group"],
  };

  it("redirects to the provider, comes back, creates the person with roles from their groups", async () => {
    idp.loginAs(sam);
    const callback = await signInThroughIdp(t.app);
    expect(callback.statusCode, callback.body).toBe(302);
    expect(callback.headers.location).toBe("/");
    const session = callback.cookies.find((c) => c.name === "parapet_session");
    expect(session?.httpOnly).toBe(true);
    const me = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: `parapet_session=${session?.value}` },
    });
    expect(me.json().user).toMatchObject({
      email: "sam.okafor@fenmoor.example",
      displayName: "Sam Okafor",
      roles: ["communications_officer"],
    });
    expect(me.json().organisation.slug).toBe("fenmoor");
  });

  it("updates roles from the groups at the next sign-in, and audits the change", async () => {
    idp.loginAs({ ...sam, groups: [COMMS_GROUP, IG_GROUP] });
    const callback = await signInThroughIdp(t.app);
    expect(callback.statusCode).toBe(302);
    const rows = await t.database.db
      .selectFrom("audit_events")
      .select(["action", "summary"])
      .where("action", "in", ["user.provisioned_by_sso", "user.roles_changed", "auth.signed_in"])
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      "user.provisioned_by_sso",
      "auth.signed_in",
      "user.roles_changed",
      "auth.signed_in",
    ]);
    expect(JSON.parse(rows[2]?.summary ?? "{}").after.roles).toEqual([
      "communications_officer",
      "information_governance",
    ]);
    expect(await verifyAuditTrail(t.database.db, t.auditTrail)).toMatchObject({ ok: true });
  });

  it("refuses someone in no mapped group", async () => {
    idp.loginAs({
      sub: "entra-oid-0002",
      email: "visitor@fenmoor.example",
      name: "Visitor",
      groups: ["other"],
    });
    const callback = await signInThroughIdp(t.app);
    expect(callback.statusCode).toBe(403);
    expect(callback.cookies.find((c) => c.name === "parapet_session")).toBeUndefined();
  });

  it("refuses a callback without the browser's state cookie (login CSRF) and a replayed one", async () => {
    idp.loginAs(sam);
    const start = await t.app.inject({ method: "GET", url: "/api/v1/auth/oidc/start" });
    const state = new URL(String(start.headers.location)).searchParams.get("state");
    const forged = await t.app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?code=abc&state=${state}`,
    });
    expect(forged.statusCode).toBe(401);
    const withCookie = await t.app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?code=abc&state=${state}`,
      headers: { cookie: `parapet_oidc_state=${state}` },
    });
    expect(withCookie.statusCode).toBe(401);
    const replay = await t.app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?code=abc&state=${state}`,
      headers: { cookie: `parapet_oidc_state=${state}` },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toMatch(/expired/);
  });

  it("does not let a deactivated person back in through single sign-on", async () => {
    await t.database.db
      .updateTable("users")
      .set({ status: "deactivated" })
      .where("email", "=", sam.email)
      .execute();
    idp.loginAs(sam);
    const callback = await signInThroughIdp(t.app);
    expect(callback.statusCode).toBe(401);
  });
});
