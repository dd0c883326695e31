import type { ServiceDeps } from "../deps.js";
import { deleteFinishedJobs } from "../jobs/jobs.repository.js";
import { STATE_TTL_MS } from "../users/oidc.service.js";
import { THROTTLE_POLICY } from "../users/sign-in-throttle.js";
import {
  deleteDeadSessions,
  deleteSpentThrottles,
  deleteStaleLoginStates,
} from "./housekeeping.repository.js";

export interface PurgeCounts {
  sessions: number;
  throttles: number;
  loginStates: number;
  jobs: number;
}

/**
 * Finished jobs are kept a week, so an administrator can see what ran; dead ones a
 * quarter, long enough to be noticed and retried. Their payloads may name people
 * (an e-mail's recipients), so they are not kept for ever.
 */
export const SUCCEEDED_JOB_KEEP_MS = 7 * 24 * 60 * 60 * 1000;
export const DEAD_JOB_KEEP_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Deletes what no longer does anything: dead sessions (their cookies are
 * refused anyway), failed-sign-in counts past their window, abandoned single
 * sign-on states. Holding them longer would only keep IP addresses and user
 * agents (sessions) for no purpose, which UK GDPR's storage limitation forbids;
 * and finished jobs past their keeping time.
 */
export async function purgeExpiredRecords(deps: ServiceDeps): Promise<PurgeCounts> {
  const now = deps.clock.now();
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const longestWindow = Math.max(THROTTLE_POLICY.account.windowMs, THROTTLE_POLICY.ip.windowMs);
  return {
    sessions: await deleteDeadSessions(deps.db, now, at(deps.settings.idleTimeoutMs)),
    throttles: await deleteSpentThrottles(deps.db, now, at(longestWindow)),
    loginStates: await deleteStaleLoginStates(deps.db, at(STATE_TTL_MS)),
    jobs: await deleteFinishedJobs(deps.db, {
      succeededBefore: at(SUCCEEDED_JOB_KEEP_MS),
      deadBefore: at(DEAD_JOB_KEEP_MS),
    }),
  };
}
