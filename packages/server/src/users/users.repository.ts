import { isRole, type Role } from "@parapet/core";
import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

export interface UserRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  packId: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  status: "active" | "deactivated";
  passwordHash: string | null;
  roles: Role[];
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  externalSubject: string | null;
  anonymisedAt: Date | null;
  createdAt: Date;
}

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom("users")
    .innerJoin("organisations", "organisations.id", "users.organisation_id")
    .select([
      "users.id",
      "users.organisation_id",
      "organisations.name as organisation_name",
      "organisations.slug as organisation_slug",
      "organisations.pack_id",
      "users.email",
      "users.display_name",
      "users.job_title",
      "users.status",
      "users.password_hash",
      "users.totp_secret",
      "users.totp_enabled_at",
      "users.totp_last_step",
      "users.external_subject",
      "users.anonymised_at",
      "users.created_at",
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>["executeTakeFirstOrThrow"]>>;

function toRecord(row: BaseRow, roles: readonly string[]): UserRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationSlug: row.organisation_slug,
    packId: row.pack_id,
    email: row.email,
    displayName: row.display_name,
    jobTitle: row.job_title,
    status: row.status,
    passwordHash: row.password_hash,
    roles: roles.filter(isRole),
    totpSecret: row.totp_secret,
    totpEnabledAt: row.totp_enabled_at,
    totpLastStep: row.totp_last_step,
    externalSubject: row.external_subject,
    anonymisedAt: row.anonymised_at,
    createdAt: row.created_at,
  };
}

async function withRoles(db: Kysely<DB>, row: BaseRow | undefined): Promise<UserRecord | undefined> {
  if (!row) return undefined;
  const roles = await db
    .selectFrom("user_roles")
    .select("role")
    .where("user_id", "=", row.id)
    .orderBy("role")
    .execute();
  return toRecord(
    row,
    roles.map((r) => r.role),
  );
}

/**
 * A session and its person in one query (the guard runs this on every signed-in
 * request, so one round trip instead of three).
 */
export async function findSessionWithUser(db: Kysely<DB>, sessionId: string) {
  const row = await baseQuery(db)
    .innerJoin("sessions", "sessions.user_id", "users.id")
    .select([
      "sessions.csrf_token",
      "sessions.last_seen_at",
      "sessions.expires_at",
      sql<
        string[] | null
      >`(select array_agg(r.role order by r.role) from user_roles r where r.user_id = users.id)`.as("roles"),
    ])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    user: toRecord(row, row.roles ?? []),
  };
}

/**
 * The account with this address, in the given organisation (by id or by its short name),
 * or, without one, the address's first account: active before deactivated, with a
 * password before without, oldest first. An address may have an account in each of
 * several organisations; sign-in then names the organisation to reach any but the first.
 */
export async function findUserByEmail(
  db: Kysely<DB>,
  email: string,
  within: { organisationId?: string | undefined; organisationSlug?: string | undefined } = {},
): Promise<UserRecord | undefined> {
  let q = baseQuery(db).where((eb) => eb(eb.fn("lower", ["users.email"]), "=", email.trim().toLowerCase()));
  if (within.organisationId !== undefined) q = q.where("users.organisation_id", "=", within.organisationId);
  if (within.organisationSlug !== undefined)
    q = q.where("organisations.slug", "=", within.organisationSlug.trim().toLowerCase());
  const row = await q
    .orderBy(sql`users.status = 'active'`, "desc")
    .orderBy(sql`users.password_hash is not null`, "desc")
    .orderBy("users.created_at")
    .orderBy("users.id")
    .limit(1)
    .executeTakeFirst();
  return withRoles(db, row);
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRecord | undefined> {
  return withRoles(db, await baseQuery(db).where("users.id", "=", id).executeTakeFirst());
}

/** A user of this organisation, or nothing: another trust's ids look exactly like ids that do not exist. */
export async function findUserInOrganisation(
  db: Kysely<DB>,
  organisationId: string,
  id: string,
): Promise<UserRecord | undefined> {
  if (!UUID.test(id)) return undefined;
  return withRoles(
    db,
    await baseQuery(db)
      .where("users.id", "=", id)
      .where("users.organisation_id", "=", organisationId)
      .executeTakeFirst(),
  );
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findUserBySubject(db: Kysely<DB>, organisationId: string, subject: string) {
  return withRoles(
    db,
    await baseQuery(db)
      .where("users.organisation_id", "=", organisationId)
      .where("users.external_subject", "=", subject)
      .executeTakeFirst(),
  );
}

export interface NewUser {
  organisationId: string;
  email: string;
  displayName: string;
  jobTitle?: string;
  passwordHash: string | null;
  roles: readonly Role[];
  externalSubject?: string;
}

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<string> {
  const { id } = await db
    .insertInto("users")
    .values({
      organisation_id: user.organisationId,
      email: user.email,
      display_name: user.displayName,
      job_title: user.jobTitle ?? null,
      password_hash: user.passwordHash,
      external_subject: user.externalSubject ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (user.roles.length > 0) {
    await db
      .insertInto("user_roles")
      .values(user.roles.map((role) => ({ user_id: id, organisation_id: user.organisationId, role })))
      .execute();
  }
  return id;
}
