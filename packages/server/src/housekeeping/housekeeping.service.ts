import type { ServiceDeps } from "../deps.js";
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
}

/**
 * Deletes what no longer does anything: dead sessions (their cookies are
 * refused anyway), failed-sign-in counts past their window, abandoned single
 * sign-on states. Holding them longer would only keep IP addresses and user
 * agents (sessions) for no purpose, which UK GDPR's storage limitation forbids.
 */
export async function purgeExpiredRecords(deps: ServiceDeps): Promise<PurgeCounts> {
  const now = deps.clock.now();
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const longestWindow = Math.max(THROTTLE_POLICY.account.windowMs, THROTTLE_POLICY.ip.windowMs);
  return {
    sessions: await deleteDeadSessions(deps.db, now, at(deps.settings.idleTimeoutMs)),
    throttles: await deleteSpentThrottles(deps.db, now, at(longestWindow)),
    loginStates: await deleteStaleLoginStates(deps.db, at(STATE_TTL_MS)),
  };
}
