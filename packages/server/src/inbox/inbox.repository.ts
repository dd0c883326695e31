import {
  type AliasedSelectQueryBuilder,
  type Expression,
  expressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
  sql,
  type Updateable,
} from "kysely";
import type { Actor } from "../audit/actor.js";
import { namedStatement } from "../db/named-statements.js";
import type { DB, InboxItemsTable, InboxStatus } from "../db/schema.js";
import type { InboundItem } from "./connectors/connector.js";

export type ItemRow = Selectable<InboxItemsTable>;

export interface StoredVersion {
  itemId: string;
  /** The item is new (its first version arrived now). */
  createdItem: boolean;
  /** This version was not stored before (false: the same delivery again). */
  newVersion: boolean;
  version: number;
}

/**
 * Stores one version of an inbound item, idempotently: the item on (organisation, platform,
 * external id), the version on (item, version key). A later version never overwrites an earlier
 * one; the item row only learns how many versions it has and whether the platform deleted it.
 * The item row is locked while its version number is chosen, so concurrent deliveries of two
 * versions get two numbers.
 */
export async function storeInboundVersion(
  trx: Kysely<DB>,
  input: { organisationId: string; accountId: string | null; item: InboundItem; now: Date },
): Promise<StoredVersion> {
  const { item, now } = input;
  const inserted = await trx
    .insertInto("inbox_items")
    .values(itemValues(input.organisationId, input.accountId, item, now))
    .onConflict((oc) => oc.columns(["organisation_id", "platform", "external_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) {
    await insertVersion(trx, inserted.id, 1, item, now);
    return { itemId: inserted.id, createdItem: true, newVersion: true, version: 1 };
  }
  return storeVersionOfKnownItem(trx, input);
}

function itemValues(organisationId: string, accountId: string | null, item: InboundItem, now: Date) {
  return {
    organisation_id: organisationId,
    account_id: accountId,
    platform: item.platform,
    account: item.account,
    external_id: item.externalId,
    channel: item.channel,
    author_platform_id: item.author.platformId ?? null,
    author_handle: item.author.handle ?? null,
    author_name: item.author.name ?? null,
    reply_to_external_id: item.replyToId ?? null,
    thread_external_id: item.threadId ?? null,
    permalink: item.permalink ?? null,
    ref: JSON.stringify(item.ref ?? {}),
    created_on_platform_at: new Date(item.createdAt),
    received_at: now,
    deleted_on_platform: item.event === "deleted",
    updated_at: now,
  };
}

/** A version of an item already stored: the next number, or nothing when this version is known. */
async function storeVersionOfKnownItem(
  trx: Kysely<DB>,
  input: { organisationId: string; item: InboundItem; now: Date },
): Promise<StoredVersion> {
  const { item, now } = input;
  const existing = await trx
    .selectFrom("inbox_items")
    .select(["id", "version_count"])
    .where("organisation_id", "=", input.organisationId)
    .where("platform", "=", item.platform)
    .where("external_id", "=", item.externalId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const known = await trx
    .selectFrom("inbox_item_versions")
    .select("version")
    .where("item_id", "=", existing.id)
    .where("version_key", "=", item.versionKey)
    .executeTakeFirst();
  if (known) return { itemId: existing.id, createdItem: false, newVersion: false, version: known.version };
  const version = existing.version_count + 1;
  await insertVersion(trx, existing.id, version, item, now);
  await trx
    .updateTable("inbox_items")
    .set({
      version_count: version,
      updated_at: now,
      ...(item.event === "deleted" ? { deleted_on_platform: true } : {}),
    })
    .where("id", "=", existing.id)
    .execute();
  return { itemId: existing.id, createdItem: false, newVersion: true, version };
}

/** Rows per multi-row statement: well under the protocol's 65,535 parameters. */
const ROWS_PER_STATEMENT = 500;

/**
 * storeInboundVersion for a whole delivery, with one multi-row insert for the new items and one
 * for their first versions: a delivery of fifty new messages pays two statements, not a hundred.
 * Items already stored (a later version, or the same delivery again) go through
 * storeInboundVersion's own path, one by one. The delivery must not name the same (platform,
 * external id) twice (the caller checks). Rows are inserted in key order, so that two
 * deliveries that overlap lock their rows in the same order and never deadlock.
 * Returns one StoredVersion per item, in the items' order.
 */
export async function storeInboundVersions(
  trx: Kysely<DB>,
  input: {
    organisationId: string;
    accountOf: (item: InboundItem) => string | null;
    items: readonly InboundItem[];
    now: Date;
  },
): Promise<StoredVersion[]> {
  const { items, now } = input;
  const keyOf = (platform: string, externalId: string) => `${platform}\u0000${externalId}`;
  const sorted = [...items].sort((a, b) => {
    const ka = keyOf(a.platform, a.externalId);
    const kb = keyOf(b.platform, b.externalId);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const created = new Map<string, string>();
  for (let i = 0; i < sorted.length; i += ROWS_PER_STATEMENT) {
    const rows = await insertNewItems(
      trx,
      sorted
        .slice(i, i + ROWS_PER_STATEMENT)
        .map((item) => itemValues(input.organisationId, input.accountOf(item), item, now)),
    );
    for (const row of rows) created.set(keyOf(row.platform, row.external_id), row.id);
  }
  const firstVersions: { itemId: string; item: InboundItem }[] = [];
  const results: StoredVersion[] = [];
  for (const item of items) {
    const itemId = created.get(keyOf(item.platform, item.externalId));
    if (itemId) {
      firstVersions.push({ itemId, item });
      results.push({ itemId, createdItem: true, newVersion: true, version: 1 });
    } else {
      results.push(await storeVersionOfKnownItem(trx, { organisationId: input.organisationId, item, now }));
    }
  }
  for (let i = 0; i < firstVersions.length; i += ROWS_PER_STATEMENT)
    await insertVersions(
      trx,
      firstVersions
        .slice(i, i + ROWS_PER_STATEMENT)
        .map(({ itemId, item }) => versionValues(itemId, 1, item, now)),
    );
  return results;
}

function versionValues(itemId: string, version: number, item: InboundItem, now: Date) {
  return {
    item_id: itemId,
    version,
    version_key: item.versionKey,
    event: item.event,
    text: item.text,
    subject: item.subject ?? null,
    html: item.html ?? null,
    attachments: JSON.stringify(item.attachments ?? []),
    occurred_at: new Date(item.occurredAt),
    received_at: now,
  };
}

async function insertVersion(
  trx: Kysely<DB>,
  itemId: string,
  version: number,
  item: InboundItem,
  now: Date,
): Promise<void> {
  await trx
    .insertInto("inbox_item_versions")
    .values(versionValues(itemId, version, item, now))
    .execute();
}

export async function insertHistory(
  trx: Kysely<DB>,
  entry: { itemId: string; at: Date; actor: Actor; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await trx
    .insertInto("inbox_history")
    .values({
      item_id: entry.itemId,
      at: entry.at,
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.kind === "user" || entry.actor.kind === "api_token" ? entry.actor.id : null,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export interface HistoryEntry {
  itemId: string;
  at: Date;
  actor: Actor;
  action: string;
  detail?: Record<string, unknown>;
}

function historyValues(entry: HistoryEntry) {
  return {
    item_id: entry.itemId,
    at: entry.at,
    actor_kind: entry.actor.kind,
    actor_id: entry.actor.kind === "user" || entry.actor.kind === "api_token" ? entry.actor.id : null,
    action: entry.action,
    detail: JSON.stringify(entry.detail ?? {}),
  };
}

/** Sets some of an item's columns (the caller holds its lock and writes its history). */
export async function updateItem(
  trx: Kysely<DB>,
  itemId: string,
  fields: Updateable<InboxItemsTable> & { updated_at: Date },
): Promise<void> {
  await trx.updateTable("inbox_items").set(fields).where("id", "=", itemId).execute();
}

/** Adds a tag to an item; false when the item already had it. */
export async function addItemTag(trx: Kysely<DB>, itemId: string, tag: string): Promise<boolean> {
  const added = await trx
    .insertInto("inbox_item_tags")
    .values({ item_id: itemId, tag })
    .onConflict((oc) => oc.columns(["item_id", "tag"]).doNothing())
    .returning("tag")
    .executeTakeFirst();
  return added !== undefined;
}

/** Takes a tag off an item; false when the item did not have it. */
export async function removeItemTag(trx: Kysely<DB>, itemId: string, tag: string): Promise<boolean> {
  const removed = await trx
    .deleteFrom("inbox_item_tags")
    .where("item_id", "=", itemId)
    .where("tag", "=", tag)
    .executeTakeFirst();
  return Number(removed.numDeletedRows) > 0;
}

export async function insertNote(
  trx: Kysely<DB>,
  note: { itemId: string; authorId: string | null; text: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto("inbox_notes")
    .values({ item_id: note.itemId, author_id: note.authorId, text: note.text, created_at: note.at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Items still ours to answer (new or assigned) whose due time has passed, below the top level. */
export async function overdueItems(db: Kysely<DB>, now: Date, maxLevel: number, limit: number) {
  return db
    .selectFrom("inbox_items")
    .select(["id", "organisation_id"])
    .where("status", "in", ["new", "assigned"])
    .where("escalation_level", "<", maxLevel)
    .where("sort_due", "<=", now)
    .orderBy("sort_due")
    .limit(limit)
    .execute();
}

/** An item of the organisation, locked for the caller's transaction. */
export async function lockItem(trx: Kysely<DB>, organisationId: string, itemId: string) {
  return trx
    .selectFrom("inbox_items")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", itemId)
    .forUpdate()
    .executeTakeFirst();
}

export async function findItem(db: Kysely<DB>, organisationId: string, itemId: string) {
  return db
    .selectFrom("inbox_items")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", itemId)
    .executeTakeFirst();
}

/** The text of the latest version that has one to read (a deletion carries none). */
export async function latestReadableVersion(db: Kysely<DB>, itemId: string) {
  return db
    .selectFrom("inbox_item_versions")
    .selectAll()
    .where("item_id", "=", itemId)
    .where("event", "!=", "deleted")
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function itemVersions(db: Kysely<DB>, itemId: string) {
  return db
    .selectFrom("inbox_item_versions")
    .selectAll()
    .where("item_id", "=", itemId)
    .orderBy("version", "asc")
    .execute();
}

export async function itemHistory(db: Kysely<DB>, itemId: string) {
  return db
    .selectFrom("inbox_history")
    .leftJoin("users", "users.id", "inbox_history.actor_id")
    .select([
      "inbox_history.at",
      "inbox_history.actor_kind",
      "inbox_history.action",
      "inbox_history.detail",
      "users.display_name as actor_name",
    ])
    .where("inbox_history.item_id", "=", itemId)
    .orderBy("inbox_history.id", "asc")
    .execute();
}

export async function itemTags(db: Kysely<DB>, itemIds: readonly string[]) {
  if (itemIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .selectFrom("inbox_item_tags")
    .select(["item_id", "tag"])
    .where("item_id", "in", itemIds)
    .orderBy("tag")
    .execute();
  const tags = new Map<string, string[]>();
  for (const row of rows) tags.set(row.item_id, [...(tags.get(row.item_id) ?? []), row.tag]);
  return tags;
}

export async function itemNotes(db: Kysely<DB>, itemId: string) {
  return db
    .selectFrom("inbox_notes")
    .leftJoin("users", "users.id", "inbox_notes.author_id")
    .select([
      "inbox_notes.id",
      "inbox_notes.text",
      "inbox_notes.created_at",
      "users.display_name as author_name",
    ])
    .where("inbox_notes.item_id", "=", itemId)
    .orderBy("inbox_notes.created_at", "asc")
    .execute();
}

export interface QueueFilters {
  organisationId: string;
  urgency?: readonly string[] | undefined;
  category?: readonly string[] | undefined;
  status?: readonly InboxStatus[] | undefined;
  /** A person's id, or null for items nobody has. */
  assigneeId?: string | null | undefined;
  accountId?: string | undefined;
  tag?: string | undefined;
  dueBefore?: Date | undefined;
  /** The position after which to continue (keyset pagination). */
  after?: QueueKey | undefined;
  limit: number;
}

/** Where an item sits in the queue: unacknowledged crisis and threat first, then by due time. */
export interface QueueKey {
  priority: number;
  sortDue: Date;
  receivedAt: Date;
  id: string;
}

/** One page of the queue, in queue order; one row more than `limit` says there is a next page. */
export async function listQueue(db: Kysely<DB>, filters: QueueFilters) {
  return queueSelect(db, filters).execute();
}

/**
 * The queue page's statement, unexecuted (the bench prints its plans with EXPLAIN). The page's
 * keys are found first, from inbox_items alone with the filters and the queue order (migration
 * 0020 gives each equality filter an index in that order, so a view reads its page and stops);
 * the names, the account and the preview are then joined to those rows only, never to the rows
 * a filter passes over.
 */
export function queueSelect(db: Kysely<DB>, filters: QueueFilters) {
  return filters.tag ? tagQueueSelect(db, filters, filters.tag) : itemQueueSelect(db, filters);
}

function itemQueueSelect(db: Kysely<DB>, filters: QueueFilters) {
  let keys = db
    .selectFrom("inbox_items as k")
    .select(["k.id", "k.priority", "k.sort_due", "k.received_at"])
    .where(itemFilters(filters));
  if (filters.dueBefore) {
    // sort_due is due_by where there is one: the same rows, on a column of the queue's indexes.
    keys = keys.where("k.sort_due", "<", filters.dueBefore);
  }
  if (filters.after) {
    const a = filters.after;
    keys = keys.where(
      sql<boolean>`(k.priority, k.sort_due, k.received_at, k.id) > (${a.priority}, ${a.sortDue}, ${a.receivedAt}, ${a.id})`,
    );
  }
  const page = keys
    .orderBy("k.priority")
    .orderBy("k.sort_due")
    .orderBy("k.received_at")
    .orderBy("k.id")
    .limit(filters.limit + 1);
  return pageRows(db, page.as("p"));
}

/**
 * A tag's view: the page's keys from the tag's rows, which carry their item's queue position
 * (migration 0022), read in queue order from inbox_item_tags_queue_idx; the item's other filters
 * checked on the item of each. The same rows, in the same order, as filtering the items.
 */
function tagQueueSelect(db: Kysely<DB>, filters: QueueFilters, tag: string) {
  let keys = db
    .selectFrom("inbox_item_tags as t")
    .innerJoin("inbox_items as k", "k.id", "t.item_id")
    .select(["t.item_id as id", "t.priority", "t.sort_due", "t.received_at"])
    .where("t.organisation_id", "=", filters.organisationId)
    .where("t.tag", "=", tag)
    .where(itemFilters(filters));
  if (filters.dueBefore) keys = keys.where("t.sort_due", "<", filters.dueBefore);
  if (filters.after) {
    const a = filters.after;
    keys = keys.where(
      sql<boolean>`(t.priority, t.sort_due, t.received_at, t.item_id) > (${a.priority}, ${a.sortDue}, ${a.receivedAt}, ${a.id})`,
    );
  }
  const page = keys
    .orderBy("t.priority")
    .orderBy("t.sort_due")
    .orderBy("t.received_at")
    .orderBy("t.item_id")
    .limit(filters.limit + 1);
  return pageRows(db, page.as("p"));
}

/**
 * The filters both views check on the item itself (alias `k`): one expression, so the item view
 * and a tag's view can never disagree on which items a filter keeps.
 */
function itemFilters(filters: QueueFilters) {
  const eb = expressionBuilder<DB & { k: InboxItemsTable }, "k">();
  const conditions: Expression<SqlBool>[] = [eb("k.organisation_id", "=", filters.organisationId)];
  if (filters.urgency?.length) conditions.push(eb("k.urgency", "in", filters.urgency as never[]));
  if (filters.category?.length) conditions.push(eb("k.category", "in", filters.category as string[]));
  if (filters.status?.length) conditions.push(eb("k.status", "in", filters.status as InboxStatus[]));
  if (filters.assigneeId === null) conditions.push(eb("k.assignee_id", "is", null));
  else if (filters.assigneeId) conditions.push(eb("k.assignee_id", "=", filters.assigneeId));
  if (filters.accountId) conditions.push(eb("k.account_id", "=", filters.accountId));
  if (filters.dueBefore) conditions.push(eb("k.due_by", "<", filters.dueBefore));
  return eb.and(conditions);
}

/** The page's rows, names, account and preview, joined to the page's keys only. */
function pageRows(
  db: Kysely<DB>,
  page: AliasedSelectQueryBuilder<{ id: string; priority: number; sort_due: Date; received_at: Date }, "p">,
) {
  return db
    .selectFrom(page)
    .innerJoin("inbox_items as i", "i.id", "p.id")
    .leftJoin("users as u", "u.id", "i.assignee_id")
    .leftJoin("inbox_accounts as a", "a.id", "i.account_id")
    .selectAll("i")
    .select(["u.display_name as assignee_name", "a.name as account_name"])
    .select((eb) =>
      eb
        .selectFrom("inbox_item_versions as v")
        .select(sql<string>`left(v.text, 280)`.as("t"))
        .whereRef("v.item_id", "=", "i.id")
        .where("v.event", "!=", "deleted")
        .orderBy("v.version", "desc")
        .limit(1)
        .as("preview"),
    )
    .orderBy("p.priority")
    .orderBy("p.sort_due")
    .orderBy("p.received_at")
    .orderBy("p.id");
}

/** Active people of the organisation with any of these e-mail addresses. */
export async function activePeopleByEmail(db: Kysely<DB>, organisationId: string, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .where("email", "in", [...emails])
    .execute();
}

/** Active people of the organisation who hold any of these roles. */
export async function peopleWithRoles(db: Kysely<DB>, organisationId: string, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectFrom("users")
    .select(["users.id", "users.display_name"])
    .where("users.organisation_id", "=", organisationId)
    .where("users.status", "=", "active")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("user_roles")
          .select("user_roles.user_id")
          .whereRef("user_roles.user_id", "=", "users.id")
          .where("user_roles.role", "in", roles as string[]),
      ),
    )
    .orderBy("users.id")
    .execute();
}

export async function findPerson(db: Kysely<DB>, organisationId: string, userId: string) {
  return db
    .selectFrom("users")
    .select(["id", "display_name", "status"])
    .where("organisation_id", "=", organisationId)
    .where("id", "=", userId)
    .executeTakeFirst();
}

/**
 * Several history rows with one statement whatever their number, in the order given: an insert
 * from unnest() of one array per column (six parameters, not six a row: the cheaper statement to
 * build, send and plan for the pipeline's batches; docs/benchmarks.md, 4 December, branch p2).
 */
export async function insertHistoryRows(trx: Kysely<DB>, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(historyValues);
  await sql`${namedStatement("insert_history_rows")}
    insert into inbox_history (item_id, at, actor_kind, actor_id, action, detail)
    select item_id, at, actor_kind, actor_id, action, detail
    from unnest(${rows.map((r) => r.item_id)}::uuid[], ${rows.map((r) => r.at)}::timestamptz[],
      ${rows.map((r) => r.actor_kind)}::text[], ${rows.map((r) => r.actor_id)}::uuid[],
      ${rows.map((r) => r.action)}::text[], ${rows.map((r) => r.detail)}::jsonb[])
      with ordinality as v (item_id, at, actor_kind, actor_id, action, detail, place)
    order by place`.execute(trx);
}

/**
 * New items with one statement, in the order given (storeInboundVersions sorts them, so that two
 * deliveries lock in the same order): an insert from unnest() of one array per column. Returns
 * those stored now; one already stored (the same platform and external id) is left as it is.
 */
async function insertNewItems(trx: Kysely<DB>, rows: readonly ReturnType<typeof itemValues>[]) {
  if (rows.length === 0) return [];
  const col = <K extends keyof ReturnType<typeof itemValues>>(key: K) => rows.map((r) => r[key]);
  const inserted = await sql<{
    id: string;
    platform: string;
    external_id: string;
  }>`${namedStatement("insert_new_items")}
    insert into inbox_items (organisation_id, account_id, platform, account, external_id, channel,
      author_platform_id, author_handle, author_name, reply_to_external_id, thread_external_id, permalink,
      ref, created_on_platform_at, received_at, deleted_on_platform, updated_at)
    select organisation_id, account_id, platform, account, external_id, channel, author_platform_id,
      author_handle, author_name, reply_to_external_id, thread_external_id, permalink, ref,
      created_on_platform_at, received_at, deleted_on_platform, updated_at
    from unnest(${col("organisation_id")}::uuid[], ${col("account_id")}::uuid[], ${col("platform")}::text[],
      ${col("account")}::text[], ${col("external_id")}::text[], ${col("channel")}::text[],
      ${col("author_platform_id")}::text[], ${col("author_handle")}::text[], ${col("author_name")}::text[],
      ${col("reply_to_external_id")}::text[], ${col("thread_external_id")}::text[], ${col("permalink")}::text[],
      ${col("ref")}::jsonb[], ${col("created_on_platform_at")}::timestamptz[], ${col("received_at")}::timestamptz[],
      ${col("deleted_on_platform")}::boolean[], ${col("updated_at")}::timestamptz[])
      with ordinality as v (organisation_id, account_id, platform, account, external_id, channel,
        author_platform_id, author_handle, author_name, reply_to_external_id, thread_external_id, permalink,
        ref, created_on_platform_at, received_at, deleted_on_platform, updated_at, place)
    order by place
    on conflict (organisation_id, platform, external_id) do nothing
    returning id, platform, external_id`.execute(trx);
  return inserted.rows;
}

/** First versions with one statement (unnest, as insertNewItems). */
async function insertVersions(trx: Kysely<DB>, rows: readonly ReturnType<typeof versionValues>[]) {
  if (rows.length === 0) return;
  const col = <K extends keyof ReturnType<typeof versionValues>>(key: K) => rows.map((r) => r[key]);
  await sql`${namedStatement("insert_versions")}
    insert into inbox_item_versions (item_id, version, version_key, event, text, subject, html, attachments,
      occurred_at, received_at)
    select item_id, version, version_key, event, text, subject, html, attachments, occurred_at, received_at
    from unnest(${col("item_id")}::uuid[], ${col("version")}::integer[], ${col("version_key")}::text[],
      ${col("event")}::text[], ${col("text")}::text[], ${col("subject")}::text[], ${col("html")}::text[],
      ${col("attachments")}::jsonb[], ${col("occurred_at")}::timestamptz[], ${col("received_at")}::timestamptz[])
      with ordinality as v (item_id, version, version_key, event, text, subject, html, attachments,
        occurred_at, received_at, place)
    order by place`.execute(trx);
}

/** An item's latest readable version, as triage reads it. */
export interface ReadVersion {
  version: number;
  text: string;
  /** How many attachments it has. */
  attachments: number;
  received_at: Date;
}

/** What triage reads of an item before it triages it (readForTriage). */
export interface ToTriage {
  id: string;
  organisation_id: string;
  platform: string;
  channel: ItemRow["channel"];
  account: string;
  author_handle: string | null;
  author_name: string | null;
  received_at: Date;
  /** The organisation's pack (null: the organisation is gone). */
  pack_id: string | null;
  /** The latest version that is not a deletion; null when there is none. */
  version: ReadVersion | null;
}

/**
 * What triage needs of each item, its latest readable version and its organisation's pack, in one
 * statement (three reads before: the items, their versions, their packs; docs/benchmarks.md,
 * 6 December), with only the columns triage reads.
 */
export async function readForTriage(db: Kysely<DB>, ids: readonly string[]): Promise<ToTriage[]> {
  const result = await sql<
    Omit<ToTriage, "version"> & {
      version: number | null;
      text: string | null;
      attachments: number | null;
      version_received_at: Date | null;
    }
  >`${namedStatement("read_for_triage")}
    select i.id, i.organisation_id, i.platform, i.channel, i.account, i.author_handle, i.author_name,
      i.received_at, o.pack_id, v.version, v.text, v.version_received_at,
      case when jsonb_typeof(v.attachments) = 'array' then jsonb_array_length(v.attachments) else 0 end
        as attachments
    from inbox_items i
    left join organisations o on o.id = i.organisation_id
    left join lateral (
      select version, text, attachments, received_at as version_received_at from inbox_item_versions
      where item_id = i.id and event <> 'deleted' order by version desc limit 1
    ) v on true
    where i.id = any(${ids}::uuid[])`.execute(db);
  return result.rows.map(({ version, text, attachments, version_received_at, ...item }) => ({
    ...item,
    version:
      version === null || text === null || version_received_at === null
        ? null
        : { version, text, attachments: attachments ?? 0, received_at: version_received_at },
  }));
}

/**
 * Items locked for the caller's transaction, in id order (two batches that share an item never
 * wait on each other in a cycle), with one array parameter whatever their number.
 */
export async function lockItemsInIdOrder(db: Kysely<DB>, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  const result = await sql<ItemRow>`${namedStatement("lock_items")}
    select * from inbox_items where id = any(${ids}::uuid[]) order by id for update`.execute(db);
  return result.rows;
}
