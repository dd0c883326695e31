import { AppError, type ResolvedPack, summarisePack } from "@parapet/core";
import type { Kysely } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import { peopleWithRoles } from "../inbox/inbox.repository.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { packDirectory } from "../packs/load-packs-from-disk.js";
import { findOrganisationById } from "./organisations.repository.js";

/**
 * Policy review dates: every pack carries its policy's next review date (pack.yaml
 * `nextReviewDate`). Once it has passed, the rules Parapet applies may no longer be the trust's
 * current policy, so the home page says so and the head of communications is reminded monthly.
 */
type PackReviewDeps = { db: Kysely<DB>; clock: Clock };

function reviewOf(packId: string, today: string) {
  const resolved = packDirectory().resolved(packId);
  if (!resolved) return null;
  const pack = summarisePack(resolved as ResolvedPack);
  return {
    document: pack.document,
    organisation: pack.organisation,
    version: pack.version,
    nextReviewDate: pack.nextReviewDate,
    overdue: pack.nextReviewDate < today,
  };
}

/** The caller's pack and whether its policy is past its review date. */
export async function packReview(deps: PackReviewDeps, actor: OrganisationActor) {
  const organisation = await findOrganisationById(deps.db, actor.organisationId);
  if (!organisation) throw new AppError("not_found", "Your organisation no longer exists.");
  const review = reviewOf(organisation.pack_id, deps.clock.now().toISOString().slice(0, 10));
  if (!review) throw new AppError("not_found", "Your organisation's policy pack is not on this server.");
  return review;
}

/** Reminds each organisation's head of communications, once a calendar month, of an overdue review. */
export async function remindPolicyReviews(deps: PackReviewDeps): Promise<number> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const organisations = await deps.db.selectFrom("organisations").select(["id", "pack_id"]).execute();
  let told = 0;
  for (const organisation of organisations) {
    const review = reviewOf(organisation.pack_id, today);
    if (!review?.overdue) continue;
    await deps.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto("policy_review_reminders")
        .values({ organisation_id: organisation.id, month, pack_id: organisation.pack_id, sent_at: now })
        .onConflict((oc) => oc.columns(["organisation_id", "month"]).doNothing())
        .returning("month")
        .execute();
      if (claimed.length === 0) return;
      const heads = await peopleWithRoles(trx, organisation.id, ["head_of_communications"]);
      const made = await insertNotifications(trx, {
        organisationId: organisation.id,
        userIds: heads.map((h) => h.id),
        kind: `policy.review_overdue.${month.replace("-", "_")}`,
        title: `${review.document} was due for review on ${review.nextReviewDate}`,
        body: `Parapet applies ${review.organisation}'s policy as version ${review.version}. Check it is still current, and update the pack once the policy is reviewed.`,
        itemId: null,
        now,
      });
      told += made.length;
    });
  }
  return told;
}
