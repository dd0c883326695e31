import { z } from "zod";
import { defineJobKind } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { vacuumBusyTables } from "./housekeeping.repository.js";
import { purgeExpiredRecords } from "./housekeeping.service.js";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The purge of expired records (housekeeping.service.ts), as a job: every worker
 * schedules it hourly and the hour's key makes it run once per hour, whichever
 * worker and however many. A failed purge is retried a few times; the next hour's
 * does the same work anyway.
 */
export const housekeepingJob = defineJobKind({
  kind: "housekeeping.purge",
  label:
    "Housekeeping: delete expired sessions, spent sign-in records and old finished jobs (and, on PGlite, vacuum the busy tables)",
  payload: z.object({}).strict(),
  retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 15 * 60 * 1000 },
  async run({ deps }) {
    const purged = await purgeExpiredRecords(deps);
    // PGlite has no autovacuum: the hour's purge keeps the busy tables' statistics current.
    if (deps.database.kind === "pglite") await vacuumBusyTables(deps.db);
    deps.log.info({ purged }, "housekeeping");
  },
});

export function housekeepingSchedule(everyMs = HOUR_MS): RecurringSchedule {
  return new RecurringSchedule(housekeepingJob, everyMs, {});
}
