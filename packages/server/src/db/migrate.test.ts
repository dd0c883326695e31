import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import {
  openEmptyTestDatabase,
  TEST_DATABASES,
  type TestDatabase,
} from "../../test/helpers/test-database.js";
import { listMigrations, migrate } from "./migrate.js";

describe.each(TEST_DATABASES)("migrations on %s", (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.dispose();
    database = undefined;
  });

  it("apply every migration to an empty database, then nothing on a second run", async () => {
    database = await openEmptyTestDatabase(kind);
    const all = listMigrations();
    expect(all.length).toBeGreaterThan(0);
    const first = await migrate(database);
    expect(first.map((m) => m.version)).toEqual(all.map((m) => m.version));
    const second = await migrate(database);
    expect(second).toEqual([]);
    const recorded = await database.db
      .selectFrom("parapet_migrations")
      .select("version")
      .orderBy("version")
      .execute();
    expect(recorded.map((r) => r.version)).toEqual(all.map((m) => m.version));
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = current_schema()`.execute(
      database.db,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(["organisations", "users", "user_roles", "sessions"]),
    );
  });

  it("refuses a database migrated by a newer Parapet", async () => {
    database = await openEmptyTestDatabase(kind);
    await migrate(database);
    await database.db
      .insertInto("parapet_migrations")
      .values({ version: 9999, name: "from_the_future" })
      .execute();
    await expect(migrate(database)).rejects.toThrow(/9999_from_the_future/);
  });

  it("rolls back a migration that fails, leaving no trace of it", async () => {
    database = await openEmptyTestDatabase(kind);
    const broken = [
      { version: 1, name: "broken", sql: "create table half_done (id int); select no_such_function();" },
    ];
    await expect(migrate(database, broken)).rejects.toThrow();
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_name = 'half_done'`.execute(database.db);
    expect(tables.rows).toEqual([]);
  });
});
