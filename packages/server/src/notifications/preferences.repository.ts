import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

export const ALERT_KINDS = ["crisis", "threat"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * The account register's notifications a person may choose e-mail for (docs/notifications.md):
 * in the app they are always on; e-mail is on until the person turns it off.
 */
export const REGISTER_MAIL_KINDS = [
  "account_request",
  "account_review",
  "account_handover",
  "training_expiring",
] as const;
export type RegisterMailKind = (typeof REGISTER_MAIL_KINDS)[number];

export const REGISTER_MAIL_KIND_LABELS: Readonly<Record<RegisterMailKind, { label: string; hint: string }>> =
  {
    account_request: {
      label: "Account requests",
      hint: "A request waiting for your endorsement, review or approval, and what became of your own",
    },
    account_review: {
      label: "Account reviews",
      hint: "An account you look after is due for review, or waits for your part of its sign-off",
    },
    account_handover: {
      label: "Handovers",
      hint: "An account to take over from someone who is leaving",
    },
    training_expiring: {
      label: "Training about to expire",
      hint: "A module you need as an approved user is about to run out",
    },
  };

export type PreferenceKind = AlertKind | RegisterMailKind;
export const PREFERENCE_KINDS = [...ALERT_KINDS, ...REGISTER_MAIL_KINDS] as const;

/** The person's stored choices; a kind with no row means e-mail on. */
export async function emailChoices(db: Kysely<DB>, userId: string): Promise<Map<PreferenceKind, boolean>> {
  const rows = await db
    .selectFrom("notification_preferences")
    .select(["kind", "email"])
    .where("user_id", "=", userId)
    .execute();
  return new Map(rows.map((r) => [r.kind, r.email]));
}

/** Of these people, those who have turned e-mail for this kind off. */
export async function emailTurnedOff(
  db: Kysely<DB>,
  kind: PreferenceKind,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("notification_preferences")
    .select("user_id")
    .where("kind", "=", kind)
    .where("email", "=", false)
    .where("user_id", "in", userIds as string[])
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

export async function saveEmailChoice(
  trx: Kysely<DB>,
  c: { userId: string; organisationId: string; kind: PreferenceKind; email: boolean; now: Date },
): Promise<void> {
  await trx
    .insertInto("notification_preferences")
    .values({
      user_id: c.userId,
      organisation_id: c.organisationId,
      kind: c.kind,
      email: c.email,
      updated_at: c.now,
    })
    .onConflict((oc) => oc.columns(["user_id", "kind"]).doUpdateSet({ email: c.email, updated_at: c.now }))
    .execute();
}

/**
 * Serialises changes of preferences within one organisation for the rest of the transaction,
 * so that two people turning their e-mail off at once cannot both count on the other.
 */
export async function lockOrganisationPreferences(trx: Kysely<DB>, organisationId: string): Promise<void> {
  await sql`select id from organisations where id = ${organisationId} for update`.execute(trx);
}
