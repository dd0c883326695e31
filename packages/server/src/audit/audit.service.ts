import type { Kysely } from "kysely";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import type { Actor } from "./actor.js";
import { type AuditEventRow, appendAuditEvents, lockChainHead } from "./audit.repository.js";
import {
  type ChainedAuditRow,
  canonicalJson,
  chainOf,
  hashAuditRow,
  microsecondIso,
  type RowMac,
} from "./audit-chain.js";
import type { AuditTrail } from "./audit-trail.js";

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

/** What appending to the trail needs: the time, and the key the chain is made with. */
export interface AuditDeps {
  clock: Clock;
  auditTrail: AuditTrail;
}

/**
 * Appends one row to its organisation's chain. Call it with the transaction that makes
 * the change, so that the change and its record commit or fail together. Only that
 * organisation's head is locked: other organisations' writers do not wait.
 */
export async function recordAudit(trx: Kysely<DB>, entry: AuditEntry, deps: AuditDeps): Promise<void> {
  const organisationId = organisationOf(entry);
  await appendToChain(trx, chainOf(organisationId), organisationId, [entry], deps);
}

/**
 * Appends several rows in the caller's transaction: each organisation's chain head is locked
 * once, the rows are hashed in the order given (each on the one before), written with one
 * multi-row insert per chain and the head moved once. The chain is the same as from as many
 * recordAudit calls; a batch of triaged or ingested messages pays three statements, not 3 × N.
 */
export async function recordAuditMany(
  trx: Kysely<DB>,
  entries: readonly AuditEntry[],
  deps: AuditDeps,
): Promise<void> {
  const byChain = new Map<string, { organisationId: string | null; entries: AuditEntry[] }>();
  for (const entry of entries) {
    const organisationId = organisationOf(entry);
    const chain = chainOf(organisationId);
    const group = byChain.get(chain) ?? { organisationId, entries: [] };
    group.entries.push(entry);
    byChain.set(chain, group);
  }
  // Heads locked in a fixed order, so that two batches never wait on each other in a cycle.
  for (const chain of [...byChain.keys()].sort()) {
    const group = byChain.get(chain);
    if (group) await appendToChain(trx, chain, group.organisationId, group.entries, deps);
  }
}

function organisationOf(entry: AuditEntry): string | null {
  return entry.organisationId !== undefined ? entry.organisationId : entry.actor.organisationId;
}

/** Locks one chain's head, hashes the entries onto it in order and appends them. */
async function appendToChain(
  trx: Kysely<DB>,
  chain: string,
  organisationId: string | null,
  entries: readonly AuditEntry[],
  deps: AuditDeps,
): Promise<void> {
  const head = await lockChainHead(trx, chain);
  const occurredAt = deps.clock.now();
  let prev = head.hash;
  let seq = head.seq;
  const rows = entries.map((entry) => {
    seq += 1;
    const summary: Record<string, AuditValue> = {};
    if (entry.before) summary.before = entry.before;
    if (entry.after) summary.after = entry.after;
    const stored = storedAuditRow(deps.auditTrail.mac, prev, {
      chain,
      chainSeq: seq,
      occurredAt,
      organisationId,
      actorKind: entry.actor.kind,
      actorId: entry.actor.id,
      actorRoles: [...entry.actor.roles].sort().join(","),
      action: entry.action,
      entityType: entry.entity.type,
      entityId: entry.entity.id,
      summary: canonicalJson(summary),
      requestId: entry.actor.requestId ?? null,
    });
    prev = stored.hash;
    return stored;
  });
  await appendAuditEvents(trx, rows);
}

/** The fields of a row to chain: those its HMAC covers, with the time as a Date. */
export type AuditRowFields = Omit<ChainedAuditRow, "occurredAt" | "actorKind"> & {
  occurredAt: Date;
  actorKind: AuditEventRow["actor_kind"];
};

/**
 * The stored form of one chained row: its fields as audit_events holds them, hashed onto
 * `prevHash` with the trail's key (the time at the microsecond precision PostgreSQL keeps, as
 * verification reads it back). The one place a row's stored columns are built from what its hash
 * covers (appendToChain here, and bench/audit-verify.ts's made-up chains).
 */
export function storedAuditRow(
  mac: RowMac,
  prevHash: string,
  fields: AuditRowFields,
): AuditEventRow & { hash: string } {
  const hash = hashAuditRow(mac, prevHash, { ...fields, occurredAt: microsecondIso(fields.occurredAt) });
  return {
    chain: fields.chain,
    chain_seq: fields.chainSeq,
    occurred_at: fields.occurredAt,
    organisation_id: fields.organisationId,
    actor_kind: fields.actorKind,
    actor_id: fields.actorId,
    actor_roles: fields.actorRoles,
    action: fields.action,
    entity_type: fields.entityType,
    entity_id: fields.entityId,
    summary: fields.summary,
    request_id: fields.requestId,
    prev_hash: prevHash,
    hash,
  };
}
