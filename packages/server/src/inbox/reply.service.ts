import { AppError, checkPost, platformSchema } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { findPackOrThrow } from "../packs/packs.service.js";
import { canAct } from "./connector-for-account.js";
import { findItem, organisationPack } from "./inbox.repository.js";
import { changeItem } from "./inbox.service.js";
import { canMove } from "./inbox-workflow.js";
import { sendReplyJob } from "./reply.job.js";

export const MAX_REPLY = 10_000;

/** Where a reply starts: the pack's template for the item's category, with its clause. */
export async function replyDraft(deps: Pick<Deps, "db">, actor: OrganisationActor, itemId: string) {
  const item = await findItem(deps.db, actor.organisationId, itemId);
  if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
  return item.template
    ? { text: item.template.text, templateId: item.template.id, clause: item.template.clause }
    : null;
}

/**
 * A reply is checked by the post checker with the organisation's pack first: a blocking finding
 * stops it, saying what and which clause. A reply that passes is stored and sent through the
 * connector by a job enqueued in the same transaction (its id is the job's idempotency key, so
 * the platform sees it once however often the job runs).
 */
export async function sendReply(
  deps: Pick<Deps, "db" | "clock" | "audit" | "jobs">,
  actor: OrganisationActor,
  itemId: string,
  input: { text: string; templateId?: string | undefined },
) {
  const text = input.text.trim();
  if (text.length === 0 || text.length > MAX_REPLY)
    throw new AppError("validation", `A reply is 1 to ${MAX_REPLY.toLocaleString("en-GB")} characters.`);
  const item = await findItem(deps.db, actor.organisationId, itemId);
  if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
  if (!item.account_id)
    throw new AppError("invalid_transition", "This message was imported: answer it on the platform itself.");
  if (!canAct(item.platform, "reply", item.channel))
    throw new AppError(
      "invalid_transition",
      "This platform does not let Parapet answer this kind of message.",
    );
  if (item.deleted_on_platform)
    throw new AppError("invalid_transition", "The author deleted this message on the platform.");
  const pack = findPackOrThrow(await organisationPack(deps.db, actor.organisationId));
  const platform = platformSchema.safeParse(item.platform);
  const check = checkPost(pack, {
    text,
    platform: platform.success ? platform.data : "other",
    account: { type: "official" },
  });
  const blocking = check.findings.filter((f) => f.severity === "block");
  if (check.verdict === "block")
    throw new AppError(
      "validation",
      `This reply cannot be sent: ${blocking.map((f) => `${f.message} (${f.clause})`).join("; ")}`,
      { findings: blocking },
    );
  return changeItem(deps, actor, itemId, "inbox.reply_queued", async (trx, locked, now) => {
    const reply = await trx
      .insertInto("inbox_replies")
      .values({
        item_id: itemId,
        text,
        template_id: input.templateId ?? null,
        created_by: actor.kind === "user" ? actor.id : null,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await deps.jobs.enqueue(
      trx,
      sendReplyJob,
      { replyId: reply.id },
      { key: reply.id, organisationId: actor.organisationId },
    );
    if (locked.status !== "waiting" && canMove(locked.status, "waiting"))
      await trx
        .updateTable("inbox_items")
        .set({ status: "waiting", updated_at: now })
        .where("id", "=", itemId)
        .execute();
    return {
      after: {
        reply: reply.id,
        template: input.templateId ?? null,
        findings: check.findings.length,
        status: "waiting",
      },
      value: { replyId: reply.id, findings: check.findings },
    };
  });
}
