import { z } from "zod";
import { defineJobKind } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { remindExpiringTraining } from "./training.service.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminders before a training module expires (CORP-0068 §7.2: the annual refresher), for every
 * organisation, once a day; each expiry is reminded once (training_reminders), so a retried or
 * repeated run tells nobody twice.
 */
export const remindExpiringTrainingJob = defineJobKind({
  kind: "training.remind_expiring",
  label: "Remind people whose training is about to expire",
  payload: z.object({}).strict(),
  describe: () => "Tell each person whose training module expires within 30 days",
  retry: { maxAttempts: 3, baseDelayMs: 60_000 },
  async run({ deps }) {
    const organisations = await deps.db.selectFrom("organisations").select("id").execute();
    let sent = 0;
    for (const { id } of organisations) sent += await remindExpiringTraining(deps, id);
    deps.log.info({ sent }, "training reminders");
  },
});

export function trainingReminderSchedule(everyMs = DAY_MS): RecurringSchedule {
  return new RecurringSchedule(remindExpiringTrainingJob, everyMs, {});
}
