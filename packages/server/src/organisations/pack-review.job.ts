import { z } from "zod";
import { defineJobKind } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { remindPolicyReviews } from "./pack-review.service.js";

/** Checked daily; each organisation is reminded at most once a calendar month. */
export const remindPolicyReviewsJob = defineJobKind({
  kind: "policy.remind_review",
  label: "Remind heads of communications of policies past their review date",
  payload: z.object({}).strict(),
  describe: () => "Tell the head of communications when the policy behind the pack is past its review date",
  retry: { maxAttempts: 3, baseDelayMs: 60_000 },
  async run({ deps }) {
    deps.log.info({ told: await remindPolicyReviews(deps) }, "policy review reminders");
  },
});

export function policyReviewSchedule(everyMs = 24 * 60 * 60 * 1000): RecurringSchedule {
  return new RecurringSchedule(remindPolicyReviewsJob, everyMs, {});
}
