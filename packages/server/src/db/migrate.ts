import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { MIGRATIONS_DIR } from "../repo-paths.js";
import type { Database } from "./database.js";

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any constant will do: it keeps two servers starting together from migrating at once.
const MIGRATION_LOCK_KEY = 7_210_431;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`migration file ${file} must be named NNNN_snake_case_name.sql`);
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql: readFileSync(join(dir, file), "utf8"),
      };
    })
    .sort((a, b) => a.version - b.version);
}

/** Applies every migration not yet applied, each in its own transaction; returns those applied. */
export async function migrate(database: Database, migrations = listMigrations()): Promise<Migration[]> {
  const { db } = database;
  await sql`create table if not exists parapet_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);
  const applied: Migration[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
      const done = await trx
        .selectFrom("parapet_migrations")
        .select("version")
        .where("version", "=", migration.version)
        .executeTakeFirst();
      if (done) return false;
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto("parapet_migrations")
        .values({ version: migration.version, name: migration.name })
        .execute();
      return true;
    });
    if (ran) applied.push(migration);
  }
  await refuseUnknownVersions(database, migrations);
  return applied;
}

async function refuseUnknownVersions(database: Database, migrations: Migration[]): Promise<void> {
  const known = new Set(migrations.map((m) => m.version));
  const rows = await database.db.selectFrom("parapet_migrations").select(["version", "name"]).execute();
  const unknown = rows.filter((row) => !known.has(row.version));
  if (unknown.length > 0) {
    const names = unknown.map((row) => `${row.version}_${row.name}`).join(", ");
    throw new Error(
      `the database has migrations this version of Parapet does not know (${names}): upgrade Parapet`,
    );
  }
}

export interface MigrationStatus {
  applied: { version: number; name: string; appliedAt: Date }[];
  pending: Migration[];
}

/** Which migrations the database has, and which of this version's it lacks. */
export async function migrationStatus(
  database: Database,
  migrations = listMigrations(),
): Promise<MigrationStatus> {
  const rows = await database.db
    .selectFrom("parapet_migrations")
    .select(["version", "name", "applied_at"])
    .orderBy("version")
    .execute();
  const done = new Set(rows.map((row) => row.version));
  return {
    applied: rows.map((row) => ({ version: row.version, name: row.name, appliedAt: row.applied_at })),
    pending: migrations.filter((m) => !done.has(m.version)),
  };
}
