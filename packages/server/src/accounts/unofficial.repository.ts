import { type Kysely, sql } from "kysely";
import type { DB, UnofficialState } from "../db/schema.js";

/** Possible unofficial accounts' SQL (docs/accounts.md); unofficial.service.ts holds the rules. */

/** The organisation's brand terms and how far the inbox has been read, locked when `lock`. */
export async function watchOf(db: Kysely<DB>, organisationId: string, lock = false) {
  let query = db
    .selectFrom("unofficial_account_watch")
    .selectAll()
    .where("organisation_id", "=", organisationId);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Makes the organisation's watch row if it has none (before locking it). */
export async function ensureWatch(db: Kysely<DB>, organisationId: string, now: Date) {
  await db
    .insertInto("unofficial_account_watch")
    .values({ organisation_id: organisationId, updated_at: now })
    .onConflict((oc) => oc.column("organisation_id").doNothing())
    .execute();
}

export async function updateWatch(
  db: Kysely<DB>,
  organisationId: string,
  change: { brandTerms?: string[]; cursor?: number; scannedAt?: Date; now: Date },
) {
  await db
    .updateTable("unofficial_account_watch")
    .set({
      updated_at: change.now,
      ...(change.brandTerms ? { brand_terms: JSON.stringify(change.brandTerms) } : {}),
      ...(change.cursor !== undefined ? { history_cursor: change.cursor } : {}),
      ...(change.scannedAt ? { scanned_at: change.scannedAt } : {}),
    })
    .where("organisation_id", "=", organisationId)
    .execute();
}

/** The newest inbox history row now: where a look through the inbox stops this time. */
export async function newestHistoryId(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("inbox_history")
    .select(sql<number | string | null>`max(id)`.as("max"))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/**
 * Messages received or edited after `cursor` (an inbox_history id, up to `upTo`), for one
 * organisation, oldest first: the platform, the author, and the latest text only when it has an
 * at sign (a mention), so a message without one costs no text. Read along the history's primary
 * key: nothing is added to the ingest's tables or indexes.
 */
export async function inboxSightings(
  db: Kysely<DB>,
  organisationId: string,
  cursor: number,
  upTo: number,
  limit: number,
) {
  return db
    .selectFrom("inbox_history as h")
    .innerJoin("inbox_items as i", "i.id", "h.item_id")
    .leftJoin("inbox_item_versions as v", (join) =>
      join.onRef("v.item_id", "=", "i.id").onRef("v.version", "=", "i.version_count"),
    )
    .select([
      "h.id as historyId",
      "i.id as itemId",
      "i.platform",
      "i.author_handle",
      "i.author_name",
      "i.author_platform_id",
      "i.received_at",
      sql<string | null>`case when strpos(v.text, '@') > 0 then v.text end`.as("text"),
    ])
    .where("h.id", ">", String(cursor))
    .where("h.id", "<=", String(upTo))
    .where("h.action", "in", ["inbox.received", "inbox.edited_on_platform"])
    .where("i.organisation_id", "=", organisationId)
    .orderBy("h.id")
    .limit(limit)
    .execute();
}

/** The register's accounts of the organisation, platform and handle (to leave them out). */
export async function registerHandles(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom("registered_accounts")
    .select(["id", "platform", "handle", "name", "status"])
    .where("organisation_id", "=", organisationId)
    .execute();
}

export async function existingUnofficial(
  db: Kysely<DB>,
  organisationId: string,
  keys: readonly { platform: string; handle: string }[],
) {
  if (keys.length === 0) return [];
  return db
    .selectFrom("unofficial_accounts")
    .select(["id", "platform", "handle", "state"])
    .where("organisation_id", "=", organisationId)
    .where(
      "handle",
      "in",
      keys.map((k) => k.handle),
    )
    .execute();
}

export async function insertUnofficial(
  db: Kysely<DB>,
  u: {
    organisationId: string;
    platform: string;
    handle: string;
    displayName: string | null;
    url: string | null;
    source: "inbox" | "staff";
    matchedTerms: string[];
    sightings: number;
    exampleItemId: string | null;
    seenAt: Date;
    now: Date;
  },
) {
  const row = await db
    .insertInto("unofficial_accounts")
    .values({
      organisation_id: u.organisationId,
      platform: u.platform,
      handle: u.handle,
      display_name: u.displayName,
      url: u.url,
      source: u.source,
      matched_terms: JSON.stringify(u.matchedTerms),
      sightings: u.sightings,
      example_item_id: u.exampleItemId,
      first_seen_at: u.seenAt,
      last_seen_at: u.seenAt,
      updated_at: u.now,
    })
    .onConflict((oc) => oc.columns(["organisation_id", "platform", "handle"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Seen again: one more sighting (or a report), the latest name and address kept. */
export async function seenAgain(
  db: Kysely<DB>,
  id: string,
  s: {
    sightings: number;
    displayName: string | null;
    url: string | null;
    exampleItemId: string | null;
    seenAt: Date;
  },
) {
  await db
    .updateTable("unofficial_accounts")
    .set((eb) => ({
      sightings: eb("sightings", "+", s.sightings),
      last_seen_at: sql<Date>`greatest(last_seen_at, ${s.seenAt})`,
      display_name: sql<string | null>`coalesce(${s.displayName}, display_name)`,
      url: sql<string | null>`coalesce(url, ${s.url})`,
      example_item_id: sql<string | null>`coalesce(${s.exampleItemId}::uuid, example_item_id)`,
      updated_at: s.seenAt,
    }))
    .where("id", "=", id)
    .execute();
}

export async function insertReport(
  db: Kysely<DB>,
  r: {
    organisationId: string;
    unofficialId: string;
    by: string | null;
    why: string;
    url: string | null;
    now: Date;
  },
) {
  await db
    .insertInto("unofficial_account_reports")
    .values({
      organisation_id: r.organisationId,
      unofficial_account_id: r.unofficialId,
      reported_by: r.by,
      why: r.why,
      url: r.url,
      created_at: r.now,
    })
    .execute();
}

export async function findUnofficialByKey(
  db: Kysely<DB>,
  organisationId: string,
  platform: string,
  handle: string,
) {
  return db
    .selectFrom("unofficial_accounts")
    .select(["id", "state"])
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .where("handle", "=", handle)
    .executeTakeFirst();
}

export async function lockUnofficial(db: Kysely<DB>, organisationId: string, id: string) {
  return db
    .selectFrom("unofficial_accounts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideUnofficial(
  db: Kysely<DB>,
  id: string,
  d: {
    state: UnofficialState;
    by: string;
    reasons: string | null;
    reference?: string | null;
    registeredAccountId?: string;
    requestId?: string;
    now: Date;
  },
) {
  await db
    .updateTable("unofficial_accounts")
    .set({
      state: d.state,
      decided_by: d.by,
      decided_at: d.now,
      decision_reasons: d.reasons,
      updated_at: d.now,
      ...(d.reference !== undefined ? { reference: d.reference } : {}),
      ...(d.registeredAccountId ? { registered_account_id: d.registeredAccountId } : {}),
      ...(d.requestId ? { request_id: d.requestId } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** The organisation's possible unofficial accounts (or one), with who decided and how many reports. */
export async function unofficialRows(
  db: Kysely<DB>,
  organisationId: string,
  filter: { id?: string; state?: UnofficialState } = {},
) {
  let query = db
    .selectFrom("unofficial_accounts as u")
    .leftJoin("users as d", "d.id", "u.decided_by")
    .leftJoin("registered_accounts as a", "a.id", "u.registered_account_id")
    .leftJoin("account_requests as r", "r.id", "u.request_id")
    .selectAll("u")
    .select([
      "d.display_name as decided_by_name",
      "a.handle as registered_handle",
      "r.state as request_state",
      sql<number>`(select count(*)::int from unofficial_account_reports x where x.unofficial_account_id = u.id)`.as(
        "reports",
      ),
    ])
    .where("u.organisation_id", "=", organisationId);
  if (filter.id) query = query.where("u.id", "=", filter.id);
  if (filter.state) query = query.where("u.state", "=", filter.state);
  return query.orderBy("u.last_seen_at", "desc").orderBy("u.id").limit(1000).execute();
}

/** The staff reports of one account, or those one person made. */
export async function reportsOf(
  db: Kysely<DB>,
  organisationId: string,
  filter: { unofficialId?: string; by?: string },
) {
  let query = db
    .selectFrom("unofficial_account_reports as x")
    .innerJoin("unofficial_accounts as u", "u.id", "x.unofficial_account_id")
    .leftJoin("users as p", "p.id", "x.reported_by")
    .select([
      "x.id",
      "x.why",
      "x.url",
      "x.created_at",
      "p.display_name as reporter",
      "u.platform",
      "u.handle",
      "u.state",
    ])
    .where("x.organisation_id", "=", organisationId);
  if (filter.unofficialId) query = query.where("x.unofficial_account_id", "=", filter.unofficialId);
  if (filter.by) query = query.where("x.reported_by", "=", filter.by);
  return query.orderBy("x.created_at", "desc").limit(500).execute();
}
