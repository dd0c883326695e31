import { createHash } from "node:crypto";

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

/** sha256(prev_hash + canonical JSON of the row), as DESIGN.md §3 specifies. */
export function hashAuditRow(prevHash: string, row: ChainedAuditRow): string {
  return createHash("sha256").update(prevHash).update(canonicalJson(row)).digest("hex");
}
