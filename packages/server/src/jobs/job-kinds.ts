import { housekeepingJob, housekeepingSchedule } from "../housekeeping/housekeeping.job.js";
import { type JobKind, JobRegistry } from "./job-kind.js";
import type { RecurringSchedule } from "./schedules.js";

/**
 * Every kind of job Parapet runs. A new side effect (send an e-mail, notify
 * people, call a platform) is a new kind here: a zod schema for its payload and
 * a handler (docs/jobs.md).
 */
export const JOB_KINDS: readonly JobKind[] = [housekeepingJob];

export function createJobRegistry(extra: readonly JobKind[] = []): JobRegistry {
  return new JobRegistry([...JOB_KINDS, ...extra]);
}

/** What every worker enqueues on its own, on the clock. */
export function defaultSchedules(): RecurringSchedule[] {
  return [housekeepingSchedule()];
}
