import type { Kysely, Selectable } from "kysely";
import type { DB, InboxAccountsTable } from "../db/schema.js";

export type AccountRow = Selectable<InboxAccountsTable>;

export async function insertAccount(
  trx: Kysely<DB>,
  account: {
    organisationId: string;
    platform: string;
    externalAccountId: string;
    name: string;
    settings: Record<string, unknown>;
    now: Date;
  },
): Promise<AccountRow> {
  return trx
    .insertInto("inbox_accounts")
    .values({
      organisation_id: account.organisationId,
      platform: account.platform,
      external_account_id: account.externalAccountId,
      name: account.name,
      settings: JSON.stringify(account.settings),
      created_at: account.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Any organisation's account by id: what a webhook's address names before anyone is signed in. */
export async function findAccountById(db: Kysely<DB>, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom("inbox_accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function accountsOf(db: Kysely<DB>, organisationId: string): Promise<AccountRow[]> {
  return db
    .selectFrom("inbox_accounts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("name")
    .execute();
}

export async function findAccountByExternalId(
  db: Kysely<DB>,
  organisationId: string,
  platform: string,
  externalAccountId: string,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom("inbox_accounts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .where("external_account_id", "=", externalAccountId)
    .executeTakeFirst();
}
