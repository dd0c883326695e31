import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { defineJobKind, PermanentJobError } from "../jobs/job-kind.js";
import { findItem, insertHistory } from "./inbox.repository.js";
import { callPlatform, targetOf } from "./platform-call.js";

/**
 * Sends a checked reply through the item's connector. The job's idempotency key goes to the
 * connector (an Idempotency-Key header, or a look-up for our own reply first), so a job run again
 * after a crash answers once.
 */
export const sendReplyJob = defineJobKind({
  kind: "inbox.reply",
  label: "Send a reply to a message in the inbox",
  payload: z.object({ replyId: z.uuid() }),
  describe: () => "Post the checked reply on the platform",
  retry: { maxAttempts: 8, baseDelayMs: 5000 },
  async run({ deps, payload, organisationId, idempotencyKey, signal }) {
    if (!organisationId) throw new PermanentJobError("The job names no organisation.");
    const reply = await deps.db
      .selectFrom("inbox_replies")
      .selectAll()
      .where("id", "=", payload.replyId)
      .executeTakeFirst();
    if (!reply) throw new PermanentJobError("The reply is no longer stored.");
    if (reply.status === "sent") return;
    if (reply.status === "awaiting_approval" || reply.status === "rejected")
      throw new PermanentJobError("The reply has not been approved by a second person.");
    const item = await findItem(deps.db, organisationId, reply.item_id);
    if (!item) throw new PermanentJobError("The message is no longer in the inbox.");
    let outcome: Awaited<ReturnType<typeof callPlatform>>;
    try {
      outcome = await callPlatform(
        deps,
        item,
        { kind: "reply", target: targetOf(item), text: reply.text },
        { idempotencyKey, requestedAt: reply.created_at, signal },
      );
    } catch (error) {
      if (error instanceof PermanentJobError)
        await recordFailure(deps, organisationId, reply.id, item.id, error.message);
      throw error;
    }
    await deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      await trx
        .updateTable("inbox_replies")
        .set({ status: "sent", sent_at: now, external_id: outcome.externalId ?? null, error: null })
        .where("id", "=", reply.id)
        .execute();
      const detail = {
        reply: reply.id,
        platformId: outcome.externalId ?? null,
        alreadyDone: outcome.alreadyDone,
      };
      await insertHistory(trx, {
        itemId: item.id,
        at: now,
        actor: SYSTEM_ACTOR,
        action: "inbox.reply_sent",
        detail,
      });
      await deps.audit.record(trx, {
        actor: SYSTEM_ACTOR,
        organisationId,
        action: "inbox.reply_sent",
        entity: { type: "inbox_item", id: item.id },
        after: detail,
      });
    });
  },
});

async function recordFailure(
  deps: Parameters<typeof sendReplyJob.run>[0]["deps"],
  organisationId: string,
  replyId: string,
  itemId: string,
  message: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await trx
      .updateTable("inbox_replies")
      .set({ status: "failed", error: message.slice(0, 2000) })
      .where("id", "=", replyId)
      .execute();
    await insertHistory(trx, {
      itemId,
      at: now,
      actor: SYSTEM_ACTOR,
      action: "inbox.reply_failed",
      detail: { reply: replyId, reason: message.slice(0, 500) },
    });
    await deps.audit.record(trx, {
      actor: SYSTEM_ACTOR,
      organisationId,
      action: "inbox.reply_failed",
      entity: { type: "inbox_item", id: itemId },
      after: { reply: replyId },
    });
  });
}
