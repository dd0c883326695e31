import { type Insertable, type Kysely, type Selectable, sql } from "kysely";
import { namedStatement } from "../db/named-statements.js";
import type { AuditEventsTable, DB } from "../db/schema.js";
import { GENESIS_HASH, INSTALLATION_CHAIN, LEGACY_CHAIN } from "./audit-chain.js";

export type AuditEventRow = Insertable<AuditEventsTable>;

/**
 * Locks the head of one chain for this transaction (creating it, empty, for a chain's
 * first row), so that writers to the same chain append one at a time while writers
 * to other organisations' chains do not wait. One statement: the upsert takes the lock.
 */
export async function lockChainHead(db: Kysely<DB>, chain: string): Promise<{ seq: number; hash: string }> {
  const result = await sql<{ seq: number; hash: string }>`${namedStatement("lock_chain_head")}
    insert into audit_chain_heads (chain, seq, hash) values (${chain}, 0, ${GENESIS_HASH})
    on conflict (chain) do update set chain = excluded.chain
    returning seq, hash`.execute(db);
  const head = result.rows[0];
  if (!head) throw new Error(`the audit chain head ${chain} was not returned`);
  return head;
}

/**
 * Several rows of one chain, in chain order, and the move of the head, in one statement whatever
 * their number: an insert from unnest() of one array per column (fourteen parameters, not
 * fourteen a row: cheaper to build, send and plan, as the pipeline's other multi-row statements;
 * docs/benchmarks.md, 6 December), so that a batch costs one round trip while the head is locked.
 * The rows take their installation-wide numbers (seq) in the order given.
 */
export async function appendAuditEvents(db: Kysely<DB>, rows: readonly AuditEventRow[]): Promise<void> {
  const last = rows[rows.length - 1];
  if (!last) return;
  const col = <T>(of: (row: AuditEventRow) => T): T[] => rows.map(of);
  await sql`${namedStatement("append_audit_events")}
    with appended as (
      insert into audit_events (chain, chain_seq, occurred_at, organisation_id, actor_kind, actor_id,
        actor_roles, action, entity_type, entity_id, summary, request_id, prev_hash, hash)
      select chain, chain_seq, occurred_at, organisation_id, actor_kind, actor_id, actor_roles, action,
        entity_type, entity_id, summary, request_id, prev_hash, hash
      from unnest(${col((r) => r.chain)}::text[], ${col((r) => r.chain_seq)}::bigint[],
        ${col((r) => r.occurred_at)}::timestamptz[], ${col((r) => r.organisation_id)}::uuid[],
        ${col((r) => r.actor_kind)}::text[], ${col((r) => r.actor_id)}::text[],
        ${col((r) => r.actor_roles)}::text[], ${col((r) => r.action)}::text[],
        ${col((r) => r.entity_type)}::text[], ${col((r) => r.entity_id)}::text[],
        ${col((r) => r.summary)}::text[], ${col((r) => r.request_id)}::text[],
        ${col((r) => r.prev_hash)}::text[], ${col((r) => r.hash)}::text[])
        with ordinality as v (chain, chain_seq, occurred_at, organisation_id, actor_kind, actor_id,
          actor_roles, action, entity_type, entity_id, summary, request_id, prev_hash, hash, place)
      order by place
    )
    update audit_chain_heads set seq = ${last.chain_seq}, hash = ${last.hash}
    where chain = ${last.chain}`.execute(db);
}

export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
}

export async function readChainHeads(db: Kysely<DB>, chain?: string): Promise<ChainHead[]> {
  let q = db.selectFrom("audit_chain_heads").select(["chain", "seq", "hash"]);
  if (chain !== undefined) q = q.where("chain", "=", chain);
  return q.orderBy("chain").execute();
}

/** Every chain that has rows (read from the (chain, chain_seq) index, one chain at a time). */
export async function chainsWithRows(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ chain: string }>`
    with recursive chains as (
      (select chain from audit_events order by chain limit 1)
      union all
      select (select e.chain from audit_events e where e.chain > c.chain order by e.chain limit 1)
      from chains c where c.chain is not null
    )
    select chain from chains where chain is not null`.execute(db);
  return result.rows.map((row) => row.chain);
}

export interface ChainRow {
  chainSeq: number;
  /** The row's number across the installation. */
  seq: number;
  prevHash: string;
  hash: string;
  /** The canonical JSON the row's hash covers, built by the database. */
  canonical: string;
}

const j = (column: string) => sql.raw(`coalesce(to_json(${column})::text, 'null')`);

/**
 * The canonical JSON of each row (audit-chain.ts's canonicalRowJson: keys sorted,
 * JSON string escaping) built in SQL, so that verifying a million rows moves a few
 * columns per row instead of fifteen. PostgreSQL's to_json escapes text exactly as
 * JSON.stringify does for anything text can hold; audit-chain.test.ts holds the two
 * forms equal over the Big List of Naughty Strings. The time is written with all six
 * decimal places PostgreSQL stores: a row moved by a microsecond no longer verifies.
 */
const CANONICAL = sql<string>`'{"action":' || ${j("action")} || ',"actorId":' || ${j("actor_id")}
  || ',"actorKind":' || ${j("actor_kind")} || ',"actorRoles":' || ${j("actor_roles")}
  || ',"chain":' || ${j("chain")} || ',"chainSeq":' || chain_seq::text
  || ',"entityId":' || ${j("entity_id")} || ',"entityType":' || ${j("entity_type")}
  || ',"occurredAt":' || to_json(to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
  || ',"organisationId":' || ${j("organisation_id")} || ',"requestId":' || ${j("request_id")}
  || ',"summary":' || ${j("summary")} || '}'`;

/**
 * The canonical JSON of a row written before per-organisation chains: the fields and
 * millisecond time its SHA-256 was computed over then (LEGACY_CHAIN only).
 */
const LEGACY_CANONICAL = sql<string>`'{"action":' || ${j("action")} || ',"actorId":' || ${j("actor_id")}
  || ',"actorKind":' || ${j("actor_kind")} || ',"actorRoles":' || ${j("actor_roles")}
  || ',"entityId":' || ${j("entity_id")} || ',"entityType":' || ${j("entity_type")}
  || ',"occurredAt":' || to_json(to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
  || ',"organisationId":' || ${j("organisation_id")} || ',"requestId":' || ${j("request_id")}
  || ',"seq":' || seq::text || ',"summary":' || ${j("summary")} || '}'`;

/**
 * One batch of a chain in order, for verification, as one text value of lines
 * "chain_seq seq prev_hash hash canonical" (canonical JSON never holds a raw newline):
 * a million rows then cost the driver a few hundred values, not millions.
 */
export async function auditChainBatch(
  db: Kysely<DB>,
  chain: string,
  afterChainSeq: number,
  limit: number,
): Promise<ChainRow[]> {
  const canonical = chain === LEGACY_CHAIN ? LEGACY_CANONICAL : CANONICAL;
  const result = await sql<{ lines: string | null }>`
    select string_agg(chain_seq::text || ' ' || seq::text || ' ' || prev_hash || ' ' || hash || ' ' || canonical, E'\n' order by chain_seq) as lines
    from (
      select chain_seq, seq, prev_hash, hash, ${canonical} as canonical
      from audit_events where chain = ${chain} and chain_seq > ${afterChainSeq} order by chain_seq limit ${limit}
    ) batch`.execute(db);
  const lines = result.rows[0]?.lines;
  if (!lines) return [];
  return lines.split("\n").map((line) => {
    const first = line.indexOf(" ");
    const second = line.indexOf(" ", first + 1);
    return {
      chainSeq: Number(line.slice(0, first)),
      seq: Number(line.slice(first + 1, second)),
      prevHash: line.slice(second + 1, second + 65),
      hash: line.slice(second + 66, second + 130),
      canonical: line.slice(second + 131),
    };
  });
}

/** The installation's row number of a chain's row, to name it in a report. */
export async function rowNumberOf(db: Kysely<DB>, chain: string, chainSeq: number): Promise<number | null> {
  const row = await db
    .selectFrom("audit_events")
    .select("seq")
    .where("chain", "=", chain)
    .where("chain_seq", "=", chainSeq)
    .executeTakeFirst();
  return row?.seq ?? null;
}

export const LEGACY_SEAL_ACTION = "audit.legacy_trail_sealed";

/** What the seal recorded about the legacy chain: where it ended and with what hash. */
export interface LegacySeal {
  at: string;
  headSeq: number;
  headHash: string;
}

/** The first seal of the legacy chain, from the (keyed) installation chain. */
export async function findLegacySeal(db: Kysely<DB>): Promise<LegacySeal | undefined> {
  const row = await db
    .selectFrom("audit_events")
    .select(["summary", "occurred_at"])
    .where("chain", "=", INSTALLATION_CHAIN)
    .where("action", "=", LEGACY_SEAL_ACTION)
    .orderBy("chain_seq")
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const after = (JSON.parse(row.summary) as { after?: { headSeq?: unknown; headHash?: unknown } }).after;
  return {
    at: row.occurred_at.toISOString(),
    headSeq: typeof after?.headSeq === "number" ? after.headSeq : -1,
    headHash: typeof after?.headHash === "string" ? after.headHash : "",
  };
}

export interface AuditQuery {
  organisationId: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
  limit: number;
}

export interface AuditListRow extends Selectable<AuditEventsTable> {
  actor_name: string | null;
}

/** One organisation's audit rows, newest first, with the acting person's current name. */
export async function findAuditEvents(db: Kysely<DB>, query: AuditQuery): Promise<AuditListRow[]> {
  let q = db
    .selectFrom("audit_events")
    .leftJoin("users", (join) =>
      join
        .on("audit_events.actor_kind", "=", "user")
        .on((eb) => eb(eb.cast("users.id", "text"), "=", eb.ref("audit_events.actor_id"))),
    )
    .selectAll("audit_events")
    .select("users.display_name as actor_name")
    .where("audit_events.organisation_id", "=", query.organisationId);
  if (query.actorId !== undefined) q = q.where("audit_events.actor_id", "=", query.actorId);
  if (query.entityType !== undefined) q = q.where("audit_events.entity_type", "=", query.entityType);
  if (query.entityId !== undefined) q = q.where("audit_events.entity_id", "=", query.entityId);
  if (query.action !== undefined) q = q.where("audit_events.action", "=", query.action);
  if (query.from !== undefined) q = q.where("audit_events.occurred_at", ">=", query.from);
  if (query.to !== undefined) q = q.where("audit_events.occurred_at", "<", query.to);
  if (query.beforeSeq !== undefined) q = q.where("audit_events.seq", "<", query.beforeSeq);
  return q.orderBy("audit_events.seq", "desc").limit(query.limit).execute();
}

/** Every row in which a person acted or was acted on (for a subject access request). */
export async function auditEventsAbout(db: Kysely<DB>, organisationId: string, userId: string) {
  return db
    .selectFrom("audit_events")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where((eb) => eb.or([eb("actor_id", "=", userId), eb("entity_id", "=", userId)]))
    .orderBy("seq")
    .execute();
}

/** How many rows of the legacy chain belong to this organisation (0: it has none). */
export async function legacyRowsOf(db: Kysely<DB>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom("audit_events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("chain", "=", LEGACY_CHAIN)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The organisation a row (by its installation row number) belongs to. */
export async function organisationOfRow(db: Kysely<DB>, seq: number): Promise<string | null | undefined> {
  const row = await db
    .selectFrom("audit_events")
    .select("organisation_id")
    .where("seq", "=", seq)
    .executeTakeFirst();
  return row ? row.organisation_id : undefined;
}
