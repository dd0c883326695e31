import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";

export type TestDatabaseKind = "pglite" | "postgres";

/**
 * Every database test runs on PGlite, and again on PostgreSQL when DATABASE_URL
 * is set (CI sets it). Use with `describe.each(TEST_DATABASES)`.
 */
export const TEST_DATABASES: readonly TestDatabaseKind[] = process.env.DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export interface TestDatabase extends Database {
  /** Drops what the test made (the PostgreSQL schema); closes the connection. */
  dispose(): Promise<void>;
}

/** A new, empty database: in-memory PGlite, or a fresh schema of its own on PostgreSQL. */
export async function openEmptyTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    return { ...database, dispose: () => database.close() };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = await openDatabase({ kind: "postgres", url, schema });
  return {
    ...database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/** A new database with every migration applied. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const database = await openEmptyTestDatabase(kind);
  await migrate(database);
  return database;
}
