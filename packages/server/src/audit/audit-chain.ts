import { createHash, hash as oneShotHash } from "node:crypto";

/** The hash before the first row, and the head of an empty chain. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields of an audit row that its hash covers: everything but the hashes themselves. */
export interface ChainedAuditRow {
  seq: number;
  occurredAt: string;
  organisationId: string | null;
  actorKind: string;
  actorId: string | null;
  actorRoles: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  requestId: string | null;
}

/**
 * JSON with object keys sorted at every level, so that the same value always
 * gives the same bytes (the idea of RFC 8785, for the plain values we store).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * canonicalJson(row) for the fixed shape of an audit row, written out with its keys
 * already in sorted order: the same bytes, several times faster (verify hashes
 * every row; the test in audit-chain.test.ts holds the two equal).
 */
export function canonicalRowJson(row: ChainedAuditRow): string {
  const s = JSON.stringify;
  return `{"action":${s(row.action)},"actorId":${s(row.actorId)},"actorKind":${s(row.actorKind)},"actorRoles":${s(row.actorRoles)},"entityId":${s(row.entityId)},"entityType":${s(row.entityType)},"occurredAt":${s(row.occurredAt)},"organisationId":${s(row.organisationId)},"requestId":${s(row.requestId)},"seq":${s(row.seq)},"summary":${s(row.summary)}}`;
}

// node:crypto's one-shot hash (Node ≥ 20.12) avoids a Hash object per row.
export const sha256Hex: (data: string) => string =
  typeof oneShotHash === "function"
    ? (data) => oneShotHash("sha256", data, "hex")
    : (data) => createHash("sha256").update(data).digest("hex");

/** sha256(prev_hash + canonical JSON of the row), as docs/architecture.md specifies. */
export function hashAuditRow(prevHash: string, row: ChainedAuditRow): string {
  return sha256Hex(prevHash + canonicalRowJson(row));
}
