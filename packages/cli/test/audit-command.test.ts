import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, migrate, openDatabase } from "@parapet/server";
import { recordAudit } from "@parapet/server/audit/audit.service.js";
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

async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), "parapet-audit-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PARAPET_DATA_DIR: dir };
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
    env: { ...process.env, DATABASE_URL: scoped.toString() },
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
const actor = { kind: "system" as const, id: null, organisationId: null, roles: [] };

async function withDatabase(target: Target, work: (db: Database) => Promise<void>): Promise<void> {
  const database = await target.open();
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

function verify(env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [bin, "audit", "verify"], {
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

  it("exits 0 on an intact chain and 1 naming the first broken row after SQL tampering", async () => {
    target = kind === "pglite" ? await pgliteTarget() : await postgresTarget(process.env.DATABASE_URL ?? "");
    await withDatabase(target, async (database) => {
      await migrate(database);
      for (let i = 1; i <= 4; i += 1) {
        await database.db
          .transaction()
          .execute((trx) =>
            recordAudit(trx, { actor, action: "test.step", entity: { type: "t", id: `${i}` } }, clock),
          );
      }
    });
    const intact = verify(target.env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/intact: 4 rows/);

    await withDatabase(target, async (database) => {
      await database.db.transaction().execute(async (trx) => {
        await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
        await sql`update audit_events set entity_id = 'forged' where seq = 2`.execute(trx);
        await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
      });
    });
    const changed = verify(target.env);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/BROKEN at row 2/);

    await withDatabase(target, async (database) => {
      await database.db.transaction().execute(async (trx) => {
        await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
        await sql`update audit_events set entity_id = '2' where seq = 2`.execute(trx);
        await sql`delete from audit_events where seq = 3`.execute(trx);
        await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
      });
    });
    const removed = verify(target.env);
    expect(removed.code).toBe(1);
    expect(removed.stdout).toMatch(/BROKEN at row 4: row 3 is missing/);
  });
});
