import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { UUID } from "../users/users.repository.js";

export interface ApiTokenRecord {
  id: string;
  organisationId: string;
  name: string;
  scopes: string[];
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const COLUMNS = [
  "id",
  "organisation_id",
  "name",
  "scopes",
  "created_by",
  "created_at",
  "last_used_at",
  "revoked_at",
] as const;

function toRecord(row: {
  id: string;
  organisation_id: string;
  name: string;
  scopes: string[];
  created_by: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiTokenRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    scopes: row.scopes,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertApiToken(
  db: Kysely<DB>,
  token: {
    organisationId: string;
    name: string;
    tokenHash: string;
    scopes: string[];
    createdBy: string | null;
    now: Date;
  },
): Promise<ApiTokenRecord> {
  const row = await db
    .insertInto("api_tokens")
    .values({
      organisation_id: token.organisationId,
      name: token.name,
      token_hash: token.tokenHash,
      scopes: token.scopes,
      created_by: token.createdBy,
      created_at: token.now,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function findApiTokenByHash(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom("api_tokens")
    .select(COLUMNS)
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function findApiToken(db: Kysely<DB>, organisationId: string, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom("api_tokens")
    .select(COLUMNS)
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function listApiTokens(db: Kysely<DB>, organisationId: string): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom("api_tokens")
    .select(COLUMNS)
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "desc")
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
  const rows = await db
    .selectFrom("api_tokens")
    .select(COLUMNS)
    .where("organisation_id", "=", organisationId)
    .where("created_by", "=", userId)
    .execute();
  return rows.map(toRecord);
}
