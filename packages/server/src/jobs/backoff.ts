import type { RetryPolicy } from "./job-kind.js";

/**
 * The wait before the next attempt, after `attempts` failed ones: exponential
 * (base, 2×base, 4×base … up to the policy's maximum) with "equal jitter" — half
 * the delay fixed, half random — so that jobs that failed together (a platform
 * outage) do not all come back at the same instant, and none comes back sooner
 * than half its delay. `random` returns a number in [0, 1).
 */
export function retryDelayMs(policy: RetryPolicy, attempts: number, random: () => number): number {
  const exponent = Math.max(0, attempts - 1);
  // 2 ** 40 × any sane base is past every cap; stop there rather than reach Infinity.
  const uncapped = policy.baseDelayMs * 2 ** Math.min(exponent, 40);
  const delay = Math.min(policy.maxDelayMs, uncapped);
  const half = delay / 2;
  return Math.round(half + random() * half);
}
