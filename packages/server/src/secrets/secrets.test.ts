import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, TEST_SECRET_KEY, testConfig } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { createDeps } from "../create-deps.js";
import { migrate } from "../db/migrate.js";
import { seedDemo } from "../organisations/seed-demo.js";
import { SecretValue } from "./secret-value.js";

const TOKEN = "EAAGm0PX4ZCpsBA-page-access-token-of-the-trust";
const other = () => new SecretValue(randomBytes(32).toString("base64"));

describe.each(TEST_DATABASES)("platform secrets on %s", (kind) => {
  let database: TestDatabase;
  let organisationId: string;
  const address = () => ({ organisationId, account: "facebook:1234567890", name: "page_access_token" });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.db, await createTestDeps(database));
    organisationId = (await database.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow())
      .id;
  });
  afterAll(() => database.dispose());

  it("stores a value encrypted, reads it back, and never prints it", async () => {
    const deps = await createTestDeps(database);
    await deps.secrets.store(deps.db, address(), TOKEN);
    const row = await database.db.selectFrom("secrets").selectAll().executeTakeFirstOrThrow();
    const stored = Buffer.concat([
      Buffer.from(row.iv),
      Buffer.from(row.ciphertext),
      Buffer.from(row.auth_tag),
    ]);
    expect(stored.toString("latin1")).not.toContain("page-access-token");
    expect(row.key_id).toBe(deps.secrets.keyInfo?.id);
    const value = await deps.secrets.read(deps.db, address());
    expect(value?.reveal()).toBe(TOKEN);
    expect(String(value)).toBe("[secret]");
    expect(JSON.stringify({ value })).toBe('{"value":"[secret]"}');
    expect(inspect({ value })).not.toContain(TOKEN);
    expect(`${value}`).toBe("[secret]");
    expect(await deps.secrets.read(deps.db, { ...address(), name: "webhook_secret" })).toBeUndefined();
  });

  it("overwrites in place, and is removed on request", async () => {
    const deps = await createTestDeps(database);
    await deps.secrets.store(deps.db, address(), "first");
    await deps.secrets.store(deps.db, address(), "second");
    expect((await deps.secrets.read(deps.db, address()))?.reveal()).toBe("second");
    expect(await deps.secrets.remove(deps.db, address())).toBe(true);
    expect(await deps.secrets.read(deps.db, address())).toBeUndefined();
  });

  it("stores in the caller's transaction: a rollback stores nothing", async () => {
    const deps = await createTestDeps(database);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await deps.secrets.store(trx, address(), TOKEN);
        throw new Error("the connector could not be saved");
      }),
    ).rejects.toThrow("could not be saved");
    expect(await deps.secrets.read(deps.db, address())).toBeUndefined();
  });

  it("refuses a value moved to another account's row, and one altered in the database", async () => {
    const deps = await createTestDeps(database);
    await deps.secrets.store(deps.db, address(), TOKEN);
    await database.db
      .updateTable("secrets")
      .set({ account: "facebook:999" })
      .where("account", "=", "facebook:1234567890")
      .execute();
    await expect(deps.secrets.read(deps.db, { ...address(), account: "facebook:999" })).rejects.toThrow(
      /cannot be decrypted: it was altered/,
    );
    await database.db.deleteFrom("secrets").execute();
    await deps.secrets.store(deps.db, address(), TOKEN);
    await sql`update secrets set ciphertext = decode(md5(random()::text), 'hex')`.execute(database.db);
    await expect(deps.secrets.read(deps.db, address())).rejects.toThrow(/altered/);
    await database.db.deleteFrom("secrets").execute();
  });

  it("rotates keys: the old key still reads, the start re-encrypts under the new one, an unknown key stops the start", async () => {
    const oldKey = new SecretValue(TEST_SECRET_KEY);
    const newKey = other();
    const before = await createTestDeps(database, { config: testConfig({ secretKey: oldKey }) });
    await before.secrets.store(before.db, address(), TOKEN);
    const oldId = before.secrets.keyInfo?.id;

    const rotated = await createTestDeps(database, {
      config: testConfig({ secretKey: newKey, previousSecretKeys: [oldKey] }),
    });
    expect((await rotated.secrets.read(rotated.db, address()))?.reveal()).toBe(TOKEN);
    expect(await rotated.secrets.prepare(rotated.db)).toBe(1);
    const row = await database.db.selectFrom("secrets").select("key_id").executeTakeFirstOrThrow();
    expect(row.key_id).toBe(rotated.secrets.keyInfo?.id);
    expect(row.key_id).not.toBe(oldId);
    expect(await rotated.secrets.prepare(rotated.db), "nothing left to re-encrypt").toBe(0);

    const lost = await createTestDeps(database, { config: testConfig({ secretKey: other() }) });
    await expect(lost.secrets.prepare(lost.db)).rejects.toThrow(
      new RegExp(
        `stored secrets were encrypted with key\\(s\\) ${row.key_id}, which are neither PARAPET_SECRET_KEY`,
      ),
    );
    await database.db.deleteFrom("secrets").execute();
  });

  it("refuses bad names and sizes with a message", async () => {
    const deps = await createTestDeps(database);
    await expect(deps.secrets.store(deps.db, { ...address(), name: "Page Token" }, TOKEN)).rejects.toThrow(
      /lower-case letters/,
    );
    await expect(deps.secrets.store(deps.db, address(), "")).rejects.toThrow(/1 to 16384 characters/);
    await expect(deps.secrets.store(deps.db, address(), "x".repeat(16_385))).rejects.toThrow(/1 to 16384/);
  });
});

describe("the secret key", () => {
  it("is refused with a message when it is not 32 bytes of base64 or hex", async () => {
    const database = await openTestDatabase("pglite");
    try {
      await expect(
        createTestDeps(database, {
          config: testConfig({ secretKey: new SecretValue("correct horse battery") }),
        }),
      ).rejects.toThrow(/PARAPET_SECRET_KEY must be a 256-bit key: 32 random bytes in base64 or hex/);
    } finally {
      await database.dispose();
    }
  });

  it("is made in an embedded installation's data directory when none is set, readable by its owner only, and said so", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "parapet-secret-key-"));
    const said: string[] = [];
    const config = testConfig({ database: { kind: "pglite", dataDir }, secretKey: undefined });
    try {
      const deps = await createDeps(config, { logLevel: false, prepare: true, say: (l) => said.push(l) });
      await seedDemo(deps.db, deps);
      const { id: organisationId } = await deps.db
        .selectFrom("organisations")
        .select("id")
        .executeTakeFirstOrThrow();
      await deps.secrets.store(deps.db, { organisationId, account: "x:1", name: "token" }, TOKEN);
      await deps.close();
      expect(said.join("\n")).toMatch(/secret\.key\. That suits a demonstration only/);
      expect(statSync(join(dataDir, "secret.key")).mode & 0o777).toBe(0o600);

      // Next start: the same key, nothing said, the secret reads back.
      said.length = 0;
      const again = await createDeps(config, { logLevel: false, prepare: true, say: (l) => said.push(l) });
      expect(
        (await again.secrets.read(again.db, { organisationId, account: "x:1", name: "token" }))?.reveal(),
      ).toBe(TOKEN);
      expect(said.filter((line) => line.includes("secret"))).toEqual([]);
      await again.close();

      // PARAPET_SECRET_KEY set later: the made key still reads, and the start re-encrypts under the new one.
      const later = await createDeps(
        { ...config, secretKey: new SecretValue(TEST_SECRET_KEY) },
        { logLevel: false, prepare: true, say: (l) => said.push(l) },
      );
      expect(said.join("\n")).toContain("Re-encrypted 1 stored secret(s)");
      expect(
        (await later.secrets.read(later.db, { organisationId, account: "x:1", name: "token" }))?.reveal(),
      ).toBe(TOKEN);
      await later.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("secrets on PostgreSQL without PARAPET_SECRET_KEY", () => {
  it("cannot be stored, and a start with stored secrets stops with a clear error", async () => {
    const database = await openTestDatabase("postgres");
    try {
      await migrate(database);
      await seedDemo(database.db, await createTestDeps(database));
      const organisationId = (
        await database.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow()
      ).id;
      const keyless = await createTestDeps(database, { config: testConfig({ secretKey: undefined }) });
      await expect(
        keyless.secrets.store(keyless.db, { organisationId, account: "x:1", name: "token" }, TOKEN),
      ).rejects.toThrow("PARAPET_SECRET_KEY is not set on this server");
      expect(await keyless.secrets.prepare(keyless.db), "no connector yet: no error").toBe(0);

      const keyed = await createTestDeps(database);
      await keyed.secrets.store(keyed.db, { organisationId, account: "x:1", name: "token" }, TOKEN);
      await expect(keyless.secrets.prepare(keyless.db)).rejects.toThrow(
        "PARAPET_SECRET_KEY is not set, but 1 platform secret(s) are stored (a connector is configured): set it to the key they were stored with",
      );
    } finally {
      await database.dispose();
    }
  });
});
