import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

/** Live presence rows of an item (not expired), oldest first, leaving out one person. */
export function livePresence(db: Kysely<DB>, itemId: string, exceptUserId: string, now: Date) {
  return db
    .selectFrom("inbox_presence")
    .innerJoin("users", "users.id", "inbox_presence.user_id")
    .select(["inbox_presence.user_id", "inbox_presence.drafting", "users.display_name"])
    .where("inbox_presence.item_id", "=", itemId)
    .where("inbox_presence.expires_at", ">", now)
    .where("inbox_presence.user_id", "<>", exceptUserId)
    .orderBy("inbox_presence.seen_at")
    .execute();
}

/** Deletes an item's lapsed presence rows. */
export async function deleteLapsedPresence(trx: Kysely<DB>, itemId: string, now: Date): Promise<void> {
  await trx
    .deleteFrom("inbox_presence")
    .where("item_id", "=", itemId)
    .where("expires_at", "<=", now)
    .execute();
}

/** Deletes one person's presence on an item (they left). */
export async function deletePresence(trx: Kysely<DB>, itemId: string, userId: string): Promise<void> {
  await trx
    .deleteFrom("inbox_presence")
    .where("item_id", "=", itemId)
    .where("user_id", "=", userId)
    .execute();
}

/** Records or renews one person's presence on an item. */
export async function upsertPresence(
  trx: Kysely<DB>,
  row: { itemId: string; userId: string; drafting: boolean; seenAt: Date; expiresAt: Date },
): Promise<void> {
  const { itemId, userId, drafting, seenAt, expiresAt } = row;
  await trx
    .insertInto("inbox_presence")
    .values({ item_id: itemId, user_id: userId, drafting, seen_at: seenAt, expires_at: expiresAt })
    .onConflict((oc) =>
      oc.columns(["item_id", "user_id"]).doUpdateSet({ drafting, seen_at: seenAt, expires_at: expiresAt }),
    )
    .execute();
}
