import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

/** Sessions past their absolute expiry, or idle since before `idleSince`. */
export async function deleteDeadSessions(db: Kysely<DB>, now: Date, idleSince: Date): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Failure counts whose window has closed and that lock nobody out any more. */
export async function deleteSpentThrottles(db: Kysely<DB>, now: Date, windowStart: Date): Promise<number> {
  const result = await db
    .deleteFrom("sign_in_throttle")
    .where("first_failed_at", "<", windowStart)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Single sign-on attempts nobody came back from. */
export async function deleteStaleLoginStates(db: Kysely<DB>, createdBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom("oidc_login_states")
    .where("created_at", "<", createdBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Tables every message rewrites (ingest inserts, triage and the workflow update). PostgreSQL's
 * autovacuum keeps their dead rows reclaimed and their statistics current; PGlite has no
 * autovacuum, and without statistics its planner guesses each filter's share of the queue and
 * picks the wrong index for the queue's views (migration 0020).
 */
const BUSY_TABLES = [
  "inbox_items",
  "inbox_item_tags",
  "inbox_item_versions",
  "inbox_history",
  "jobs",
] as const;

/** VACUUM ANALYZE of the busy tables, one at a time (each is its own statement, no transaction). */
export async function vacuumBusyTables(db: Kysely<DB>): Promise<void> {
  for (const table of BUSY_TABLES) await sql`vacuum analyze ${sql.table(table)}`.execute(db);
}
