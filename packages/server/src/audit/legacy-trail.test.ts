import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestClock } from "../../test/helpers/test-app.js";
import { testAuditTrail } from "../../test/helpers/test-audit.js";
import {
  openEmptyTestDatabase,
  TEST_DATABASES,
  type TestDatabase,
} from "../../test/helpers/test-database.js";
import { listMigrations, migrate } from "../db/migrate.js";
import { recordAudit } from "./audit.service.js";
import { canonicalJson, GENESIS_HASH, sha256Hex } from "./audit-chain.js";
import type { AuditTrail } from "./audit-trail.js";
import { sealLegacyTrail } from "./legacy-trail.js";
import { verifyAuditTrail } from "./verify-audit-chain.js";

const ORG = "44444444-4444-4444-8444-444444444444";

/**
 * An installation of the version before per-organisation chains: migrations 1 to 3,
 * rows chained as that version did (SHA-256 over prev_hash and the canonical JSON of
 * the row, milliseconds, one global seq) and its one-row head.
 */
async function oldInstallation(database: TestDatabase, rows: number): Promise<void> {
  await migrate(
    database,
    listMigrations().filter((m) => m.version <= 3),
  );
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= rows; seq += 1) {
    const row = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 10, 20, 9, 0, seq, 123)).toISOString(),
      organisationId: seq % 3 === 0 ? null : ORG,
      actorKind: "user",
      actorId: "55555555-5555-4555-8555-555555555555",
      actorRoles: "admin",
      action: "user.roles_changed",
      entityType: "user",
      entityId: `u${seq}`,
      summary: canonicalJson({ after: { roles: ["staff"] } }),
      requestId: `req-${seq}`,
    };
    const hash = sha256Hex(prev + canonicalJson(row));
    await sql`insert into audit_events (seq, occurred_at, organisation_id, actor_kind, actor_id, actor_roles, action, entity_type, entity_id, summary, request_id, prev_hash, hash)
      values (${seq}, ${row.occurredAt}, ${row.organisationId}, 'user', ${row.actorId}, 'admin', ${row.action}, 'user', ${row.entityId}, ${row.summary}, ${row.requestId}, ${prev}, ${hash})`.execute(
      database.db,
    );
    prev = hash;
  }
  await sql`update audit_chain_head set seq = ${rows}, hash = ${prev} where id = 1`.execute(database.db);
}

async function tamper(database: TestDatabase, statement: ReturnType<typeof sql>): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
  });
}

describe.each(TEST_DATABASES)("upgrading a trail from before per-organisation chains on %s", (kind) => {
  let database: TestDatabase;
  let trail: AuditTrail;
  const clock = new TestClock();
  beforeEach(async () => {
    database = await openEmptyTestDatabase(kind);
    trail = testAuditTrail();
  });
  afterEach(() => database.dispose());

  const deps = () => ({ db: database.db, clock, auditTrail: trail });

  it("keeps the old rows verifiable, seals them once in a keyed row, and sees changes made after", async () => {
    await oldInstallation(database, 7);
    await migrate(database);
    // Before the seal, the old chain verifies by its old rule.
    expect(await verifyAuditTrail(database.db, trail)).toMatchObject({ ok: true, rows: 7 });
    expect(await sealLegacyTrail(deps())).toEqual({ sealed: true, rows: 7, intact: true });
    expect(await sealLegacyTrail(deps())).toMatchObject({ sealed: false });
    const seal = await database.db
      .selectFrom("audit_events")
      .select(["chain", "chain_seq", "summary"])
      .where("action", "=", "audit.legacy_trail_sealed")
      .execute();
    expect(seal).toHaveLength(1);
    expect(seal[0]).toMatchObject({ chain: "installation", chain_seq: 1 });
    expect(JSON.parse(seal[0]?.summary ?? "{}").after).toMatchObject({ headSeq: 7, rows: 7, verified: true });
    // The seal was checkpointed at once, and new rows go to the organisation's own chain.
    expect(
      trail.checkpoints
        .read()
        .checkpoints.map((c) => c.chain)
        .sort(),
    ).toEqual(["installation", "legacy"]);
    await database.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        {
          actor: { kind: "system", id: null, organisationId: ORG, roles: [] },
          action: "after",
          entity: { type: "t", id: "1" },
        },
        deps(),
      ),
    );
    const after = await verifyAuditTrail(database.db, trail);
    expect(after.ok).toBe(true);
    expect(after.chains.map((c) => [c.chain, c.rows])).toEqual([
      [ORG, 1],
      ["installation", 1],
      ["legacy", 7],
    ]);
    // New rows take seq numbers after the old ones (and the seal, 8): pages still read in order.
    const newest = await database.db
      .selectFrom("audit_events")
      .select("seq")
      .where("chain", "=", ORG)
      .executeTakeFirst();
    expect(newest?.seq).toBe(9);

    await tamper(
      database,
      sql`update audit_events set entity_id = 'forged' where chain = 'legacy' and chain_seq = 4`,
    );
    const edited = await verifyAuditTrail(database.db, trail);
    expect(edited.chains.find((c) => c.chain === "legacy")?.problem).toMatchObject({ chainSeq: 4, seq: 4 });
  });

  it("sees a legacy row appended after the seal, and legacy rows cut from the end", async () => {
    await oldInstallation(database, 4);
    await migrate(database);
    await sealLegacyTrail(deps());
    const [last] = await database.db
      .selectFrom("audit_events")
      .select(["hash", "chain_seq"])
      .where("chain", "=", "legacy")
      .orderBy("chain_seq", "desc")
      .limit(1)
      .execute();
    // Forged by the old rule (no key was needed for it), head moved to match.
    const forged = {
      seq: 1000,
      occurredAt: "2026-11-21T09:00:00.000Z",
      organisationId: ORG,
      actorKind: "user",
      actorId: null,
      actorRoles: "",
      action: "user.roles_changed",
      entityType: "user",
      entityId: "x",
      summary: "{}",
      requestId: null,
    };
    const hash = sha256Hex((last?.hash ?? "") + canonicalJson(forged));
    await tamper(
      database,
      sql`insert into audit_events (seq, chain, chain_seq, occurred_at, organisation_id, actor_kind, actor_id, actor_roles, action, entity_type, entity_id, summary, request_id, prev_hash, hash)
        values (1000, 'legacy', 5, ${forged.occurredAt}, ${ORG}, 'user', null, '', ${forged.action}, 'user', 'x', '{}', null, ${last?.hash}, ${hash})`,
    );
    await sql`update audit_chain_heads set seq = 5, hash = ${hash} where chain = 'legacy'`.execute(
      database.db,
    );
    const appended = await verifyAuditTrail(database.db, trail);
    expect(appended.chains.find((c) => c.chain === "legacy")?.problem?.reason).toMatch(
      /ended at row 4 when it was sealed .* now ends at row 5/,
    );
    await tamper(database, sql`delete from audit_events where chain = 'legacy' and chain_seq >= 3`);
    await sql`update audit_chain_heads set seq = 2, hash = (select hash from audit_events where chain = 'legacy' and chain_seq = 2) where chain = 'legacy'`.execute(
      database.db,
    );
    const cut = await verifyAuditTrail(database.db, trail);
    expect(cut.chains.find((c) => c.chain === "legacy")?.problem).toMatchObject({
      missing: { from: 3, to: 4 },
    });
  });

  it("records honestly a legacy trail that was already broken when sealed", async () => {
    await oldInstallation(database, 5);
    await tamper(database, sql`update audit_events set action = 'forged' where seq = 2`);
    await migrate(database);
    expect(await sealLegacyTrail(deps())).toEqual({ sealed: true, rows: 1, intact: false });
    const seal = await database.db
      .selectFrom("audit_events")
      .select("summary")
      .where("action", "=", "audit.legacy_trail_sealed")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(seal.summary).after).toMatchObject({ verified: false, brokenAt: 2 });
    const report = await verifyAuditTrail(database.db, trail);
    expect(report.ok).toBe(false);
    expect(report.chains.find((c) => c.chain === "legacy")?.problem).toMatchObject({ chainSeq: 2 });
  });
});
