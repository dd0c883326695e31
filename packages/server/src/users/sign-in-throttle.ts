import { createHash } from "node:crypto";
import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { DB, SignInThrottleTable } from "../db/schema.js";
import {
  clearThrottle,
  lockThrottles,
  releaseThrottle,
  saveThrottle,
} from "./sign-in-throttle.repository.js";

/**
 * Lockout with back-off, as data. The `free`th failure within `windowMs` locks the
 * key for `baseLockMs`, and each failure after it doubles the lock, capped at
 * `maxLockMs`. Per account (so guessing one person's password is slow) and per
 * IP address (so spraying one password at many accounts is slow). NCSC advises
 * throttling rather than permanent lockout, so locks always expire.
 */
export const THROTTLE_POLICY = {
  account: { free: 5, windowMs: 60 * 60 * 1000, baseLockMs: 60 * 1000, maxLockMs: 60 * 60 * 1000 },
  ip: { free: 30, windowMs: 60 * 60 * 1000, baseLockMs: 60 * 1000, maxLockMs: 60 * 60 * 1000 },
} as const;

type Scope = keyof typeof THROTTLE_POLICY;

function key(scope: Scope, value: string): string {
  // Hashed, so the table holds no email or IP addresses.
  return `${scope}:${createHash("sha256").update(value.trim().toLowerCase()).digest("hex")}`;
}

export interface ThrottleKeys {
  account: string;
  ip: string | undefined;
}

export function throttleKeys(email: string, ip: string | undefined): ThrottleKeys {
  return { account: key("account", email), ip: ip ? key("ip", ip) : undefined };
}

function scoped(keys: ThrottleKeys): Array<[Scope, string]> {
  return keys.ip
    ? [
        ["account", keys.account],
        ["ip", keys.ip],
      ]
    : [["account", keys.account]];
}

export interface ClaimedAttempt {
  keys: ThrottleKeys;
  /** This attempt was the one that locked the account (if it fails, the lock is audited). */
  lockedAccount: boolean;
}

/**
 * Counts a sign-in attempt against the account and the address *before* the password
 * is checked, one attempt after another (the rows are locked while counted), so that
 * attempts sent together cannot all be evaluated: once the count reaches the policy's
 * allowance the key is locked and every later attempt is refused without checking the
 * password. A successful attempt is given back afterwards (succeeded / releaseAttempt).
 */
export async function claimAttempt(db: Kysely<DB>, keys: ThrottleKeys, now: Date): Promise<ClaimedAttempt> {
  const result = await db.transaction().execute(async (trx) => {
    const rows = await lockThrottles(
      trx,
      scoped(keys).map(([, k]) => k),
      now,
    );
    const lockedUntil = rows
      .map((row) => row.locked_until)
      .filter((date): date is Date => date !== null && date > now)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    if (lockedUntil) return { lockedUntil };
    let lockedAccount = false;
    for (const [scope, k] of scoped(keys)) {
      const row = rows.find((r) => r.key === k);
      if (!row) throw new Error(`sign-in throttle row ${scope} was not created`);
      const next = counted(row, THROTTLE_POLICY[scope], now);
      await saveThrottle(trx, next);
      if (scope === "account" && next.locked_until) lockedAccount = true;
    }
    return { lockedAccount };
  });
  if ("lockedUntil" in result) throw lockedError(result.lockedUntil, now);
  return { keys, lockedAccount: result.lockedAccount };
}

/** The row after one more attempt within the window (or the first of a new window). */
function counted(
  row: SignInThrottleTable,
  policy: (typeof THROTTLE_POLICY)[Scope],
  now: Date,
): SignInThrottleTable {
  const fresh = row.failures === 0 || now.getTime() - row.first_failed_at.getTime() > policy.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const extra = failures - policy.free;
  const lockMs = extra >= 0 ? Math.min(policy.baseLockMs * 2 ** Math.min(extra, 30), policy.maxLockMs) : 0;
  return {
    key: row.key,
    failures,
    first_failed_at: fresh ? now : row.first_failed_at,
    locked_until: lockMs > 0 ? new Date(now.getTime() + lockMs) : null,
  };
}

function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
  return new AppError(
    "rate_limited",
    `Too many failed sign-in attempts. Wait ${seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`} and try again, or ask your administrator.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * The attempt signed in: the account's count starts again, and the address gets its
 * attempt back (a trust's staff often share one address; only failures count there).
 */
export async function attemptSucceeded(db: Kysely<DB>, keys: ThrottleKeys): Promise<void> {
  await clearThrottle(db, keys.account);
  if (keys.ip) await releaseThrottle(db, keys.ip, THROTTLE_POLICY.ip.free);
}

/** The attempt was neither a success nor a failure (the password was right; a code is needed next). */
export async function releaseAttempt(db: Kysely<DB>, keys: ThrottleKeys): Promise<void> {
  for (const [scope, k] of scoped(keys)) await releaseThrottle(db, k, THROTTLE_POLICY[scope].free);
}
