import { createHash } from "node:crypto";
import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { DB, SignInThrottleTable } from "../db/schema.js";
import { clearThrottle, findThrottles, saveThrottle } from "./sign-in-throttle.repository.js";

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

function keyList(keys: ThrottleKeys): string[] {
  return keys.ip ? [keys.account, keys.ip] : [keys.account];
}

/** Refuses at once, without checking the password, while the account or the address is locked. */
export async function assertNotLocked(db: Kysely<DB>, keys: ThrottleKeys, now: Date): Promise<void> {
  const rows = await findThrottles(db, keyList(keys));
  const until = rows
    .map((row) => row.locked_until)
    .filter((date): date is Date => date !== null && date > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (until) {
    const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
    throw new AppError(
      "rate_limited",
      `Too many failed sign-in attempts. Wait ${seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`} and try again, or ask your administrator.`,
      { retryAfterSeconds: seconds },
    );
  }
}

/** Counts a failure against both keys; says whether the account is now locked. */
export async function recordFailure(
  db: Kysely<DB>,
  keys: ThrottleKeys,
  now: Date,
): Promise<{ accountLocked: boolean }> {
  const rows = await findThrottles(db, keyList(keys));
  let accountLocked = false;
  for (const [scope, k] of [
    ["account", keys.account],
    ["ip", keys.ip],
  ] as const) {
    if (!k) continue;
    const policy = THROTTLE_POLICY[scope];
    const previous = rows.find((row) => row.key === k);
    const fresh = !previous || now.getTime() - previous.first_failed_at.getTime() > policy.windowMs;
    const failures = fresh ? 1 : previous.failures + 1;
    const extra = failures - policy.free;
    const lockMs = extra >= 0 ? Math.min(policy.baseLockMs * 2 ** Math.min(extra, 30), policy.maxLockMs) : 0;
    const row: SignInThrottleTable = {
      key: k,
      failures,
      first_failed_at: fresh ? now : previous.first_failed_at,
      locked_until: lockMs > 0 ? new Date(now.getTime() + lockMs) : null,
    };
    await saveThrottle(db, row);
    if (scope === "account" && lockMs > 0) accountLocked = true;
  }
  return { accountLocked };
}

export function clearAccountFailures(db: Kysely<DB>, keys: ThrottleKeys): Promise<void> {
  return clearThrottle(db, keys.account);
}
