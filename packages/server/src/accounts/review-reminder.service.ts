import { COMMUNICATIONS_ROLES, PLATFORM_LABELS, type Platform } from "@parapet/core";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { enqueueNotificationMail } from "../notifications/notification-mail.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import type { AccountsDeps } from "./account-requests.service.js";
import { peopleWithRoles } from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { dayOf, isoDay } from "./dates.js";
import { activeAdminIds } from "./reviews.repository.js";

/** When the pack does not say how long before (packs/<id>/accounts.yaml, review.remindDaysBefore). */
export const REVIEW_REMINDER_DEFAULT_DAYS = 30;

/**
 * Tells each live or dormant account's admins and the communications team, once per due date,
 * that its review falls due within the pack's days (RWT §9.2: reviewed every 12 months by its
 * owner and communications, each signing their part: reviews.service.ts). Overdue reviews are already flagged on the register; this is the
 * warning before. Returns the number of accounts reminded.
 */
export async function remindAccountReviews(deps: AccountsDeps, organisationId: string): Promise<number> {
  const pack = await accountsPackOf(deps.db, organisationId);
  const days = pack.review.remindDaysBefore ?? REVIEW_REMINDER_DEFAULT_DAYS;
  const now = deps.clock.now();
  const today = isoDay(now);
  const horizon = isoDay(new Date(now.getTime() + days * 24 * 60 * 60 * 1000));
  const due = await deps.db
    .selectFrom("registered_accounts")
    .select(["id", "platform", "handle", "next_review_on"])
    .where("organisation_id", "=", organisationId)
    .where("status", "in", ["live", "dormant"])
    .where("next_review_on", ">=", today)
    .where("next_review_on", "<=", horizon)
    .execute();
  let reminded = 0;
  for (const account of due) {
    const reviewOn = dayOf(account.next_review_on);
    if (!reviewOn) continue;
    await deps.db.transaction().execute(async (trx) => {
      if (!(await claimReviewReminder(trx, { organisationId, accountId: account.id, reviewOn, now }))) return;
      const admins = await activeAdminIds(trx, account.id);
      const comms = await peopleWithRoles(trx, organisationId, COMMUNICATIONS_ROLES);
      const platform = PLATFORM_LABELS[account.platform as Platform] ?? account.platform;
      const made = await insertNotifications(trx, {
        organisationId,
        userIds: [...new Set([...admins, ...comms])],
        kind: "account.review_due",
        title: `${account.handle} on ${platform} is due for review on ${reviewOn}`,
        body: `${account.handle} on ${platform}: its owner and communications review it by ${reviewOn} (${pack.review.clause}). You are reminded ${days} days before.`,
        itemId: null,
        now,
      });
      await enqueueNotificationMail(deps, trx, {
        organisationId,
        kind: "account_review",
        notifications: made,
        path: `/accounts/review?id=${account.id}`,
      });
      reminded += 1;
    });
  }
  return reminded;
}

async function claimReviewReminder(
  db: Kysely<DB>,
  r: { organisationId: string; accountId: string; reviewOn: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .insertInto("account_review_reminders")
    .values({
      account_id: r.accountId,
      review_on: r.reviewOn,
      organisation_id: r.organisationId,
      sent_at: r.now,
    })
    .onConflict((oc) => oc.columns(["account_id", "review_on"]).doNothing())
    .returning("account_id")
    .execute();
  return rows.length > 0;
}
