import type { Kysely } from "kysely";
import type { DB, SessionsTable } from "../db/schema.js";

export type SessionRow = SessionsTable;

export async function insertSession(db: Kysely<DB>, session: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

export async function findSession(db: Kysely<DB>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, lastSeenAt: Date): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: lastSeenAt }).where("id", "=", id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
