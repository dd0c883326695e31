import { createHash, createHmac, type Hash, hash as oneShotHash } from "node:crypto";
import type { AuditKey } from "./audit-key.js";

/** The hash before the first row, and the head of an empty chain. */
export const GENESIS_HASH = "0".repeat(64);

/** The chain of rows written before per-organisation chains (SHA-256, milliseconds). */
export const LEGACY_CHAIN = "legacy";
/** The chain of rows that belong to no organisation. */
export const INSTALLATION_CHAIN = "installation";

/** The chain a row of this organisation (or of none) goes in. */
export function chainOf(organisationId: string | null): string {
  return organisationId ?? INSTALLATION_CHAIN;
}

/** The fields of an audit row that its HMAC covers: everything but the row's number and the hashes. */
export interface ChainedAuditRow {
  chain: string;
  chainSeq: number;
  /** ISO 8601 with six decimal places: the full precision PostgreSQL stores. */
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
 * every row; audit-chain.test.ts holds the two equal, and the database builds the
 * same text in audit.repository.ts).
 */
export function canonicalRowJson(row: ChainedAuditRow): string {
  const s = JSON.stringify;
  return `{"action":${s(row.action)},"actorId":${s(row.actorId)},"actorKind":${s(row.actorKind)},"actorRoles":${s(row.actorRoles)},"chain":${s(row.chain)},"chainSeq":${s(row.chainSeq)},"entityId":${s(row.entityId)},"entityType":${s(row.entityType)},"occurredAt":${s(row.occurredAt)},"organisationId":${s(row.organisationId)},"requestId":${s(row.requestId)},"summary":${s(row.summary)}}`;
}

/** A JavaScript time (milliseconds) as the microsecond text the database gives back for it. */
export function microsecondIso(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000Z`;
}

/**
 * HMAC-SHA256 (RFC 2104) with the key's inner and outer pads hashed once: verifying a
 * million rows then costs two hash copies a row instead of a new HMAC object each.
 */
export class RowMac {
  readonly #inner: Hash;
  readonly #outer: Hash;

  constructor(key: AuditKey) {
    const block = 64;
    const bytes = key.bytes.length > block ? createHash("sha256").update(key.bytes).digest() : key.bytes;
    const pad = (byte: number) => {
      const out = Buffer.alloc(block, byte);
      for (let i = 0; i < bytes.length; i += 1) out[i] = (bytes[i] ?? 0) ^ byte;
      return out;
    };
    this.#inner = createHash("sha256").update(pad(0x36));
    this.#outer = createHash("sha256").update(pad(0x5c));
  }

  hex(data: string): string {
    const inner = this.#inner.copy().update(data).digest();
    return this.#outer.copy().update(inner).digest("hex");
  }
}

/** HMAC(key, prev_hash + canonical JSON of the row): what each row of a keyed chain stores. */
export function hashAuditRow(mac: RowMac, prevHash: string, row: ChainedAuditRow): string {
  return mac.hex(prevHash + canonicalRowJson(row));
}

/** node:crypto's HMAC, for the test that holds RowMac to it. */
export function referenceHmacHex(key: AuditKey, data: string): string {
  return createHmac("sha256", key.bytes).update(data).digest("hex");
}

// node:crypto's one-shot hash (Node ≥ 20.12) avoids a Hash object per row.
export const sha256Hex: (data: string) => string =
  typeof oneShotHash === "function"
    ? (data) => oneShotHash("sha256", data, "hex")
    : (data) => createHash("sha256").update(data).digest("hex");
