import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

/** Handover tasks' SQL (RWT §4.9.7; CORP-0068 §4.9): leavers.service.ts holds the rules. */

/** Who holds which role on which account that is not closed, for these people. */
export async function holdingsOf(db: Kysely<DB>, organisationId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("account_people as p")
    .innerJoin("registered_accounts as a", "a.id", "p.account_id")
    .select(["p.account_id", "p.user_id", "p.role", "a.handle"])
    .where("a.organisation_id", "=", organisationId)
    .where("a.status", "!=", "closed")
    .where("p.user_id", "in", userIds as string[])
    .execute();
}

/** A new handover task; null when the same leaver, account and role has one already. */
export async function insertHandover(
  db: Kysely<DB>,
  h: {
    organisationId: string;
    accountId: string;
    leaverId: string;
    role: "admin" | "approved_user";
    successorId: string | null;
    leavingOn: string;
    dueOn: string;
    now: Date;
  },
) {
  const row = await db
    .insertInto("account_handovers")
    .values({
      organisation_id: h.organisationId,
      account_id: h.accountId,
      leaver_id: h.leaverId,
      role: h.role,
      successor_id: h.successorId,
      leaving_on: h.leavingOn,
      due_on: h.dueOn,
      created_at: h.now,
    })
    .onConflict((oc) => oc.columns(["account_id", "leaver_id", "role"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function lockHandover(db: Kysely<DB>, organisationId: string, id: string) {
  return db
    .selectFrom("account_handovers")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markHandoverDone(
  db: Kysely<DB>,
  id: string,
  done: { by: string | null; successorId: string; now: Date },
) {
  await db
    .updateTable("account_handovers")
    .set({ status: "done", done_at: done.now, done_by: done.by, successor_id: done.successorId })
    .where("id", "=", id)
    .execute();
}

/** Open handovers of the organisation (or one account), soonest due first. */
export async function openHandoverRows(db: Kysely<DB>, organisationId: string, accountId?: string) {
  let query = db
    .selectFrom("account_handovers as h")
    .innerJoin("users as l", "l.id", "h.leaver_id")
    .leftJoin("users as s", "s.id", "h.successor_id")
    .select([
      "h.id",
      "h.account_id",
      "h.role",
      "h.leaving_on",
      "h.due_on",
      "l.display_name as leaver",
      "s.display_name as successor",
    ])
    .where("h.organisation_id", "=", organisationId)
    .where("h.status", "=", "open");
  if (accountId) query = query.where("h.account_id", "=", accountId);
  return query.orderBy("h.due_on").execute();
}
