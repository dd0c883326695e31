import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOtherOrganisation, userIdByEmail } from "../../test/helpers/people.js";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { verifyAuditTrail } from "../audit/verify-audit-chain.js";

const GOOD_PASSWORD = "kettle orbit pancake lantern";

describe.each(TEST_DATABASES)("people: invite, roles, deactivate, export, anonymise on %s", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  let niaId = "";
  beforeAll(async () => {
    t = await startTestApp(kind);
    await seedOtherOrganisation(t.database.db);
    admin = await signInAs(t.app, "admin@fenmoor.example");
  });
  afterAll(() => t.close());

  const as = (s: SignedIn) => ({ cookie: s.cookie, "x-csrf-token": s.csrfToken });

  async function invite(email: string, roles: string[] = ["staff"]) {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/people/invitations",
      headers: as(admin),
      payload: { email, displayName: "Nia Jones", jobTitle: "Physiotherapist", roles },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ userId: string; setPasswordPath: string }>();
  }

  const setPassword = (token: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/v1/auth/set-password", payload: { token, password } });

  it("invites a person who sets a password with the one-time link, then signs in", async () => {
    const invited = await invite("nia.jones@fenmoor.example");
    niaId = invited.userId;
    const token = invited.setPasswordPath.split("#")[1] ?? "";
    expect(token.length).toBeGreaterThan(30);
    const stored = await t.database.db.selectFrom("invitations").select("token_hash").execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    const cannotYet = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "nia.jones@fenmoor.example", password: GOOD_PASSWORD },
    });
    expect(cannotYet.statusCode).toBe(401);

    for (const weak of ["short", "password1234", "Password1234", "niajonesnia1", "aaaaaaaaaaaaaaa"]) {
      const refused = await setPassword(token, weak);
      expect(refused.statusCode, weak).toBe(400);
      expect(refused.json().error.code).toBe("validation");
    }
    expect((await setPassword(token, GOOD_PASSWORD)).statusCode).toBe(204);
    expect((await setPassword(token, "another long passphrase")).statusCode).toBe(404);

    const nia = await signInAs(t.app, "nia.jones@fenmoor.example", GOOD_PASSWORD);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: nia.cookie } });
    expect(me.json().user).toMatchObject({ displayName: "Nia Jones", roles: ["staff"] });
  });

  it("spends a set-password link once when it is used twice at once", async () => {
    const again = await invite("link.twice@fenmoor.example");
    const token = again.setPasswordPath.split("#")[1] ?? "";
    const both = await Promise.all([setPassword(token, GOOD_PASSWORD), setPassword(token, GOOD_PASSWORD)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([204, 404]);
  });

  it("refuses a second account for the same email, in any case", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/people/invitations",
      headers: as(admin),
      payload: { email: "NIA.JONES@fenmoor.example", displayName: "Nia", roles: ["staff"] },
    });
    expect(response.statusCode).toBe(409);
  });

  it("invites an address another organisation uses as if it were new, and both accounts sign in", async () => {
    // staff@otherton.example has an account in the other trust (seedOtherOrganisation).
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/people/invitations",
      headers: as(admin),
      payload: { email: "Staff@Otherton.example", displayName: "Sam Staff", roles: ["staff"] },
    });
    // The same answer as for an address nobody uses: nothing about the other trust leaks.
    expect(response.statusCode).toBe(201);
    expect(Object.keys(response.json()).sort()).toEqual([
      "emailed",
      "expiresAt",
      "setPasswordPath",
      "userId",
    ]);
    const token = response.json().setPasswordPath.split("#")[1] ?? "";
    expect((await setPassword(token, GOOD_PASSWORD)).statusCode).toBe(204);
    const signIn = (payload: Record<string, string>) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload });
    // Without a name, the address's first account; with one, that organisation's.
    const first = await signIn({ email: "staff@otherton.example", password: "fenmoor-demo-2026" });
    expect(first.json().organisation.slug).toBe("otherton");
    const here = await signIn({
      email: "staff@otherton.example",
      password: GOOD_PASSWORD,
      organisation: "fenmoor",
    });
    expect(here.statusCode).toBe(200);
    expect(here.json().organisation.slug).toBe("fenmoor");
    const wrongPlace = await signIn({
      email: "staff@otherton.example",
      password: GOOD_PASSWORD,
      organisation: "nowhere",
    });
    expect(wrongPlace.statusCode).toBe(401);
  });

  it("assigns roles, and the person's next request has them", async () => {
    const id = await userIdByEmail(t.database.db, "nia.jones@fenmoor.example");
    const nia = await signInAs(t.app, "nia.jones@fenmoor.example", GOOD_PASSWORD);
    const roles = await t.app.inject({
      method: "PUT",
      url: `/api/v1/people/${id}/roles`,
      headers: as(admin),
      payload: { roles: ["line_manager", "staff"] },
    });
    expect(roles.statusCode).toBe(204);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: nia.cookie } });
    expect(me.json().user.roles).toEqual(["line_manager", "staff"]);
    const bad = await t.app.inject({
      method: "PUT",
      url: `/api/v1/people/${id}/roles`,
      headers: as(admin),
      payload: { roles: ["superuser"] },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("deactivating ends the person's sessions at once and stops sign-in", async () => {
    const id = await userIdByEmail(t.database.db, "nia.jones@fenmoor.example");
    const nia = await signInAs(t.app, "nia.jones@fenmoor.example", GOOD_PASSWORD);
    const off = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${id}/deactivate`,
      headers: as(admin),
    });
    expect(off.statusCode).toBe(204);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: nia.cookie } });
    expect(me.statusCode).toBe(401);
    const sessions = await t.database.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", id)
      .execute();
    expect(sessions).toEqual([]);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "nia.jones@fenmoor.example", password: GOOD_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    // The same answer as a wrong password: a distinct one would confirm the password.
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "nia.jones@fenmoor.example", password: "not the password at all" },
    });
    expect(again.json()).toEqual(wrong.json());
  });

  it("will not let an administrator deactivate themself or drop their own admin role", async () => {
    const id = await userIdByEmail(t.database.db, "admin@fenmoor.example");
    const off = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${id}/deactivate`,
      headers: as(admin),
    });
    expect(off.statusCode).toBe(409);
    const roles = await t.app.inject({
      method: "PUT",
      url: `/api/v1/people/${id}/roles`,
      headers: as(admin),
      payload: { roles: ["staff"] },
    });
    expect(roles.statusCode).toBe(409);
  });

  it("exports everything held about a person as JSON (information governance)", async () => {
    const id = await userIdByEmail(t.database.db, "nia.jones@fenmoor.example");
    const ig = await signInAs(t.app, "ig@fenmoor.example");
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/people/${id}/export`,
      headers: as(ig),
    });
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.person).toMatchObject({ email: "nia.jones@fenmoor.example", displayName: "Nia Jones" });
    expect(JSON.stringify(data)).not.toMatch(/argon2/);
    const actions = data.auditEvents.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "user.invited",
        "user.password_set",
        "auth.signed_in",
        "user.roles_changed",
        "user.deactivated",
      ]),
    );
    expect(data.invitations).toHaveLength(1);
  });

  it("anonymises a departed person while the audit chain still verifies", async () => {
    const id = await userIdByEmail(t.database.db, "nia.jones@fenmoor.example");
    const ig = await signInAs(t.app, "ig@fenmoor.example");
    const before = await t.database.db
      .selectFrom("audit_events")
      .select(["seq", "hash"])
      .orderBy("seq")
      .execute();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${id}/anonymise`,
      headers: as(ig),
    });
    expect(response.statusCode).toBe(204);
    const row = await t.database.db
      .selectFrom("users")
      .select(["email", "display_name", "job_title", "password_hash"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.email).not.toMatch(/nia/i);
    expect(row.display_name).not.toMatch(/nia|jones/i);
    expect(row.job_title).toBeNull();
    expect(row.password_hash).toBeNull();
    const trail = await t.database.db.selectFrom("audit_events").selectAll().execute();
    expect(JSON.stringify(trail)).not.toMatch(/nia|jones|physio/i);
    const after = await t.database.db
      .selectFrom("audit_events")
      .select(["seq", "hash"])
      .orderBy("seq")
      .execute();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(await verifyAuditTrail(t.database.db, t.auditTrail)).toMatchObject({ ok: true });
    const activeOne = await userIdByEmail(t.database.db, "staff@fenmoor.example");
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${activeOne}/anonymise`,
      headers: as(ig),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: "invalid_transition",
      message: "Deactivate this person before anonymising them.",
    });
    // Anonymised is final: no reactivation; and no administrator deactivates themselves.
    const admin = await signInAs(t.app, "admin@fenmoor.example");
    const back = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${id}/reactivate`,
      headers: as(admin),
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error).toEqual({
      code: "invalid_transition",
      message: "This person has been anonymised.",
    });
    const adminId = await userIdByEmail(t.database.db, "admin@fenmoor.example");
    const self = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${adminId}/deactivate`,
      headers: as(admin),
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().error).toEqual({
      code: "conflict",
      message: "You cannot deactivate your own account.",
    });
  });

  it("anonymises by API token on its people.anonymise scope, the table still deciding the step", async () => {
    const { userId } = await invite("sam.leaver@fenmoor.example");
    const made = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-tokens",
      headers: as(admin),
      payload: { name: "IG erasure requests", scopes: ["people.anonymise"] },
    });
    expect(made.statusCode, made.body).toBe(201);
    const { token, id: tokenId } = made.json<{ token: string; id: string }>();
    const anonymise = () =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/people/${userId}/anonymise`,
        headers: { authorization: `Bearer ${token}` },
      });
    // The token has no roles, but the route decided it may anonymise: the table still says when.
    const early = await anonymise();
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toEqual({
      code: "invalid_transition",
      message: "Deactivate this person before anonymising them.",
    });
    const deactivated = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${userId}/deactivate`,
      headers: as(admin),
    });
    expect(deactivated.statusCode).toBe(204);
    expect((await anonymise()).statusCode).toBe(204);
    const audited = await t.database.db
      .selectFrom("audit_events")
      .select(["actor_kind", "actor_id", "actor_roles"])
      .where("entity_id", "=", userId)
      .where("action", "=", "user.anonymised")
      .execute();
    expect(audited).toEqual([{ actor_kind: "api_token", actor_id: tokenId, actor_roles: "" }]);
  });

  it("lists only the organisation's own people", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/people",
      headers: { cookie: admin.cookie },
    });
    const people = response.json().people as Array<{ email: string; displayName: string }>;
    expect(people.map((p) => p.email)).toContain("staff@fenmoor.example");
    // Only the account invited here (the same address as an Otherton account), none of Otherton's own.
    expect(
      people.filter((p) => p.email.toLowerCase().endsWith("otherton.example")).map((p) => p.email),
    ).toEqual(["Staff@Otherton.example"]);
  });

  it("records who did what, with role, request id and before/after, and filters it", async () => {
    const ig = await signInAs(t.app, "ig@fenmoor.example");
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/audit?entityId=${niaId}&action=user.roles_changed`,
      headers: { cookie: ig.cookie },
    });
    expect(response.statusCode).toBe(200);
    const [event] = response.json().events;
    expect(event).toMatchObject({
      action: "user.roles_changed",
      actorName: "Chris Taylor",
      actorRoles: ["admin"],
      entityType: "user",
      summary: { before: { roles: ["staff"] }, after: { roles: ["line_manager", "staff"] } },
    });
    expect(event.requestId).toBeTruthy();
    const csv = await t.app.inject({
      method: "GET",
      url: `/api/v1/audit/export.csv?action=user.invited&entityId=${niaId}`,
      headers: { cookie: ig.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toMatch(/^seq,occurred_at,actor_kind/);
    expect(lines.length).toBe(2);
    const otherAdmin = await signInAs(t.app, "admin@otherton.example");
    const theirs = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit",
      headers: { cookie: otherAdmin.cookie },
    });
    const theirActions = theirs.json().events.map((e: { action: string }) => e.action);
    // Their own sign-ins only: nothing of Fenmoor's, not even the invitation of an address they use.
    expect([...new Set(theirActions)]).toEqual(["auth.signed_in"]);
  });
});
