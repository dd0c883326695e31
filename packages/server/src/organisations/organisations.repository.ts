import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

export async function findOrganisationBySlug(db: Kysely<DB>, slug: string) {
  return db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function insertOrganisation(
  db: Kysely<DB>,
  organisation: { slug: string; name: string; packId: string },
): Promise<string> {
  const { id } = await db
    .insertInto("organisations")
    .values({ slug: organisation.slug, name: organisation.name, pack_id: organisation.packId })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function findOrganisationById(db: Kysely<DB>, id: string) {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Locks the organisation's row for the transaction that changes it. */
export async function findOrganisationForUpdate(db: Kysely<DB>, id: string) {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function updateOrganisationPack(db: Kysely<DB>, id: string, packId: string): Promise<void> {
  await db.updateTable("organisations").set({ pack_id: packId }).where("id", "=", id).execute();
}

/** The packs organisations on this server use, each once. */
export async function packIdsInUse(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom("organisations").select("pack_id").distinct().execute();
  return rows.map((row) => row.pack_id);
}

/** The id of the policy pack the organisation uses. */
export async function organisationPack(db: Kysely<DB>, organisationId: string): Promise<string> {
  const row = await db
    .selectFrom("organisations")
    .select("pack_id")
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return row.pack_id;
}
