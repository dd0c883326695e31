import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { DB } from "../db/schema.js";
import type { AccountsDeps } from "./account-requests.service.js";
import { lockAccount } from "./accounts.repository.js";
import { inboxAccountsOf, lastRepliesSent, setInboxLink } from "./activity.repository.js";
import { isoDay } from "./dates.js";

/**
 * An account's activity, for dormancy (RWT Attachment 2 §3.4: the account must be updated
 * frequently): the later of what was entered by hand and the last reply sent from the inbox
 * account linked to it. Quiet for the pack's `dormant.afterMonths`, the register flags it, and
 * the account page offers to mark it dormant, revive it or close it.
 */
export async function lastActivityOf(
  db: Kysely<DB>,
  organisationId: string,
  rows: readonly { id: string; last_activity_at: Date | null }[],
): Promise<Map<string, string>> {
  const replies = await lastRepliesSent(db, organisationId);
  const last = new Map<string, string>();
  for (const row of rows) {
    const times = [row.last_activity_at, replies.get(row.id) ?? null].filter((t): t is Date => t !== null);
    if (times.length > 0)
      last.set(row.id, isoDay(new Date(Math.max(...times.map((t) => new Date(t).getTime())))));
  }
  return last;
}

/** Activity entered by hand (a post published outside Parapet): audited. */
export async function recordActivity(deps: AccountsDeps, actor: OrganisationActor, id: string, on: string) {
  const now = deps.clock.now();
  if (on > isoDay(now)) throw new AppError("validation", "Activity cannot be recorded in the future.");
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockAccount(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
    const at = new Date(`${on}T12:00:00Z`);
    if (row.last_activity_at && new Date(row.last_activity_at) >= at)
      return { lastActivityOn: isoDay(new Date(row.last_activity_at)) };
    await trx
      .updateTable("registered_accounts")
      .set({ last_activity_at: at, updated_at: now })
      .where("id", "=", id)
      .execute();
    await deps.audit.record(trx, {
      actor,
      action: "account.activity_recorded",
      entity: { type: "registered_account", id },
      after: { lastActivityOn: on },
    });
    return { lastActivityOn: on };
  });
}

/** Links the inbox account that is this register account (or unlinks with null): audited. */
export async function linkInboxAccount(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  inboxAccountId: string | null,
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockAccount(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
    if (inboxAccountId !== null) {
      const inbox = (await inboxAccountsOf(trx, actor.organisationId)).find((a) => a.id === inboxAccountId);
      if (!inbox) throw new AppError("not_found", "There is no such inbox account in your organisation.");
      if (inbox.platform !== row.platform)
        throw new AppError("validation", "The inbox account is on another platform than this account.");
    }
    await setInboxLink(trx, actor.organisationId, id, inboxAccountId);
    await deps.audit.record(trx, {
      actor,
      action: "account.inbox_linked",
      entity: { type: "registered_account", id },
      after: { inboxAccount: inboxAccountId },
    });
    return { inboxAccount: inboxAccountId };
  });
}
