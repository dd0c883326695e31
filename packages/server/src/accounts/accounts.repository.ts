import { type Kysely, sql } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { DB } from "../db/schema.js";

/** The account register's SQL (docs/accounts.md). */

export async function insertRequest(
  db: Kysely<DB>,
  row: { organisationId: string; requesterId: string; form: object; lineManagerId: string | null; now: Date },
): Promise<string> {
  const inserted = await db
    .insertInto("account_requests")
    .values({
      organisation_id: row.organisationId,
      requester_id: row.requesterId,
      line_manager_id: row.lineManagerId,
      state: "draft",
      form: JSON.stringify(row.form),
      created_at: row.now,
      updated_at: row.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export type RequestRow = Awaited<ReturnType<typeof lockRequest>> & object;

export async function lockRequest(db: Kysely<DB>, organisationId: string, id: string) {
  return db
    .selectFrom("account_requests")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findRequest(db: Kysely<DB>, organisationId: string, id: string) {
  return db
    .selectFrom("account_requests")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function updateRequest(
  db: Kysely<DB>,
  id: string,
  change: {
    state?: string;
    form?: object;
    setup?: object;
    lineManagerId?: string | null;
    reasons?: string | null;
    accountId?: string;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable("account_requests")
    .set({
      updated_at: change.now,
      ...(change.state ? { state: change.state } : {}),
      ...(change.form ? { form: JSON.stringify(change.form) } : {}),
      ...(change.setup ? { setup: JSON.stringify(change.setup) } : {}),
      ...(change.lineManagerId !== undefined ? { line_manager_id: change.lineManagerId } : {}),
      ...(change.reasons !== undefined ? { reasons: change.reasons } : {}),
      ...(change.accountId ? { account_id: change.accountId } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** Requests a person made, or that wait on them (by state), newest first. */
export async function listRequests(
  db: Kysely<DB>,
  organisationId: string,
  filter: { requesterId?: string; lineManagerId?: string; states?: readonly string[] },
) {
  let query = db
    .selectFrom("account_requests as r")
    .innerJoin("users as u", "u.id", "r.requester_id")
    .select([
      "r.id",
      "r.state",
      "r.form",
      "r.requester_id",
      "r.line_manager_id",
      "r.updated_at",
      "u.display_name",
    ])
    .where("r.organisation_id", "=", organisationId);
  if (filter.requesterId) query = query.where("r.requester_id", "=", filter.requesterId);
  if (filter.lineManagerId) query = query.where("r.line_manager_id", "=", filter.lineManagerId);
  if (filter.states) {
    if (filter.states.length === 0) return [];
    query = query.where("r.state", "in", filter.states as string[]);
  }
  return query.orderBy("r.updated_at", "desc").orderBy("r.id").limit(500).execute();
}

export async function insertTransition(
  db: Kysely<DB>,
  t: {
    organisationId: string;
    entityType: "request" | "account" | "unofficial";
    entityId: string;
    event: string;
    from: string | null;
    to: string;
    actor: OrganisationActor;
    reasons: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto("account_transitions")
    .values({
      organisation_id: t.organisationId,
      entity_type: t.entityType,
      entity_id: t.entityId,
      event: t.event,
      from_state: t.from,
      to_state: t.to,
      actor_kind: t.actor.kind,
      actor_id: t.actor.kind === "user" ? t.actor.id : null,
      reasons: t.reasons,
      at: t.at,
    })
    .execute();
}

export async function transitionsOf(db: Kysely<DB>, organisationId: string, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom("account_transitions as t")
    .leftJoin("users as u", "u.id", "t.actor_id")
    .select(["t.entity_type", "t.event", "t.from_state", "t.to_state", "t.reasons", "t.at", "u.display_name"])
    .where("t.organisation_id", "=", organisationId)
    .where("t.entity_id", "in", entityIds as string[])
    .orderBy("t.seq")
    .execute();
}

/** Active people of the organisation holding any of these roles. */
export async function peopleWithRoles(db: Kysely<DB>, organisationId: string, roles: readonly string[]) {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom("user_roles as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .select("u.id")
    .distinct()
    .where("r.organisation_id", "=", organisationId)
    .where("r.role", "in", roles as string[])
    .where("u.status", "=", "active")
    .execute();
  return rows.map((r) => r.id);
}

export async function peopleByIds(db: Kysely<DB>, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("users as u")
    .select([
      "u.id",
      "u.display_name",
      "u.email",
      "u.status",
      sql<
        string[]
      >`coalesce((select array_agg(role order by role) from user_roles r where r.user_id = u.id), '{}')`.as(
        "roles",
      ),
    ])
    .where("u.organisation_id", "=", organisationId)
    .where("u.id", "in", ids as string[])
    .execute();
}

export async function peopleByEmails(db: Kysely<DB>, organisationId: string, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom("users")
    .select(["id", "email", "status"])
    .where("organisation_id", "=", organisationId)
    .where(
      sql<string>`lower(email)`,
      "in",
      emails.map((e) => e.toLowerCase()),
    )
    .execute();
}

export async function insertAccount(
  db: Kysely<DB>,
  a: {
    organisationId: string;
    platform: string;
    handle: string;
    name: string;
    url: string | null;
    purpose: string;
    owningService: string;
    kind: "official" | "devolved";
    status: "requested" | "live" | "dormant" | "suspended" | "closed";
    credentialsLocation: string | null;
    lastReviewOn: string | null;
    nextReviewOn: string | null;
    now: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto("registered_accounts")
    .values({
      organisation_id: a.organisationId,
      platform: a.platform,
      handle: a.handle,
      name: a.name,
      url: a.url,
      purpose: a.purpose,
      owning_service: a.owningService,
      kind: a.kind,
      status: a.status,
      credentials_location: a.credentialsLocation,
      last_review_on: a.lastReviewOn,
      next_review_on: a.nextReviewOn,
      created_at: a.now,
      updated_at: a.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findAccountByHandle(
  db: Kysely<DB>,
  organisationId: string,
  platform: string,
  handle: string,
) {
  return db
    .selectFrom("registered_accounts")
    .select(["id"])
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .where(sql<string>`lower(handle)`, "=", handle.toLowerCase())
    .executeTakeFirst();
}

export async function lockAccount(db: Kysely<DB>, organisationId: string, id: string) {
  return db
    .selectFrom("registered_accounts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateAccount(
  db: Kysely<DB>,
  id: string,
  change: {
    status?: "requested" | "live" | "dormant" | "suspended" | "closed";
    credentialsLocation?: string;
    lastReviewOn?: string;
    nextReviewOn?: string;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable("registered_accounts")
    .set({
      updated_at: change.now,
      ...(change.status ? { status: change.status } : {}),
      ...(change.credentialsLocation !== undefined
        ? { credentials_location: change.credentialsLocation }
        : {}),
      ...(change.lastReviewOn ? { last_review_on: change.lastReviewOn } : {}),
      ...(change.nextReviewOn ? { next_review_on: change.nextReviewOn } : {}),
    })
    .where("id", "=", id)
    .execute();
}

export async function addAccountPeople(
  db: Kysely<DB>,
  accountId: string,
  people: readonly { userId: string; role: "admin" | "approved_user" }[],
  now: Date,
): Promise<number> {
  if (people.length === 0) return 0;
  const rows = await db
    .insertInto("account_people")
    .values(people.map((p) => ({ account_id: accountId, user_id: p.userId, role: p.role, added_at: now })))
    .onConflict((oc) => oc.columns(["account_id", "user_id", "role"]).doNothing())
    .returning("user_id")
    .execute();
  return rows.length;
}

export async function removeAccountPerson(
  db: Kysely<DB>,
  accountId: string,
  userId: string,
  role: "admin" | "approved_user",
): Promise<number> {
  const result = await db
    .deleteFrom("account_people")
    .where("account_id", "=", accountId)
    .where("user_id", "=", userId)
    .where("role", "=", role)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The register: every account of the organisation with its people (status and roles of each). */
export async function registerRows(db: Kysely<DB>, organisationId: string, accountId?: string) {
  let query = db.selectFrom("registered_accounts").selectAll().where("organisation_id", "=", organisationId);
  if (accountId) query = query.where("id", "=", accountId);
  const accounts = await query.orderBy("owning_service").orderBy("platform").orderBy("handle").execute();
  if (accounts.length === 0) return [];
  const people = await db
    .selectFrom("account_people as p")
    .innerJoin("users as u", "u.id", "p.user_id")
    .select([
      "p.account_id",
      "p.user_id",
      "p.role",
      "u.display_name",
      "u.email",
      "u.status",
      sql<
        string[]
      >`coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = u.id), '{}')`.as(
        "roles",
      ),
    ])
    .where(
      "p.account_id",
      "in",
      accounts.map((a) => a.id),
    )
    .orderBy("u.display_name")
    .execute();
  return accounts.map((a) => ({ ...a, people: people.filter((p) => p.account_id === a.id) }));
}
