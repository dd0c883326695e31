import { type Kysely, sql } from "kysely";
import type { AuditEventsTable, DB } from "../db/schema.js";

export type AuditEventRow = AuditEventsTable;

/** Locks the head of the chain for this transaction, so that writers append one at a time. */
export async function lockChainHead(db: Kysely<DB>): Promise<{ seq: number; hash: string }> {
  return db
    .selectFrom("audit_chain_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function readChainHead(db: Kysely<DB>): Promise<{ seq: number; hash: string }> {
  return db
    .selectFrom("audit_chain_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
}

export async function appendAuditEvent(db: Kysely<DB>, row: AuditEventRow): Promise<void> {
  await db.insertInto("audit_events").values(row).execute();
  await db
    .updateTable("audit_chain_head")
    .set({ seq: row.seq, hash: row.hash })
    .where("id", "=", 1)
    .execute();
}

export interface ChainRow {
  seq: number;
  prev_hash: string;
  hash: string;
  /** canonicalRowJson(row), built by the database. */
  canonical: string;
}

const j = (column: string) => sql.raw(`coalesce(to_json(${column})::text, 'null')`);

/**
 * The canonical JSON of each row (audit-chain.ts's canonicalRowJson: keys sorted,
 * JSON string escaping) built in SQL, so that verifying a million rows moves four
 * columns per row instead of thirteen. PostgreSQL's to_json escapes text exactly as
 * JSON.stringify does for anything text can hold; audit-chain.test.ts holds the two
 * forms equal over the Big List of Naughty Strings.
 */
const CANONICAL = sql<string>`'{"action":' || ${j("action")} || ',"actorId":' || ${j("actor_id")}
  || ',"actorKind":' || ${j("actor_kind")} || ',"actorRoles":' || ${j("actor_roles")}
  || ',"entityId":' || ${j("entity_id")} || ',"entityType":' || ${j("entity_type")}
  || ',"occurredAt":' || to_json(to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
  || ',"organisationId":' || ${j("organisation_id")} || ',"requestId":' || ${j("request_id")}
  || ',"seq":' || seq::text || ',"summary":' || ${j("summary")} || '}'`;

/**
 * One batch of the chain in order, for verification, as one text value of lines
 * "seq prev_hash hash canonical" (canonical JSON never holds a raw newline): a
 * million rows then cost the driver a few hundred values, not millions.
 */
export async function auditChainBatch(db: Kysely<DB>, afterSeq: number, limit: number): Promise<ChainRow[]> {
  const result = await sql<{ lines: string | null }>`
    select string_agg(seq::text || ' ' || prev_hash || ' ' || hash || ' ' || canonical, E'\n' order by seq) as lines
    from (
      select seq, prev_hash, hash, ${CANONICAL} as canonical
      from audit_events where seq > ${afterSeq} order by seq limit ${limit}
    ) batch`.execute(db);
  const lines = result.rows[0]?.lines;
  if (!lines) return [];
  return lines.split("\n").map((line) => {
    const space = line.indexOf(" ");
    return {
      seq: Number(line.slice(0, space)),
      prev_hash: line.slice(space + 1, space + 65),
      hash: line.slice(space + 66, space + 130),
      canonical: line.slice(space + 131),
    };
  });
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

export interface AuditListRow extends AuditEventRow {
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
