import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

/** An account's reviews in two parts (migration 0023, docs/accounts.md "Reviews"). */

/** The review under way (one part signed), if any; lock the account first. */
/** What an account's review page needs of the account itself. */
export async function accountForReview(db: Kysely<DB>, organisationId: string, accountId: string) {
  return db
    .selectFrom("registered_accounts")
    .select(["id", "status", "platform", "handle", "name", "last_review_on", "next_review_on"])
    .where("organisation_id", "=", organisationId)
    .where("id", "=", accountId)
    .executeTakeFirst();
}

export async function openReview(db: Kysely<DB>, accountId: string) {
  return db
    .selectFrom("account_reviews")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("completed_at", "is", null)
    .executeTakeFirst();
}

/** The account's reviews, newest first, with the names of who signed each part. */
export async function reviewsOf(db: Kysely<DB>, organisationId: string, accountId: string, limit: number) {
  return db
    .selectFrom("account_reviews as r")
    .leftJoin("users as o", "o.id", "r.owner_signed_by")
    .leftJoin("users as c", "c.id", "r.communications_signed_by")
    .select([
      "r.id",
      "r.state",
      "r.due_on",
      "r.owner_signed_by",
      "r.owner_signed_at",
      "r.owner_note",
      "o.display_name as owner_name",
      "r.communications_signed_by",
      "r.communications_signed_at",
      "r.communications_note",
      "c.display_name as communications_name",
      "r.opened_at",
      "r.completed_at",
    ])
    .where("r.organisation_id", "=", organisationId)
    .where("r.account_id", "=", accountId)
    .orderBy("r.opened_at", "desc")
    .limit(limit)
    .execute();
}

export type ReviewPartColumns = {
  part: "owner" | "communications";
  by: string;
  at: Date;
  note: string;
};

function partColumns(p: ReviewPartColumns) {
  return p.part === "owner"
    ? { owner_signed_by: p.by, owner_signed_at: p.at, owner_note: p.note }
    : { communications_signed_by: p.by, communications_signed_at: p.at, communications_note: p.note };
}

export async function insertReview(
  db: Kysely<DB>,
  r: ReviewPartColumns & {
    organisationId: string;
    accountId: string;
    dueOn: string | null;
    state: "owner_signed" | "communications_signed";
  },
): Promise<string> {
  const { id } = await db
    .insertInto("account_reviews")
    .values({
      organisation_id: r.organisationId,
      account_id: r.accountId,
      due_on: r.dueOn,
      state: r.state,
      opened_at: r.at,
      ...partColumns(r),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** The second part's signature: the review is complete. */
export async function completeReview(db: Kysely<DB>, id: string, p: ReviewPartColumns): Promise<void> {
  await db
    .updateTable("account_reviews")
    .set({ ...partColumns(p), state: "complete", completed_at: p.at })
    .where("id", "=", id)
    .execute();
}

/** The active admins of an account: those who may sign its owner's part. */
export async function activeAdminIds(db: Kysely<DB>, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("account_people as p")
    .innerJoin("users as u", "u.id", "p.user_id")
    .select("u.id")
    .where("p.account_id", "=", accountId)
    .where("p.role", "=", "admin")
    .where("u.status", "=", "active")
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Accounts (live or dormant) whose review is under way or due by `horizon`, where this person is
 * an active admin, or any such account for the communications team; with the open review's
 * signers and the account's active admins, for the workflow to judge.
 */
export async function reviewsToSign(
  db: Kysely<DB>,
  q: { organisationId: string; userId: string; communications: boolean; horizon: string },
) {
  let query = db
    .selectFrom("registered_accounts as a")
    .leftJoin("account_reviews as r", (j) =>
      j.onRef("r.account_id", "=", "a.id").on("r.completed_at", "is", null),
    )
    .select([
      "a.id",
      "a.name",
      "a.handle",
      "a.platform",
      "a.next_review_on",
      "r.state as review_state",
      "r.owner_signed_by",
      "r.communications_signed_by",
      sql<
        string[]
      >`coalesce((select array_agg(p.user_id) from account_people p join users u on u.id = p.user_id
        where p.account_id = a.id and p.role = 'admin' and u.status = 'active'), '{}')`.as("admin_ids"),
    ])
    .where("a.organisation_id", "=", q.organisationId)
    .where("a.status", "in", ["live", "dormant"])
    .where((eb) => eb.or([eb("r.id", "is not", null), eb("a.next_review_on", "<=", q.horizon)]));
  if (!q.communications)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("account_people as me")
          .select("me.user_id")
          .whereRef("me.account_id", "=", "a.id")
          .where("me.user_id", "=", q.userId)
          .where("me.role", "=", "admin"),
      ),
    );
  const rows = await query.orderBy("a.next_review_on").orderBy("a.handle").limit(500).execute();
  return rows.map((r) => ({
    ...r,
    review_state: r.review_state as "owner_signed" | "communications_signed" | "complete" | null,
  }));
}
