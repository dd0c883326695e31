import type { Role } from "@parapet/core";
import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

export interface PersonSummary {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  status: "active" | "deactivated";
  roles: Role[];
  hasPassword: boolean;
  secondFactor: boolean;
  anonymised: boolean;
  createdAt: Date;
}

export async function listPeople(db: Kysely<DB>, organisationId: string): Promise<PersonSummary[]> {
  const users = await db
    .selectFrom("users")
    .select([
      "id",
      "email",
      "display_name",
      "job_title",
      "status",
      "password_hash",
      "totp_enabled_at",
      "anonymised_at",
      "created_at",
    ])
    .where("organisation_id", "=", organisationId)
    .orderBy("display_name")
    .execute();
  const roles = await db
    .selectFrom("user_roles")
    .select(["user_id", "role"])
    .where("organisation_id", "=", organisationId)
    .orderBy("role")
    .execute();
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    jobTitle: u.job_title,
    status: u.status,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role as Role),
    hasPassword: u.password_hash !== null,
    secondFactor: u.totp_enabled_at !== null,
    anonymised: u.anonymised_at !== null,
    createdAt: u.created_at,
  }));
}

export async function replaceRoles(
  db: Kysely<DB>,
  user: { id: string; organisationId: string },
  roles: readonly Role[],
): Promise<void> {
  await db.deleteFrom("user_roles").where("user_id", "=", user.id).execute();
  if (roles.length === 0) return;
  await db
    .insertInto("user_roles")
    .values(roles.map((role) => ({ user_id: user.id, organisation_id: user.organisationId, role })))
    .execute();
}

export async function setUserStatus(
  db: Kysely<DB>,
  userId: string,
  status: "active" | "deactivated",
  now: Date,
): Promise<void> {
  await db.updateTable("users").set({ status, updated_at: now }).where("id", "=", userId).execute();
}

export async function setPasswordHash(db: Kysely<DB>, userId: string, passwordHash: string, now: Date) {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash, updated_at: now })
    .where("id", "=", userId)
    .execute();
}

export async function insertInvitation(
  db: Kysely<DB>,
  invitation: { tokenHash: string; userId: string; organisationId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("invitations")
    .values({
      token_hash: invitation.tokenHash,
      user_id: invitation.userId,
      organisation_id: invitation.organisationId,
      created_at: invitation.now,
      expires_at: invitation.expiresAt,
    })
    .execute();
}

/** The invitation, locked for this transaction so that it is used once. */
export async function lockInvitation(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function markInvitationUsed(db: Kysely<DB>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("invitations").set({ used_at: now }).where("token_hash", "=", tokenHash).execute();
}

export async function invitationsOf(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom("invitations")
    .select(["created_at", "expires_at", "used_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export async function sessionsOf(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom("sessions")
    .select(["created_at", "last_seen_at", "expires_at", "ip", "user_agent"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

/** Replaces what identifies a person; their id stays, so the audit chain still verifies. */
export async function anonymiseUserRow(db: Kysely<DB>, userId: string, now: Date): Promise<void> {
  await db
    .updateTable("users")
    .set({
      email: `anonymised-${userId}@invalid`,
      display_name: `Former member of staff ${userId.slice(0, 8)}`,
      job_title: null,
      password_hash: null,
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      external_subject: null,
      status: "deactivated",
      anonymised_at: now,
      updated_at: now,
    })
    .where("id", "=", userId)
    .execute();
  await db.deleteFrom("invitations").where("user_id", "=", userId).execute();
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/**
 * Gives the person's newest open invitation a new token hash (the e-mail carries the token)
 * and returns what its e-mail needs; undefined when none is open.
 */
export async function rotateOpenInvitation(trx: Kysely<DB>, userId: string, tokenHash: string, now: Date) {
  const open = await trx
    .selectFrom("invitations")
    .innerJoin("users", "users.id", "invitations.user_id")
    .innerJoin("organisations", "organisations.id", "invitations.organisation_id")
    .select([
      "invitations.token_hash",
      "invitations.expires_at",
      "users.email",
      "users.display_name",
      "organisations.name as organisation_name",
    ])
    .where("invitations.user_id", "=", userId)
    .where("invitations.used_at", "is", null)
    .where("invitations.expires_at", ">", now)
    .orderBy("invitations.created_at", "desc")
    .limit(1)
    .modifyEnd(sql`for update of invitations`)
    .executeTakeFirst();
  if (!open) return undefined;
  await trx
    .updateTable("invitations")
    .set({ token_hash: tokenHash })
    .where("token_hash", "=", open.token_hash)
    .execute();
  return open;
}
