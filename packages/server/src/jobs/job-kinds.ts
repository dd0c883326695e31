import { remindAccountReviewsJob, reviewReminderSchedule } from "../accounts/review-reminder.job.js";
import { remindExpiringTrainingJob, trainingReminderSchedule } from "../accounts/training.job.js";
import { findUnofficialAccountsJob, unofficialAccountsSchedule } from "../accounts/unofficial.job.js";
import { housekeepingJob, housekeepingSchedule } from "../housekeeping/housekeeping.job.js";
import { escalateOverdueJob, escalationSchedule } from "../inbox/escalation.js";
import { moderateItemJob } from "../inbox/moderation.job.js";
import { pollAccountJob, pollDueAccountsJob, pollSchedule } from "../inbox/poll.job.js";
import { sendReplyJob } from "../inbox/reply.job.js";
import { triageDeliveryJob, triageItemJob } from "../inbox/triage.job.js";
import { sendMailJob } from "../mail/mail.job.js";
import { policyReviewSchedule, remindPolicyReviewsJob } from "../organisations/pack-review.job.js";
import { type JobKind, JobRegistry } from "./job-kind.js";
import type { RecurringSchedule } from "./schedules.js";

/**
 * Every kind of job Parapet runs. A new side effect (send an e-mail, notify
 * people, call a platform) is a new kind here: a zod schema for its payload and
 * a handler (docs/jobs.md).
 */
export const JOB_KINDS: readonly JobKind[] = [
  housekeepingJob,
  triageItemJob,
  triageDeliveryJob,
  sendReplyJob,
  moderateItemJob,
  pollAccountJob,
  pollDueAccountsJob,
  escalateOverdueJob,
  sendMailJob,
  remindExpiringTrainingJob,
  remindPolicyReviewsJob,
  findUnofficialAccountsJob,
  remindAccountReviewsJob,
];

export function createJobRegistry(extra: readonly JobKind[] = []): JobRegistry {
  return new JobRegistry([...JOB_KINDS, ...extra]);
}

/** What every worker enqueues on its own, on the clock. */
export function defaultSchedules(): RecurringSchedule[] {
  return [
    housekeepingSchedule(),
    pollSchedule(),
    escalationSchedule(),
    trainingReminderSchedule(),
    policyReviewSchedule(),
    unofficialAccountsSchedule(),
    reviewReminderSchedule(),
  ];
}
