import { z } from "zod";
import { defineJobKind } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { remindAccountReviews } from "./review-reminder.service.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminders before a registered account's review falls due, for every organisation, once a
 * day; each due date is reminded once (account_review_reminders), so a retried or repeated
 * run tells nobody twice.
 */
export const remindAccountReviewsJob = defineJobKind({
  kind: "accounts.remind_review",
  label: "Remind people whose account is due for review",
  payload: z.object({}).strict(),
  describe: () => "Tell each account's admins and communications that its review falls due soon",
  retry: { maxAttempts: 3, baseDelayMs: 60_000 },
  async run({ deps }) {
    const organisations = await deps.db.selectFrom("organisations").select("id").execute();
    let reminded = 0;
    for (const { id } of organisations) reminded += await remindAccountReviews(deps, id);
    deps.log.info({ reminded }, "account review reminders");
  },
});

export function reviewReminderSchedule(everyMs = DAY_MS): RecurringSchedule {
  return new RecurringSchedule(remindAccountReviewsJob, everyMs, {});
}
