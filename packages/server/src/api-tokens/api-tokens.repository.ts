import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { UUID } from "../users/users.repository.js";

export interface ApiTokenRecord {
  id: string;
  organisationId: string;
  name: string;
  scopes: string[];
  /** The owner: the person who created it. The token works only while they are active. */
  createdBy: string | null;
  ownerName: string | null;
  ownerActive: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

const COLUMNS = [
  "api_tokens.id",
  "api_tokens.organisation_id",
  "api_tokens.name",
  "api_tokens.scopes",
  "api_tokens.created_by",
  "api_tokens.created_at",
  "api_tokens.last_used_at",
  "api_tokens.revoked_at",
  "api_tokens.expires_at",
  "users.display_name as owner_name",
  "users.status as owner_status",
] as const;

function withOwner(db: Kysely<DB>) {
  return db.selectFrom("api_tokens").leftJoin("users", "users.id", "api_tokens.created_by").select(COLUMNS);
}

type Row = Awaited<ReturnType<ReturnType<typeof withOwner>["executeTakeFirstOrThrow"]>>;

function toRecord(row: Row): ApiTokenRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    scopes: row.scopes,
    createdBy: row.created_by,
    ownerName: row.owner_name,
    ownerActive: row.owner_status === "active",
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
  };
}

export async function insertApiToken(
  db: Kysely<DB>,
  token: {
    organisationId: string;
    name: string;
    tokenHash: string;
    scopes: string[];
    createdBy: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<ApiTokenRecord> {
  const { id } = await db
    .insertInto("api_tokens")
    .values({
      organisation_id: token.organisationId,
      name: token.name,
      token_hash: token.tokenHash,
      scopes: token.scopes,
      created_by: token.createdBy,
      created_at: token.now,
      expires_at: token.expiresAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return toRecord(await withOwner(db).where("api_tokens.id", "=", id).executeTakeFirstOrThrow());
}

export async function findApiTokenByHash(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<ApiTokenRecord | undefined> {
  const row = await withOwner(db).where("api_tokens.token_hash", "=", tokenHash).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function findApiToken(db: Kysely<DB>, organisationId: string, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await withOwner(db)
    .where("api_tokens.organisation_id", "=", organisationId)
    .where("api_tokens.id", "=", id)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function listApiTokens(db: Kysely<DB>, organisationId: string): Promise<ApiTokenRecord[]> {
  const rows = await withOwner(db)
    .where("api_tokens.organisation_id", "=", organisationId)
    .orderBy("api_tokens.created_at", "desc")
    .execute();
  return rows.map(toRecord);
}

export async function revokeApiToken(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable("api_tokens").set({ revoked_at: now }).where("id", "=", id).execute();
}

export async function touchApiToken(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

export async function apiTokensCreatedBy(db: Kysely<DB>, organisationId: string, userId: string) {
  const rows = await withOwner(db)
    .where("api_tokens.organisation_id", "=", organisationId)
    .where("api_tokens.created_by", "=", userId)
    .execute();
  return rows.map(toRecord);
}

/** Revokes every live token a person owns; returns their ids (for the audit trail). */
export async function revokeTokensOwnedBy(db: Kysely<DB>, userId: string, now: Date): Promise<string[]> {
  const rows = await db
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("created_by", "=", userId)
    .where("revoked_at", "is", null)
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}
