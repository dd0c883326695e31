import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

describe.each(TEST_DATABASES)("the organisation's policy pack on %s", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await signInAs(t.app, "admin@fenmoor.example");
  });
  afterAll(() => t.close());

  const setPack = (who: SignedIn, packId: string) =>
    t.app.inject({
      method: "PUT",
      url: "/api/v1/organisation/pack",
      headers: { cookie: who.cookie, "x-csrf-token": who.csrfToken },
      payload: { packId },
    });
  const packChanges = () =>
    t.database.db
      .selectFrom("audit_events")
      .select(["summary", "actor_id"])
      .where("action", "=", "organisation.pack_changed")
      .execute();

  it("shows an administrator the pack in force and the packs to choose from", async () => {
    const r = await t.app.inject({
      method: "GET",
      url: "/api/v1/organisation",
      headers: { cookie: admin.cookie },
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ name: "Fenmoor Community Health NHS Trust", packId: "nhs-core" });
    expect(body.pack).toMatchObject({ id: "nhs-core", reviewOverdue: expect.any(Boolean) });
    expect(body.packs.map((p: { id: string }) => p.id).sort()).toEqual([
      "cmft",
      "eput",
      "nhs-core",
      "rwt",
      "tewv",
      "thh",
    ]);
  });

  it("sets the pack, audited with before and after, and the session then carries it", async () => {
    const r = await setPack(admin, "eput");
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ changed: true, packId: "eput", pack: { id: "eput" } });
    const changes = await packChanges();
    expect(changes).toHaveLength(1);
    expect(JSON.parse(changes[0]?.summary ?? "{}")).toEqual({
      before: { packId: "nhs-core" },
      after: { packId: "eput" },
    });
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: admin.cookie } });
    expect(me.json().organisation.packId).toBe("eput");
    // The audit page names the packs, never their ids.
    const audit = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit?action=organisation.pack_changed",
      headers: { cookie: admin.cookie },
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.json().events[0].change).toEqual([
      "Policy pack: NHS trusts (shared baseline) → Essex Partnership University NHS Foundation Trust",
    ]);

    // The same pack again changes nothing and writes nothing.
    const again = await setPack(admin, "eput");
    expect(again.json().changed).toBe(false);
    expect(await packChanges()).toHaveLength(1);
  });

  it("refuses a pack the server does not have with 400 naming packId", async () => {
    for (const packId of ["myspace", "../../etc/passwd"]) {
      const r = await setPack(admin, packId);
      expect(r.statusCode, packId).toBe(400);
      expect(r.json().error.message).toMatch(/packId/);
    }
  });

  it("is for administrators only", async () => {
    for (const email of ["staff@fenmoor.example", "head-of-comms@fenmoor.example", "ig@fenmoor.example"]) {
      const who = await signInAs(t.app, email);
      const read = await t.app.inject({
        method: "GET",
        url: "/api/v1/organisation",
        headers: { cookie: who.cookie },
      });
      expect(read.statusCode, email).toBe(403);
      expect((await setPack(who, "thh")).statusCode, email).toBe(403);
    }
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/organisation" });
    expect(anonymous.statusCode).toBe(401);
  });
});
