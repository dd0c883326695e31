import type { Kysely } from "kysely";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import type { Actor } from "./actor.js";
import { appendAuditEvent, lockChainHead } from "./audit.repository.js";
import { canonicalJson, hashAuditRow } from "./audit-chain.js";

/** Plain values only: ids, codes, counts, flags. Never names, emails or free text about a person. */
export type AuditValue =
  | string
  | number
  | boolean
  | null
  | readonly AuditValue[]
  | { [key: string]: AuditValue };

export interface AuditEntry {
  actor: Actor;
  action: string;
  entity: { type: string; id: string | null };
  /** The organisation the change belongs to, when it is not the actor's (sign-in by an anonymous caller). */
  organisationId?: string | null;
  before?: Record<string, AuditValue>;
  after?: Record<string, AuditValue>;
}

/**
 * Appends one row to the audit chain. Call it with the transaction that makes
 * the change, so that the change and its record commit or fail together.
 */
export async function recordAudit(trx: Kysely<DB>, entry: AuditEntry, clock: Clock): Promise<void> {
  const head = await lockChainHead(trx);
  const summary: Record<string, AuditValue> = {};
  if (entry.before) summary.before = entry.before;
  if (entry.after) summary.after = entry.after;
  const row = {
    seq: head.seq + 1,
    occurredAt: clock.now().toISOString(),
    organisationId: entry.organisationId !== undefined ? entry.organisationId : entry.actor.organisationId,
    actorKind: entry.actor.kind,
    actorId: entry.actor.id,
    actorRoles: [...entry.actor.roles].sort().join(","),
    action: entry.action,
    entityType: entry.entity.type,
    entityId: entry.entity.id,
    summary: canonicalJson(summary),
    requestId: entry.actor.requestId ?? null,
  };
  const hash = hashAuditRow(head.hash, row);
  await appendAuditEvent(trx, {
    seq: row.seq,
    occurred_at: new Date(row.occurredAt),
    organisation_id: row.organisationId,
    actor_kind: row.actorKind,
    actor_id: row.actorId,
    actor_roles: row.actorRoles,
    action: row.action,
    entity_type: row.entityType,
    entity_id: row.entityId,
    summary: row.summary,
    request_id: row.requestId,
    prev_hash: head.hash,
    hash,
  });
}
