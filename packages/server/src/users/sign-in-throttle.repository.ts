import type { Kysely } from "kysely";
import type { DB, SignInThrottleTable } from "../db/schema.js";

export async function findThrottles(db: Kysely<DB>, keys: readonly string[]): Promise<SignInThrottleTable[]> {
  if (keys.length === 0) return [];
  return db.selectFrom("sign_in_throttle").selectAll().where("key", "in", keys).execute();
}

export async function saveThrottle(db: Kysely<DB>, row: SignInThrottleTable): Promise<void> {
  await db
    .insertInto("sign_in_throttle")
    .values(row)
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: row.failures,
        first_failed_at: row.first_failed_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom("sign_in_throttle").where("key", "=", key).execute();
}
