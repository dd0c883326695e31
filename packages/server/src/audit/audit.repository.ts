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

export type ChainRow = Omit<AuditEventRow, "occurred_at"> & { occurred_at: string };

/**
 * One batch of the chain in order, for verification. The time comes back as the
 * text toISOString() gives (the form that was hashed), which is also much faster
 * than building a Date per row.
 */
export async function auditChainBatch(db: Kysely<DB>, afterSeq: number, limit: number): Promise<ChainRow[]> {
  return db
    .selectFrom("audit_events")
    .select([
      "seq",
      sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as("occurred_at"),
      "organisation_id",
      "actor_kind",
      "actor_id",
      "actor_roles",
      "action",
      "entity_type",
      "entity_id",
      "summary",
      "request_id",
      "prev_hash",
      "hash",
    ])
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit)
    .execute();
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
