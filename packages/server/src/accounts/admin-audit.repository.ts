import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

/** The annual admin-rights audit's SQL (RWT §9.2). */

export async function insertSignoff(
  db: Kysely<DB>,
  s: {
    organisationId: string;
    accountId: string;
    by: string;
    at: Date;
    admins: { name: string; email: string }[];
    note: string;
  },
) {
  return db
    .insertInto("admin_rights_signoffs")
    .values({
      organisation_id: s.organisationId,
      account_id: s.accountId,
      signed_off_by: s.by,
      signed_off_at: s.at,
      admins: JSON.stringify(s.admins),
      note: s.note,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** The latest sign-off of each account of the organisation, with the signer's name. */
export async function latestSignoffs(db: Kysely<DB>, organisationId: string) {
  const rows = await db
    .selectFrom("admin_rights_signoffs as s")
    .innerJoin("users as u", "u.id", "s.signed_off_by")
    .select(["s.account_id", "s.signed_off_at", "s.admins", "s.note", "u.display_name"])
    .where("s.organisation_id", "=", organisationId)
    .orderBy("s.signed_off_at", "desc")
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.account_id)) latest.set(r.account_id, r);
  return latest;
}
