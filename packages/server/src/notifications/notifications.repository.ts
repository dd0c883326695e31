import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

export interface NewNotification {
  organisationId: string;
  userIds: readonly string[];
  kind: string;
  title: string;
  body: string;
  itemId: string | null;
  now: Date;
}

/** One notification per person; the same kind about the same item twice tells nobody twice. */
export async function insertNotifications(trx: Kysely<DB>, n: NewNotification): Promise<number> {
  if (n.userIds.length === 0) return 0;
  const rows = await trx
    .insertInto("notifications")
    .values(
      n.userIds.map((userId) => ({
        organisation_id: n.organisationId,
        user_id: userId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        item_id: n.itemId,
        created_at: n.now,
      })),
    )
    .onConflict((oc) => oc.columns(["user_id", "kind", "item_id"]).doNothing())
    .returning("id")
    .execute();
  return rows.length;
}

export async function listNotifications(
  db: Kysely<DB>,
  options: { userId: string; unreadOnly: boolean; before?: { createdAt: Date; id: string }; limit: number },
) {
  let query = db
    .selectFrom("notifications")
    .select(["id", "kind", "title", "body", "item_id", "created_at", "read_at"])
    .where("user_id", "=", options.userId);
  if (options.unreadOnly) query = query.where("read_at", "is", null);
  if (options.before) {
    const b = options.before;
    query = query.where(sql<boolean>`(created_at, id) < (${b.createdAt}, ${b.id})`);
  }
  return query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit + 1)
    .execute();
}

export async function countUnread(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the person's own notifications read (all of them when `ids` is absent). */
export async function markRead(
  db: Kysely<DB>,
  options: { userId: string; ids?: readonly string[]; now: Date },
): Promise<number> {
  let query = db
    .updateTable("notifications")
    .set({ read_at: options.now })
    .where("user_id", "=", options.userId)
    .where("read_at", "is", null);
  if (options.ids) {
    if (options.ids.length === 0) return 0;
    query = query.where("id", "in", options.ids as string[]);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
