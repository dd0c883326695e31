import { AppError } from "@parapet/core";
import { PLATFORM_CONNECTIONS } from "@parapet/core/inbox";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { secretAccount } from "./connector-for-account.js";
import {
  type AccountRow,
  accountsOf,
  findAccountByExternalId,
  insertAccount,
} from "./inbox-accounts.repository.js";

/** The secrets each wired platform takes (docs/connectors.md "Settings"); never returned by the API. */
export const ACCOUNT_SECRETS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(PLATFORM_CONNECTIONS).map(([platform, c]) => [platform, c.secrets.map((s) => s.name)]),
);

export interface ConnectAccountInput {
  platform: string;
  externalAccountId: string;
  name: string;
  settings: {
    baseUrl?: string | undefined;
    graphVersion?: string | undefined;
    pageId?: string | undefined;
    identifier?: string | undefined;
    clientId?: string | undefined;
  };
  secrets: Readonly<Record<string, string>>;
}

/**
 * Connects one of the organisation's platform accounts: the row, its secrets (encrypted), and
 * the audit row (which names the secrets stored, never their values) in one transaction.
 */
export async function connectAccount(
  deps: Pick<Deps, "db" | "clock" | "audit" | "secrets">,
  actor: OrganisationActor,
  input: ConnectAccountInput,
): Promise<AccountRow> {
  const names = ACCOUNT_SECRETS[input.platform];
  if (!names)
    throw new AppError("validation", `Parapet cannot connect ${input.platform} accounts to the inbox yet.`);
  const unknown = Object.keys(input.secrets).filter((name) => !names.includes(name));
  if (unknown.length > 0)
    throw new AppError(
      "validation",
      `Unknown secret(s) for ${input.platform}: ${unknown.join(", ")}. Expected: ${names.join(", ")}.`,
    );
  return deps.db.transaction().execute(async (trx) => {
    if (await findAccountByExternalId(trx, actor.organisationId, input.platform, input.externalAccountId))
      throw new AppError("conflict", "That account is connected already.");
    const settings = Object.fromEntries(Object.entries(input.settings).filter(([, v]) => v !== undefined));
    const account = await insertAccount(trx, {
      organisationId: actor.organisationId,
      platform: input.platform,
      externalAccountId: input.externalAccountId,
      name: input.name,
      settings,
      now: deps.clock.now(),
    });
    for (const [name, value] of Object.entries(input.secrets))
      await deps.secrets.store(
        trx,
        { organisationId: actor.organisationId, account: secretAccount(account), name },
        value,
      );
    await deps.audit.record(trx, {
      actor,
      action: "inbox.account_connected",
      entity: { type: "inbox_account", id: account.id },
      after: { platform: input.platform, secrets: Object.keys(input.secrets).sort() },
    });
    return account;
  });
}

export async function listAccounts(deps: Pick<Deps, "db">, actor: OrganisationActor): Promise<AccountRow[]> {
  return accountsOf(deps.db, actor.organisationId);
}
