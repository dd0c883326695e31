import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { SealedSecret, SecretAddress } from "./secret-box.js";

export interface StoredSecret extends SecretAddress, SealedSecret {}

export async function upsertSecret(db: Kysely<DB>, secret: StoredSecret, now: Date): Promise<void> {
  const sealed = {
    key_id: secret.keyId,
    iv: secret.iv,
    ciphertext: secret.ciphertext,
    auth_tag: secret.authTag,
    updated_at: now,
  };
  await db
    .insertInto("secrets")
    .values({
      organisation_id: secret.organisationId,
      account: secret.account,
      name: secret.name,
      created_at: now,
      ...sealed,
    })
    .onConflict((oc) => oc.columns(["organisation_id", "account", "name"]).doUpdateSet(sealed))
    .execute();
}

export async function findSecret(db: Kysely<DB>, address: SecretAddress): Promise<StoredSecret | undefined> {
  const row = await db
    .selectFrom("secrets")
    .selectAll()
    .where("organisation_id", "=", address.organisationId)
    .where("account", "=", address.account)
    .where("name", "=", address.name)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

export async function deleteSecret(db: Kysely<DB>, address: SecretAddress): Promise<boolean> {
  const result = await db
    .deleteFrom("secrets")
    .where("organisation_id", "=", address.organisationId)
    .where("account", "=", address.account)
    .where("name", "=", address.name)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many secrets each key id sealed. */
export async function countSecretsByKey(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("secrets")
    .select((eb) => ["key_id", eb.fn.countAll<number>().as("count")])
    .groupBy("key_id")
    .execute();
  return new Map(rows.map((row) => [row.key_id, Number(row.count)]));
}

/** Secrets sealed with any key but `keyId`, locked for re-encryption. */
export async function lockSecretsNotUnder(db: Kysely<DB>, keyId: string): Promise<StoredSecret[]> {
  const rows = await db.selectFrom("secrets").selectAll().where("key_id", "<>", keyId).forUpdate().execute();
  return rows.map(toStored);
}

function toStored(row: {
  organisation_id: string;
  account: string;
  name: string;
  key_id: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  auth_tag: Uint8Array;
}): StoredSecret {
  return {
    organisationId: row.organisation_id,
    account: row.account,
    name: row.name,
    keyId: row.key_id,
    // pg gives a Buffer, PGlite a Uint8Array.
    iv: Buffer.from(row.iv),
    ciphertext: Buffer.from(row.ciphertext),
    authTag: Buffer.from(row.auth_tag),
  };
}
