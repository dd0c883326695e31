import { COMMUNICATIONS_ROLES } from "@parapet/core";
import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

/** Active colleagues a request can name, with whether each is a line manager or in communications. */
export async function choosablePeople(db: Kysely<DB>, organisationId: string) {
  const rows = await db
    .selectFrom("users as u")
    .select([
      "u.id",
      "u.display_name",
      sql<string[]>`coalesce((select array_agg(r.role) from user_roles r where r.user_id = u.id), '{}')`.as(
        "roles",
      ),
    ])
    .where("u.organisation_id", "=", organisationId)
    .where("u.status", "=", "active")
    .where("u.anonymised_at", "is", null)
    .orderBy("u.display_name")
    .limit(5000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.display_name,
    lineManager: r.roles.includes("line_manager"),
    communicationsTeam: r.roles.some((x) => (COMMUNICATIONS_ROLES as readonly string[]).includes(x)),
  }));
}
