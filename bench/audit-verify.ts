/**
 * `parapet audit verify` over a large trail. Builds one organisation's keyed chain of
 * N rows (each HMAC computed as recordAudit does, inserted in bulk), then times
 * verifyAuditTrail, and the append cost of recordAudit itself.
 *
 *   npx tsx bench/audit-verify.ts [rows] [pglite|postgres]
 *   (postgres uses $DATABASE_URL, in a schema of its own that it drops after)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { AuditEventRow } from "../packages/server/src/audit/audit.repository.js";
import { recordAudit, storedAuditRow } from "../packages/server/src/audit/audit.service.js";
import { GENESIS_HASH } from "../packages/server/src/audit/audit-chain.js";
import { parseAuditKey } from "../packages/server/src/audit/audit-key.js";
import { auditTrailWith } from "../packages/server/src/audit/audit-trail.js";
import { verifyAuditTrail } from "../packages/server/src/audit/verify-audit-chain.js";
import { openDatabase } from "../packages/server/src/db/database.js";
import { migrate } from "../packages/server/src/db/migrate.js";

const rows = Number(process.argv[2] ?? 1_000_000);
const kind = process.argv[3] ?? "pglite";
const url = process.env.DATABASE_URL ?? "";
const schema = `bench_audit_${Date.now()}`;
const dataDir = kind === "pglite" ? mkdtempSync(join(tmpdir(), "parapet-bench-audit-")) : "";
const checkpointDir = mkdtempSync(join(tmpdir(), "parapet-bench-audit-checkpoints-"));
const trail = auditTrailWith(
  parseAuditKey(Buffer.alloc(32, 3).toString("base64"), "the benchmark key"),
  join(checkpointDir, "audit-checkpoints.jsonl"),
);

if (kind === "postgres") {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
}
const database =
  kind === "postgres"
    ? await openDatabase({ kind: "postgres", url, schema })
    : await openDatabase({ kind: "pglite", dataDir });
try {
  await migrate(database);
  const org = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
  const actions = [
    "auth.signed_in",
    "user.roles_changed",
    "account.approved",
    "message.assigned",
    "incident.closed",
  ];
  let prev = GENESIS_HASH;
  const base = Date.parse("2026-01-01T00:00:00Z");
  let started = performance.now();
  const batchSize = 2000;
  for (let from = 1; from <= rows; from += batchSize) {
    const batch: AuditEventRow[] = [];
    for (let seq = from; seq < from + batchSize && seq <= rows; seq += 1) {
      const stored = storedAuditRow(trail.mac, prev, {
        chain: org,
        chainSeq: seq,
        occurredAt: new Date(base + seq * 1000),
        organisationId: org,
        actorKind: "user",
        actorId: `00000000-0000-4000-8000-${String(seq % 500).padStart(12, "0")}`,
        actorRoles: "communications_officer",
        action: actions[seq % actions.length] ?? "x",
        entityType: "message",
        entityId: `m-${seq}`,
        summary: `{"after":{"status":"assigned","n":${seq}},"before":{"status":"new"}}`,
        requestId: `req-${seq}`,
      });
      batch.push(stored);
      prev = stored.hash;
    }
    await database.db.insertInto("audit_events").values(batch).execute();
  }
  await database.db.insertInto("audit_chain_heads").values({ chain: org, seq: rows, hash: prev }).execute();
  console.log(
    `${database.description}: built ${rows} chained rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  const result = await verifyAuditTrail(database.db, trail);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `verify: ${JSON.stringify({ ok: result.ok, rows: result.rows })} in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s)`,
  );

  const appends = 2000;
  const deps = { clock: { now: () => new Date() }, auditTrail: trail };
  started = performance.now();
  for (let i = 0; i < appends; i += 1) {
    await database.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        {
          actor: {
            kind: "user",
            id: "00000000-0000-4000-8000-000000000001",
            organisationId: org,
            roles: ["admin"],
          },
          action: "bench.append",
          entity: { type: "thing", id: String(i) },
          after: { n: i },
        },
        deps,
      ),
    );
  }
  console.log(
    `recordAudit: ${(((performance.now() - started) / appends) * 1000).toFixed(0)} µs per append (own transaction, ${appends} appends)`,
  );
} finally {
  await database.close();
  if (kind === "postgres") {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  } else rmSync(dataDir, { recursive: true, force: true });
  rmSync(checkpointDir, { recursive: true, force: true });
}
