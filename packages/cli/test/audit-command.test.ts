import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, migrate, openDatabase } from "@parapet/server";
import { recordAudit } from "@parapet/server/audit/audit.service.js";
import { parseAuditKey } from "@parapet/server/audit/audit-key.js";
import { auditTrailWith } from "@parapet/server/audit/audit-trail.js";
import { sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "packages/cli/bin/parapet.js");

interface Target {
  env: NodeJS.ProcessEnv;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

const KEY = Buffer.alloc(32, 5).toString("base64");
const LONG = 300_000;

/** The CLI's key and checkpoint file, as a server's environment would give them. */
function auditEnv(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), "parapet-audit-checkpoints-"));
  return { PARAPET_AUDIT_KEY: KEY, PARAPET_AUDIT_CHECKPOINTS: join(dir, "checkpoints.jsonl") };
}

async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), "parapet-audit-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PARAPET_DATA_DIR: dir, ...auditEnv() };
  delete env.DATABASE_URL;
  return {
    env,
    open: () => openDatabase({ kind: "pglite", dataDir: dir }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A schema of its own on the CI PostgreSQL, named to the CLI through the URL's `options`. */
async function postgresTarget(url: string): Promise<Target> {
  const schema = `cli_audit_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  return {
    env: { ...process.env, DATABASE_URL: scoped.toString(), ...auditEnv() },
    open: () => openDatabase({ kind: "postgres", url, schema }),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

const clock = { now: () => new Date("2026-11-24T12:00:00Z") };
const trailOf = (env: NodeJS.ProcessEnv) =>
  auditTrailWith(parseAuditKey(KEY, "test key"), env.PARAPET_AUDIT_CHECKPOINTS ?? "");
const actor = { kind: "system" as const, id: null, organisationId: null, roles: [] };

async function withDatabase(target: Target, work: (db: Database) => Promise<void>): Promise<void> {
  const database = await target.open();
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

function verify(env: NodeJS.ProcessEnv, command = "verify") {
  const r = spawnSync(process.execPath, [bin, "audit", command], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const kinds = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

describe.each(kinds)("parapet audit verify on %s", (kind) => {
  let target: Target | undefined;
  afterEach(async () => {
    await target?.cleanup();
  });

  it(
    "exits 0 on an intact chain and 1 naming the first broken row after SQL tampering",
    async () => {
      target =
        kind === "pglite" ? await pgliteTarget() : await postgresTarget(process.env.DATABASE_URL ?? "");
      await withDatabase(target, async (database) => {
        await migrate(database);
        for (let i = 1; i <= 4; i += 1) {
          await database.db
            .transaction()
            .execute((trx) =>
              recordAudit(
                trx,
                { actor, action: "test.step", entity: { type: "t", id: `${i}` } },
                { clock, auditTrail: trailOf(target?.env ?? {}) },
              ),
            );
        }
      });
      const intact = verify(target.env);
      expect(intact.code, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/The installation \(rows of no organisation\): intact, 4 rows/);
      expect(intact.stdout).toMatch(/Audit trail intact: 4 rows in 1 chain/);
      const checkpoint = verify(target.env, "checkpoint");
      expect(checkpoint.code, checkpoint.stderr).toBe(0);
      expect(checkpoint.stderr).toMatch(/Wrote 1 checkpoint/);

      await withDatabase(target, async (database) => {
        await database.db.transaction().execute(async (trx) => {
          await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
          await sql`update audit_events set entity_id = 'forged' where chain_seq = 2`.execute(trx);
          await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
        });
      });
      const changed = verify(target.env);
      expect(changed.code).toBe(1);
      expect(changed.stdout).toMatch(/BROKEN at row 2 \(entry \d+\): its contents do not match its HMAC/);
      expect(changed.stdout).toMatch(/^Audit trail BROKEN/m);

      await withDatabase(target, async (database) => {
        await database.db.transaction().execute(async (trx) => {
          await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
          await sql`update audit_events set entity_id = '2' where chain_seq = 2`.execute(trx);
          await sql`delete from audit_events where chain_seq = 3`.execute(trx);
          await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
        });
      });
      const removed = verify(target.env);
      expect(removed.code).toBe(1);
      expect(removed.stdout).toMatch(/BROKEN rows 3 MISSING: rows 3 are missing \(the next row is 4\)/);

      // The end cut off and the head moved to match: the checkpoint written above still has row 4.
      await withDatabase(target, async (database) => {
        await database.db.transaction().execute(async (trx) => {
          await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
          await sql`delete from audit_events where chain_seq >= 2`.execute(trx);
          await sql`update audit_chain_heads set seq = 1, hash = (select hash from audit_events where chain_seq = 1)`.execute(
            trx,
          );
          await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
        });
      });
      const cut = verify(target.env);
      expect(cut.code).toBe(1);
      expect(cut.stdout).toMatch(
        /BROKEN rows 2 to 4 MISSING: rows 2 to 4 are missing: the checkpoint of .* recorded row 4/,
      );
    },
    LONG,
  ); // seven runs of the CLI, each opening the database: bounded work, slow on a loaded machine

  it("exits 2 with a one-line message when there is no key to verify with", async () => {
    target = kind === "pglite" ? await pgliteTarget() : await postgresTarget(process.env.DATABASE_URL ?? "");
    const env = { ...target.env };
    delete env.PARAPET_AUDIT_KEY;
    const r = verify(env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(
      kind === "pglite"
        ? /No audit key: PARAPET_AUDIT_KEY is not set/
        : /PARAPET_AUDIT_KEY must be set in production/,
    );
  });
});
