import { AppError, checkPost, platformSchema } from "@parapet/core";
import type { Kysely } from "kysely";
import { isoDay } from "../accounts/dates.js";
import { assertApprovedUser } from "../accounts/training.service.js";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { findPackOrThrow } from "../packs/packs.service.js";
import { approvalFor } from "./account-rules.js";
import { canAct } from "./connector-for-account.js";
import { findItem, peopleWithRoles } from "./inbox.repository.js";
import { changeItem } from "./inbox.service.js";
import { loadInboxPack } from "./inbox-pack.js";
import { canMove } from "./inbox-workflow.js";
import { assertNoOtherDraft } from "./presence.service.js";
import { decideReplyRow, insertReply, lockReply, markItemWaiting } from "./replies.repository.js";
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
  // Only approved users send from the organisation's accounts (CORP-0068 §3.2; RWT Attachment 2 §3.4).
  if (actor.kind === "user" && actor.id !== null)
    await assertApprovedUser(
      deps.db,
      actor.organisationId,
      { id: actor.id, name: null },
      isoDay(deps.clock.now()),
      {
        code: "forbidden",
        action: "send replies from your organisation's accounts",
      },
    );
  const packId = await organisationPack(deps.db, actor.organisationId);
  const pack = findPackOrThrow(packId);
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
  const inboxPack = loadInboxPack(packId);
  const approval = await approvalFor(deps, item.account_id, inboxPack);
  const storeReply = (trx: Kysely<DB>, now: Date, awaitingApproval: boolean) =>
    insertReply(trx, {
      itemId,
      text,
      templateId: input.templateId ?? null,
      createdBy: actor.kind === "user" ? actor.id : null,
      createdAt: now,
      awaitingApproval,
    });
  if (approval.required) {
    return changeItem(deps, actor, itemId, "inbox.reply_awaiting_approval", async (trx, _locked, now) => {
      await assertNoOtherDraft(trx, actor, itemId, now);
      const replyId = await storeReply(trx, now, true);
      // Everyone who may approve is told, except the drafter: nobody approves their own reply.
      const approvers = (await peopleWithRoles(trx, actor.organisationId, approval.roles)).filter(
        (p) => p.id !== actor.id,
      );
      await insertNotifications(trx, {
        organisationId: actor.organisationId,
        userIds: approvers.map((p) => p.id),
        kind: "inbox.reply_approval",
        title: "A reply is waiting for your approval",
        body: `A colleague drafted a reply that needs a second person before it is sent (${approval.clause}).`,
        itemId,
        now,
      });
      return {
        after: {
          reply: replyId,
          template: input.templateId ?? null,
          findings: check.findings.length,
          clause: approval.clause,
        },
        value: { replyId, findings: check.findings, awaitingApproval: true },
      };
    });
  }
  return changeItem(deps, actor, itemId, "inbox.reply_queued", async (trx, locked, now) => {
    await assertNoOtherDraft(trx, actor, itemId, now);
    const replyId = await storeReply(trx, now, false);
    await deps.jobs.enqueue(
      trx,
      sendReplyJob,
      { replyId },
      { key: replyId, organisationId: actor.organisationId },
    );
    if (locked.status !== "waiting" && canMove(locked.status, "waiting"))
      await markItemWaiting(trx, itemId, now);
    return {
      after: {
        reply: replyId,
        template: input.templateId ?? null,
        findings: check.findings.length,
        status: "waiting",
      },
      value: { replyId, findings: check.findings, awaitingApproval: false },
    };
  });
}

/**
 * A second person approves or rejects a reply waiting for approval. The approver can never be
 * its drafter (checked here and by the table's constraint), must hold a role the pack gives
 * approval to, and must be a person (not an API token). Approval queues the send job in the same
 * transaction as the decision, its history row and its audit row; rejection sends nothing.
 */
export async function decideReply(
  deps: Pick<Deps, "db" | "clock" | "audit" | "jobs">,
  actor: OrganisationActor,
  itemId: string,
  replyId: string,
  decision: "approve" | "reject",
) {
  const inboxPack = loadInboxPack(await organisationPack(deps.db, actor.organisationId));
  const action = decision === "approve" ? "inbox.reply_approved" : "inbox.reply_rejected";
  return changeItem(deps, actor, itemId, action, async (trx, locked, now) => {
    const reply = await lockReply(trx, itemId, replyId);
    if (!reply) throw new AppError("not_found", "There is no such reply on this message.");
    if (reply.status !== "awaiting_approval")
      throw new AppError("invalid_transition", "This reply is not waiting for approval.");
    if (actor.kind !== "user")
      throw new AppError("forbidden", "A reply is approved by a person, not an API token.");
    if (reply.created_by === actor.id)
      throw new AppError(
        "forbidden",
        `You drafted this reply, so a second person must ${decision} it (${inboxPack.approval.clause}).`,
      );
    if (!actor.roles.some((role) => (inboxPack.approval.roles as readonly string[]).includes(role)))
      throw new AppError(
        "forbidden",
        `Your role may not approve replies: your policy gives that to ${inboxPack.approval.roles.map((r) => r.replaceAll("_", " ")).join(", ")} (${inboxPack.approval.clause}).`,
      );
    await decideReplyRow(trx, replyId, {
      status: decision === "approve" ? "queued" : "rejected",
      decidedBy: actor.id,
      decidedAt: now,
    });
    if (decision === "approve") {
      await deps.jobs.enqueue(
        trx,
        sendReplyJob,
        { replyId },
        { key: replyId, organisationId: actor.organisationId },
      );
      if (locked.status !== "waiting" && canMove(locked.status, "waiting"))
        await markItemWaiting(trx, itemId, now);
    }
    return {
      before: { status: "awaiting_approval" },
      after: {
        reply: replyId,
        status: decision === "approve" ? "queued" : "rejected",
        drafter: reply.created_by,
      },
      value: true,
    };
  });
}
