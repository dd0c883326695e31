import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { type AccountRules, accountRulesSchema } from "./inbox.schema.js";
import type { AccountRow } from "./inbox-accounts.repository.js";
import type { InboxPack } from "./inbox-pack.js";

/**
 * An account's own inbox rules, kept in its settings (`settings.rules`): whether replies wait for
 * a second person (null: the pack decides) and what is hidden automatically on arrival.
 */
export function rulesOf(account: Pick<AccountRow, "settings">): AccountRules {
  const parsed = accountRulesSchema.safeParse((account.settings as { rules?: unknown }).rules ?? {});
  return parsed.success ? parsed.data : accountRulesSchema.parse({});
}

/** Whether replies through this account wait for a second person, and who may give it. */
export async function approvalFor(
  deps: Pick<Deps, "db">,
  accountId: string,
  pack: InboxPack,
): Promise<{ required: boolean; roles: InboxPack["approval"]["roles"]; clause: string }> {
  const account = await deps.db
    .selectFrom("inbox_accounts")
    .select("settings")
    .where("id", "=", accountId)
    .executeTakeFirst();
  const own = account ? rulesOf(account).repliesNeedApproval : null;
  return {
    required: own ?? pack.approval.required,
    roles: pack.approval.roles,
    clause: pack.approval.clause,
  };
}

/** Sets an account's inbox rules: the settings and the audit row (old and new rules) in one transaction. */
export async function setAccountRules(
  deps: Pick<Deps, "db" | "clock" | "audit">,
  actor: OrganisationActor,
  accountId: string,
  rules: AccountRules,
): Promise<AccountRow> {
  return deps.db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom("inbox_accounts")
      .selectAll()
      .where("id", "=", accountId)
      .where("organisation_id", "=", actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!account) throw new AppError("not_found", "There is no such account connected to your inbox.");
    const before = rulesOf(account);
    const settings = { ...(account.settings as Record<string, unknown>), rules };
    const updated = await trx
      .updateTable("inbox_accounts")
      .set({ settings: JSON.stringify(settings) })
      .where("id", "=", accountId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await deps.audit.record(trx, {
      actor,
      action: "inbox.account_rules_changed",
      entity: { type: "inbox_account", id: accountId },
      before: { repliesNeedApproval: before.repliesNeedApproval, autoHide: before.autoHide },
      after: { repliesNeedApproval: rules.repliesNeedApproval, autoHide: rules.autoHide },
    });
    return updated;
  });
}
