import type { Kysely } from "kysely";
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
