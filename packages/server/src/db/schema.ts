import type { ColumnType, Generated } from "kysely";

/** Table types for Kysely, written to match the SQL migrations beside this file. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  pack_id: Generated<string>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  job_title: string | null;
  password_hash: string | null;
  status: Generated<"active" | "deactivated">;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserRolesTable {
  user_id: string;
  organisation_id: string;
  role: string;
  granted_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  organisation_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface ParapetMigrationsTable {
  version: number;
  name: string;
  applied_at: CreatedAt;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  parapet_migrations: ParapetMigrationsTable;
}
