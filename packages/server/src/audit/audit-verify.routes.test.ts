import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOtherOrganisation } from "../../test/helpers/people.js";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { writeAuditCheckpoints } from "./audit-checkpoint.schedule.js";

describe.each(TEST_DATABASES)("GET /api/v1/audit/verify on %s", (kind) => {
  let t: TestApp;
  let other: Awaited<ReturnType<typeof seedOtherOrganisation>>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    other = await seedOtherOrganisation(t.database.db);
  });
  afterAll(() => t.close());

  const rowsOf = async (organisationId: string) =>
    Number(
      (
        await t.database.db
          .selectFrom("audit_events")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("chain", "=", organisationId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const verifyAs = async (email: string) => {
    const me = await signInAs(t.app, email);
    const reply = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit/verify",
      headers: { cookie: me.cookie },
    });
    expect(reply.statusCode).toBe(200);
    return reply.json();
  };

  it("shows an organisation's administrator its own chain's count only, anchored by a checkpoint", async () => {
    for (let i = 0; i < 3; i += 1) await signInAs(t.app, "admin@otherton.example");
    await signInAs(t.app, "admin@fenmoor.example");
    await writeAuditCheckpoints({ db: t.database.db, clock: t.clock, auditTrail: t.auditTrail });
    const fenmoorId = (
      await t.database.db
        .selectFrom("organisations")
        .select("id")
        .where("slug", "=", "fenmoor")
        .executeTakeFirstOrThrow()
    ).id;
    const mine = await verifyAs("admin@fenmoor.example");
    // Its own rows, counted as of the request (its own sign-in just now included).
    expect(mine).toMatchObject({ ok: true, brokenAt: null, reason: null });
    expect(mine.rows).toBe(await rowsOf(fenmoorId));
    expect(mine.anchoredAt).toBe(t.clock.now().toISOString());
    const theirs = await verifyAs("admin@otherton.example");
    expect(theirs.rows).toBe(await rowsOf(other.organisationId));
    expect(theirs.rows).not.toBe(mine.rows);
  });

  it("names the altered entry to its own organisation, and leaves another's trail intact", async () => {
    const row = await t.database.db
      .selectFrom("audit_events")
      .select(["seq", "chain_seq"])
      .where("chain", "=", other.organisationId)
      .orderBy("chain_seq")
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.database.db.transaction().execute(async (trx) => {
      await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
      await sql`update audit_events set actor_roles = 'admin,hr' where seq = ${row.seq}`.execute(trx);
      await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
    });
    const theirs = await verifyAs("admin@otherton.example");
    expect(theirs).toMatchObject({ ok: false, brokenAt: row.seq });
    expect(theirs.reason).toMatch(/HMAC/);
    expect((await verifyAs("admin@fenmoor.example")).ok).toBe(true);
  });
});
