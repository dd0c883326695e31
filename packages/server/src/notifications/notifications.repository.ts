import { type Kysely, sql } from "kysely";
import { namedStatement } from "../db/named-statements.js";
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

/**
 * One notification per person; the same kind about the same item twice tells nobody twice.
 * Returns the rows made (none for a person already told).
 */
export async function insertNotifications(
  trx: Kysely<DB>,
  n: NewNotification,
): Promise<{ id: string; user_id: string }[]> {
  if (n.userIds.length === 0) return [];
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
    .returning(["id", "user_id"])
    .execute();
  return rows;
}

/**
 * insertNotifications for several items at once (a triage batch's alerts): one statement.
 * Returns the rows made, each with its item.
 */
export async function insertNotificationsMany(
  trx: Kysely<DB>,
  many: readonly NewNotification[],
): Promise<{ id: string; user_id: string; item_id: string | null; kind: string }[]> {
  const values = many.flatMap((n) =>
    n.userIds.map((userId) => ({
      organisation_id: n.organisationId,
      user_id: userId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      item_id: n.itemId,
      created_at: n.now,
    })),
  );
  if (values.length === 0) return [];
  // From unnest() of one array per column, in the order given: seven parameters whatever the
  // number of rows, and a fixed text prepared once per connection on pg (namedStatement).
  const col = <K extends keyof (typeof values)[number]>(key: K) => values.map((v) => v[key]);
  const result = await sql<{
    id: string;
    user_id: string;
    item_id: string | null;
    kind: string;
  }>`${namedStatement("insert_notifications")}
    insert into notifications (organisation_id, user_id, kind, title, body, item_id, created_at)
    select organisation_id, user_id, kind, title, body, item_id, created_at
    from unnest(${col("organisation_id")}::uuid[], ${col("user_id")}::uuid[], ${col("kind")}::text[],
      ${col("title")}::text[], ${col("body")}::text[], ${col("item_id")}::uuid[], ${col("created_at")}::timestamptz[])
      with ordinality as v (organisation_id, user_id, kind, title, body, item_id, created_at, place)
    order by place
    on conflict (user_id, kind, item_id) do nothing
    returning id, user_id, item_id, kind`.execute(trx);
  return result.rows;
}

/** What an alert e-mail needs, read when it is sent: the notification, its person, the message. */
export async function alertMailFacts(db: Kysely<DB>, notificationId: string) {
  const row = await db
    .selectFrom("notifications")
    .innerJoin("users", "users.id", "notifications.user_id")
    .innerJoin("organisations", "organisations.id", "notifications.organisation_id")
    .select([
      "notifications.title",
      "notifications.body",
      "notifications.item_id",
      "users.email",
      "users.status",
      "users.anonymised_at",
      "organisations.name as organisation_name",
    ])
    .where("notifications.id", "=", notificationId)
    .executeTakeFirst();
  if (!row) return undefined;
  const version = row.item_id
    ? await db
        .selectFrom("inbox_item_versions")
        .select("text")
        .where("item_id", "=", row.item_id)
        .where("event", "!=", "deleted")
        .orderBy("version", "desc")
        .limit(1)
        .executeTakeFirst()
    : undefined;
  return { ...row, message: version?.text ?? "" };
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
