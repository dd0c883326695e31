import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

/** Training records' SQL (docs/accounts.md, "Training"). Days come back as YYYY-MM-DD text. */

export interface CompletionRow {
  user_id: string;
  module_id: string;
  completed_on: string;
}

export async function completionsOf(
  db: Kysely<DB>,
  organisationId: string,
  userIds?: readonly string[],
): Promise<CompletionRow[]> {
  if (userIds?.length === 0) return [];
  let query = db
    .selectFrom("training_completions")
    .select(["user_id", "module_id", sql<string>`to_char(completed_on, 'YYYY-MM-DD')`.as("completed_on")])
    .where("organisation_id", "=", organisationId);
  if (userIds) query = query.where("user_id", "in", userIds as string[]);
  return query.orderBy("completed_on", "desc").execute();
}

/** Records completions; one already recorded (same person, module and day) is left alone. */
export async function insertCompletions(
  db: Kysely<DB>,
  rows: readonly {
    organisationId: string;
    userId: string;
    moduleId: string;
    completedOn: string;
    source: "recorded" | "imported";
    recordedBy: string | null;
    now: Date;
  }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto("training_completions")
    .values(
      rows.map((r) => ({
        organisation_id: r.organisationId,
        user_id: r.userId,
        module_id: r.moduleId,
        completed_on: r.completedOn,
        source: r.source,
        recorded_by: r.recordedBy,
        created_at: r.now,
      })),
    )
    .onConflict((oc) => oc.columns(["organisation_id", "user_id", "module_id", "completed_on"]).doNothing())
    .returning("id")
    .execute();
  return inserted.length;
}

/** Everyone active in the organisation, with their roles, for the training records page. */
export async function activePeople(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom("users as u")
    .select([
      "u.id",
      "u.display_name",
      "u.email",
      "u.job_title",
      sql<
        string[]
      >`coalesce((select array_agg(role order by role) from user_roles r where r.user_id = u.id), '{}')`.as(
        "roles",
      ),
    ])
    .where("u.organisation_id", "=", organisationId)
    .where("u.status", "=", "active")
    .orderBy("u.display_name")
    .execute();
}

/** Marks a reminder as sent; false when it had been sent already (so each expiry is told once). */
export async function claimReminder(
  db: Kysely<DB>,
  r: { organisationId: string; userId: string; moduleId: string; expiresOn: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .insertInto("training_reminders")
    .values({
      organisation_id: r.organisationId,
      user_id: r.userId,
      module_id: r.moduleId,
      expires_on: r.expiresOn,
      sent_at: r.now,
    })
    .onConflict((oc) => oc.columns(["organisation_id", "user_id", "module_id", "expires_on"]).doNothing())
    .returning("user_id")
    .execute();
  return rows.length > 0;
}
