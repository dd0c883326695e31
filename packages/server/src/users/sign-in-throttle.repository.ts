import type { Kysely } from "kysely";
import type { DB, SignInThrottleTable } from "../db/schema.js";

/**
 * The rows for these keys, created empty if missing and locked until the transaction
 * ends, so that concurrent sign-ins against one key count one after another.
 */
export async function lockThrottles(
  trx: Kysely<DB>,
  keys: readonly string[],
  now: Date,
): Promise<SignInThrottleTable[]> {
  if (keys.length === 0) return [];
  await trx
    .insertInto("sign_in_throttle")
    .values(keys.map((key) => ({ key, failures: 0, first_failed_at: now, locked_until: null })))
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  return trx
    .selectFrom("sign_in_throttle")
    .selectAll()
    .where("key", "in", keys)
    .orderBy("key")
    .forUpdate()
    .execute();
}

export async function saveThrottle(db: Kysely<DB>, row: SignInThrottleTable): Promise<void> {
  await db
    .updateTable("sign_in_throttle")
    .set({ failures: row.failures, first_failed_at: row.first_failed_at, locked_until: row.locked_until })
    .where("key", "=", row.key)
    .execute();
}

/**
 * Gives one counted attempt back (it turned out not to be a failure). A lock is kept
 * only while the count still reaches `free`: below that the policy sets none.
 */
export async function releaseThrottle(db: Kysely<DB>, key: string, free: number): Promise<void> {
  await db
    .updateTable("sign_in_throttle")
    .set((eb) => ({
      failures: eb.fn("greatest", [eb("failures", "-", 1), eb.lit(0)]),
      locked_until: eb
        .case()
        .when(eb("failures", "-", 1), "<", free)
        .then(null)
        .else(eb.ref("locked_until"))
        .end(),
    }))
    .where("key", "=", key)
    .execute();
}

export async function clearThrottle(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom("sign_in_throttle").where("key", "=", key).execute();
}
