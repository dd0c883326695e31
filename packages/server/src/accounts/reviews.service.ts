import {
  AppError,
  accountReviewWorkflow,
  COMMUNICATIONS_ROLES,
  PLATFORM_LABELS,
  type Platform,
  REVIEW_PARTS,
  REVIEW_STATE_LABELS,
  type ReviewContext,
  type ReviewPart,
  type ReviewState,
  reviewEventFor,
  rolesAllow,
} from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { enqueueNotificationMail } from "../notifications/notification-mail.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import type { AccountsDeps } from "./account-requests.service.js";
import { insertTransition, lockAccount, peopleWithRoles, updateAccount } from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { addMonths, dayOf, isoDay } from "./dates.js";
import { REVIEW_REMINDER_DEFAULT_DAYS } from "./review-reminder.service.js";
import {
  accountForReview,
  activeAdminIds,
  completeReview,
  insertReview,
  openReview,
  reviewsOf,
  reviewsToSign,
} from "./reviews.repository.js";

/**
 * An account's periodic review, in two parts (issue 15: "each live account reviewed every 12
 * months by its owner and communications"): an admin of the account signs for the team that
 * owns it, and the communications team signs its part; the review is complete only when both
 * have, and one person cannot sign both (review-workflow.ts). Each signature is one transaction
 * with its history row, its audit row and the notification (and e-mail) to the other party;
 * the second signature sets the last review to today and the next to the pack's interval on.
 * What each part stands for and its clause are the pack's (`review.owner`, `review.communications`).
 */

const notFound = () => new AppError("not_found", "There is no such account in your organisation's register.");

function personOf(actor: OrganisationActor): { id: string; roles: readonly string[] } {
  if (actor.kind !== "user" || !actor.id)
    throw new AppError("forbidden", "A person signs a review, never an API token.");
  return { id: actor.id, roles: actor.roles };
}

function contextOf(
  adminIds: readonly string[],
  open: { owner_signed_by: string | null; communications_signed_by: string | null } | undefined,
): ReviewContext {
  return {
    adminIds,
    ownerSignedBy: open?.owner_signed_by ?? null,
    communicationsSignedBy: open?.communications_signed_by ?? null,
  };
}

/** The review as the account's page shows it: each part, who signed it, and what this person may sign. */
export async function reviewView(deps: AccountsDeps, actor: OrganisationActor, accountId: string) {
  const account = await accountForReview(deps.db, actor.organisationId, accountId);
  if (!account) throw notFound();
  const adminIds = await activeAdminIds(deps.db, accountId);
  // The register's readers see every account's review; an account's own admins see theirs.
  if (!rolesAllow("accounts.register.read", actor.roles) && !(actor.id && adminIds.includes(actor.id)))
    throw notFound();
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const reviews = await reviewsOf(deps.db, actor.organisationId, accountId, 6);
  const open = reviews.find((r) => r.completed_at === null);
  const state: ReviewState = open?.state ?? "due";
  const ctx = contextOf(adminIds, open);
  const person = actor.kind === "user" && actor.id ? { id: actor.id, roles: actor.roles } : null;
  const signable =
    account.status === "closed" || !person
      ? []
      : REVIEW_PARTS.filter(
          (part) => accountReviewWorkflow.check(state, reviewEventFor(state, part), person, ctx).ok,
        );
  const signature = (r: (typeof reviews)[number] | undefined, part: ReviewPart) => {
    const at = part === "owner" ? r?.owner_signed_at : r?.communications_signed_at;
    if (!r || !at) return null;
    return {
      by: (part === "owner" ? r.owner_name : r.communications_name) ?? "",
      at: new Date(at).toISOString(),
      note: (part === "owner" ? r.owner_note : r.communications_note) || null,
    };
  };
  return {
    account: {
      id: account.id,
      name: account.name,
      handle: account.handle,
      platform: account.platform,
      status: account.status,
    },
    state,
    stateLabel: REVIEW_STATE_LABELS[state],
    lastReviewOn: dayOf(account.last_review_on),
    nextReviewOn: dayOf(account.next_review_on),
    intervalMonths: pack.review.intervalMonths,
    clause: pack.review.clause,
    parts: REVIEW_PARTS.map((part) => ({
      part,
      title: pack.review[part].title,
      clause: pack.review[part].clause,
      signed: signature(open, part),
    })),
    signable,
    past: reviews
      .filter((r) => r.completed_at !== null)
      .map((r) => ({
        completedAt: new Date(r.completed_at as Date).toISOString(),
        owner: signature(r, "owner"),
        communications: signature(r, "communications"),
      })),
  };
}

/** Signs one part of the account's review; the second part completes it. */
export async function signReview(
  deps: AccountsDeps,
  actor: OrganisationActor,
  accountId: string,
  input: { part: ReviewPart; note?: string | undefined },
) {
  const person = personOf(actor);
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const note = input.note?.trim() ?? "";
  return deps.db.transaction().execute(async (trx) => {
    const account = await lockAccount(trx, actor.organisationId, accountId);
    if (!account) throw notFound();
    const adminIds = await activeAdminIds(trx, accountId);
    if (!rolesAllow("accounts.register.read", person.roles) && !adminIds.includes(person.id))
      throw notFound();
    if (account.status === "closed")
      throw new AppError("invalid_transition", "A closed account is not reviewed.");
    const open = await openReview(trx, accountId);
    const from: ReviewState = open?.state ?? "due";
    const event = reviewEventFor(from, input.part);
    const to = accountReviewWorkflow.transition(from, event, person, contextOf(adminIds, open));
    const now = deps.clock.now();
    const signed = { part: input.part, by: person.id, at: now, note };
    if (open) await completeReview(trx, open.id, signed);
    else
      await insertReview(trx, {
        ...signed,
        organisationId: actor.organisationId,
        accountId,
        dueOn: dayOf(account.next_review_on),
        state: to as "owner_signed" | "communications_signed",
      });
    await insertTransition(trx, {
      organisationId: actor.organisationId,
      entityType: "account",
      entityId: accountId,
      event,
      from,
      to,
      actor,
      reasons: note || null,
      at: now,
    });
    await deps.audit.record(trx, {
      actor,
      action: "account.review_signed",
      entity: { type: "registered_account", id: accountId },
      before: { review: from },
      after: { part: input.part, review: to },
    });
    const platform = PLATFORM_LABELS[account.platform as Platform] ?? account.platform;
    if (to === "complete") {
      const next = isoDay(addMonths(now, pack.review.intervalMonths));
      await updateAccount(trx, accountId, { lastReviewOn: isoDay(now), nextReviewOn: next, now });
      await deps.audit.record(trx, {
        actor,
        action: "account.reviewed",
        entity: { type: "registered_account", id: accountId },
        after: { nextReviewOn: next },
      });
      return { state: to, nextReviewOn: next };
    }
    // The other party is asked for their part, in the app and by e-mail.
    const others =
      input.part === "owner"
        ? await peopleWithRoles(trx, actor.organisationId, COMMUNICATIONS_ROLES)
        : adminIds;
    const other = input.part === "owner" ? "communications" : "owner";
    const made = await insertNotifications(trx, {
      organisationId: actor.organisationId,
      userIds: others.filter((id) => id !== person.id),
      kind: "account.review_signature",
      title: `${account.handle} on ${platform}: its review waits for your signature`,
      body: `${account.handle} on ${platform}: ${pack.review[input.part].title} has signed its review; ${pack.review[other].title} signs the other part (${pack.review[other].clause}).`,
      itemId: null,
      now,
    });
    await enqueueNotificationMail(deps, trx, {
      organisationId: actor.organisationId,
      kind: "account_review",
      notifications: made,
      path: `/accounts/review?id=${accountId}`,
    });
    return { state: to, nextReviewOn: dayOf(account.next_review_on) };
  });
}

/**
 * The reviews waiting for this person's part ("Waiting for me"): live or dormant accounts whose
 * review is under way or falls due within the pack's reminder days (or is overdue), where the
 * workflow would let them sign a part now.
 */
export async function reviewsWaitingFor(deps: AccountsDeps, actor: OrganisationActor) {
  if (actor.kind !== "user" || !actor.id) return { reviews: [] };
  const person = { id: actor.id, roles: actor.roles };
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const days = pack.review.remindDaysBefore ?? REVIEW_REMINDER_DEFAULT_DAYS;
  const horizon = isoDay(new Date(deps.clock.now().getTime() + days * 24 * 60 * 60 * 1000));
  const rows = await reviewsToSign(deps.db, {
    organisationId: actor.organisationId,
    userId: actor.id,
    communications: COMMUNICATIONS_ROLES.some((r) => actor.roles.includes(r)),
    horizon,
  });
  const reviews = [];
  for (const row of rows) {
    const state: ReviewState = row.review_state ?? "due";
    const ctx = contextOf(row.admin_ids, row);
    const parts = REVIEW_PARTS.filter(
      (part) => accountReviewWorkflow.check(state, reviewEventFor(state, part), person, ctx).ok,
    );
    if (parts.length === 0) continue;
    reviews.push({
      accountId: row.id,
      name: row.name,
      handle: row.handle,
      platform: row.platform,
      nextReviewOn: dayOf(row.next_review_on),
      state,
      stateLabel: REVIEW_STATE_LABELS[state],
      parts: parts.map((part) => pack.review[part].title),
    });
  }
  return { reviews };
}
