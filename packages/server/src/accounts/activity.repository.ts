import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

/** An account's activity (docs/accounts.md, "Dormancy"): replies sent from linked inbox accounts. */

/** The last reply sent from each register account's linked inbox accounts. */
export async function lastRepliesSent(db: Kysely<DB>, organisationId: string): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom("inbox_replies as r")
    .innerJoin("inbox_items as i", "i.id", "r.item_id")
    .innerJoin("inbox_accounts as a", "a.id", "i.account_id")
    .select(["a.registered_account_id", (eb) => eb.fn.max("r.sent_at").as("last")])
    .where("a.organisation_id", "=", organisationId)
    .where("a.registered_account_id", "is not", null)
    .where("r.status", "=", "sent")
    .groupBy("a.registered_account_id")
    .execute();
  const last = new Map<string, Date>();
  for (const r of rows)
    if (r.registered_account_id && r.last)
      last.set(r.registered_account_id, new Date(r.last as unknown as string));
  return last;
}

/** The organisation's inbox accounts, with the register account each is linked to. */
export async function inboxAccountsOf(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom("inbox_accounts")
    .select(["id", "platform", "name", "registered_account_id"])
    .where("organisation_id", "=", organisationId)
    .orderBy("platform")
    .orderBy("name")
    .execute();
}

/** Links (or with null unlinks) every inbox account of the organisation to a register account. */
export async function setInboxLink(
  db: Kysely<DB>,
  organisationId: string,
  registeredAccountId: string,
  inboxAccountId: string | null,
): Promise<boolean> {
  await db
    .updateTable("inbox_accounts")
    .set({ registered_account_id: null })
    .where("organisation_id", "=", organisationId)
    .where("registered_account_id", "=", registeredAccountId)
    .execute();
  if (inboxAccountId === null) return true;
  const linked = await db
    .updateTable("inbox_accounts")
    .set({ registered_account_id: registeredAccountId })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", inboxAccountId)
    .executeTakeFirst();
  return Number(linked.numUpdatedRows) > 0;
}
