import type { Kysely } from "kysely";
import type { DB, ReplyStatus } from "../db/schema.js";

/** Stores a reply to an item and returns its id (queued unless it waits for approval). */
export async function insertReply(
  trx: Kysely<DB>,
  reply: {
    itemId: string;
    text: string;
    templateId: string | null;
    createdBy: string | null;
    createdAt: Date;
    awaitingApproval: boolean;
  },
): Promise<string> {
  const row = await trx
    .insertInto("inbox_replies")
    .values({
      item_id: reply.itemId,
      text: reply.text,
      template_id: reply.templateId,
      ...(reply.awaitingApproval ? { status: "awaiting_approval" as const } : {}),
      created_by: reply.createdBy,
      created_at: reply.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One reply of an item, locked for the decision on it. */
export function lockReply(trx: Kysely<DB>, itemId: string, replyId: string) {
  return trx
    .selectFrom("inbox_replies")
    .selectAll()
    .where("id", "=", replyId)
    .where("item_id", "=", itemId)
    .forUpdate()
    .executeTakeFirst();
}

/** Records a second person's decision on a reply. */
export async function decideReplyRow(
  trx: Kysely<DB>,
  replyId: string,
  decision: {
    status: Extract<ReplyStatus, "queued" | "rejected">;
    decidedBy: string | null;
    decidedAt: Date;
  },
): Promise<void> {
  await trx
    .updateTable("inbox_replies")
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_at: decision.decidedAt })
    .where("id", "=", replyId)
    .execute();
}

/** Moves an item to waiting (a reply is on its way). */
export async function markItemWaiting(trx: Kysely<DB>, itemId: string, now: Date): Promise<void> {
  await trx
    .updateTable("inbox_items")
    .set({ status: "waiting", updated_at: now })
    .where("id", "=", itemId)
    .execute();
}
