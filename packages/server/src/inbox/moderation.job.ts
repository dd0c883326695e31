import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { defineJobKind, PermanentJobError } from "../jobs/job-kind.js";
import { findItem, insertHistory } from "./inbox.repository.js";
import { callPlatform, targetOf } from "./platform-call.js";

/** What a report says when the person gave no reason. */
const REPORT_REASON = "Reported by the organisation's communications team: it breaks the platform's rules.";

/** Asks the platform to hide, show, delete or report a message, or block its author; at most once per evidence snapshot. */
export const moderateItemJob = defineJobKind({
  kind: "inbox.moderate",
  label: "Hide, show, delete or report a message, or block its author, on the platform",
  payload: z.object({
    itemId: z.uuid(),
    evidenceId: z.uuid(),
    action: z.enum(["hide", "unhide", "delete", "report", "block"]),
  }),
  describe: (payload) =>
    ({
      hide: "Hide a message",
      unhide: "Show a message again",
      delete: "Delete a message",
      report: "Report a message to the platform",
      block: "Block a message's author",
    })[payload.action],
  retry: { maxAttempts: 8, baseDelayMs: 5000 },
  async run({ deps, payload, organisationId, idempotencyKey, signal }) {
    if (!organisationId) throw new PermanentJobError("The job names no organisation.");
    const item = await findItem(deps.db, organisationId, payload.itemId);
    if (!item) throw new PermanentJobError("The message is no longer in the inbox.");
    const evidence = await deps.db
      .selectFrom("inbox_evidence")
      .select(["taken_at", "reason"])
      .where("id", "=", payload.evidenceId)
      .executeTakeFirst();
    if (!evidence) throw new PermanentJobError("The evidence for this action is missing.");
    const outcome = await callPlatform(
      deps,
      item,
      payload.action === "report"
        ? { kind: "report", target: targetOf(item), reason: evidence.reason ?? REPORT_REASON }
        : { kind: payload.action, target: targetOf(item) },
      { idempotencyKey, requestedAt: evidence.taken_at, signal },
    );
    await deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      const detail = {
        action: payload.action,
        evidence: payload.evidenceId,
        alreadyDone: outcome.alreadyDone,
      };
      await insertHistory(trx, {
        itemId: item.id,
        at: now,
        actor: SYSTEM_ACTOR,
        action: "inbox.moderation_done",
        detail,
      });
      await deps.audit.record(trx, {
        actor: SYSTEM_ACTOR,
        organisationId,
        action: "inbox.moderation_done",
        entity: { type: "inbox_item", id: item.id },
        after: detail,
      });
    });
  },
});
