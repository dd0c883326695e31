import type { Kysely } from "kysely";
import type { AuditTrail } from "./audit/audit-trail.js";
import type { Clock } from "./clock.js";
import type { DB } from "./db/schema.js";

/** What a service needs from the world, passed in so tests can supply their own (docs/architecture.md). */
export interface ServiceDeps {
  db: Kysely<DB>;
  clock: Clock;
  settings: SessionSettings;
  /** The audit trail's key and checkpoint file (audit/audit-trail.ts). */
  auditTrail: AuditTrail;
}

export interface SessionSettings {
  /** A session unused for this long ends. */
  idleTimeoutMs: number;
  /** No session lasts longer than this, used or not. */
  absoluteTimeoutMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleTimeoutMs: 60 * 60 * 1000,
  absoluteTimeoutMs: 12 * 60 * 60 * 1000,
};
