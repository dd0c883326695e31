import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB, ModerationState } from "../db/schema.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { canAct } from "./connector-for-account.js";
import { type ItemRow, itemVersions } from "./inbox.repository.js";
import { changeItem } from "./inbox.service.js";
import { type EvidenceSnapshot, evidenceHash } from "./inbox-evidence.js";
import { loadInboxPack, type ModerationAction } from "./inbox-pack.js";
import { moderateItemJob } from "./moderation.job.js";

/** An unhide is the undo of one's own hide straight after it; later, showing it again is reinstatement. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

const FROM: Readonly<Record<ModerationAction, readonly ModerationState[]>> = {
  hide: ["visible"],
  unhide: ["hidden"],
  delete: ["visible", "hidden"],
  reinstate: ["hidden"],
  report: ["visible", "hidden"],
  block: ["visible", "hidden"],
};
/** What the message becomes on the platform; report and block leave it as it is. */
const TO: Readonly<Partial<Record<ModerationAction, ModerationState>>> = {
  hide: "hidden",
  unhide: "visible",
  delete: "deleted",
  reinstate: "visible",
};
/** What the platform is asked to do for each action. */
export const PLATFORM_ACTION = {
  hide: "hide",
  unhide: "unhide",
  delete: "delete",
  reinstate: "unhide",
  report: "report",
  block: "block",
} as const;

const ACTION_WORDS: Readonly<Record<ModerationAction, string>> = {
  hide: "hide",
  unhide: "undo the hiding of",
  delete: "delete",
  reinstate: "reinstate",
  report: "report to the platform",
  block: "block the author of",
};

const PAST: Readonly<Record<ModerationAction, string>> = {
  hide: "hidden",
  unhide: "unhidden",
  delete: "deleted",
  reinstate: "reinstated",
  report: "reported",
  block: "acted on by blocking its author",
};

/**
 * Hide, unhide, delete, reinstate, report to the platform or block the author of a message on the platform. Who may take each action comes
 * from the organisation's pack (packs/<id>/inbox.yaml, e.g. RWT Attachment 2 §5.2: reinstatement
 * is the Head of Communications' decision). Before it acts, an evidence snapshot of what the
 * author wrote (every version, the author, the times, the platform's ids) is kept with its
 * SHA-256; the snapshot, the history and audit rows and the platform job commit together.
 */
export async function moderateItem(
  deps: Pick<Deps, "db" | "clock" | "audit" | "jobs">,
  actor: OrganisationActor,
  itemId: string,
  action: ModerationAction,
  reason: string | undefined,
) {
  const packId = await organisationPack(deps.db, actor.organisationId);
  const rule = loadInboxPack(packId).moderation[action];
  return changeItem(deps, actor, itemId, `inbox.${action}`, async (trx, item, now) => {
    // Checked once the item is known to be the organisation's: another's is simply not found.
    if (!actor.roles.some((role) => (rule.roles as readonly string[]).includes(role)))
      throw new AppError(
        "forbidden",
        `Your role may not ${ACTION_WORDS[action]} a message: your policy gives that to ${rule.roles.length === 1 ? "the" : "these roles:"} ${rule.roles.map((r) => r.replaceAll("_", " ")).join(", ")} (${rule.clause}).`,
      );
    if (!FROM[action].includes(item.moderation))
      throw new AppError("invalid_transition", `This message cannot be ${PAST[action]} now.`);
    if (!canAct(item.platform, PLATFORM_ACTION[action], item.channel))
      throw new AppError(
        "invalid_transition",
        "This platform does not let Parapet do that to this kind of message.",
      );
    if (item.deleted_on_platform)
      throw new AppError("invalid_transition", "The author deleted this message on the platform.");
    if (action === "block" && !item.author_platform_id)
      throw new AppError(
        "invalid_transition",
        "The platform did not say who wrote this, so nobody can be blocked.",
      );
    if (action === "unhide") {
      const hide = await trx
        .selectFrom("inbox_evidence")
        .select(["taken_by", "taken_at", "automatic_rule"])
        .where("item_id", "=", itemId)
        .where("action", "=", "hide")
        .orderBy("taken_at", "desc")
        .limit(1)
        .executeTakeFirst();
      // An automatic hide was nobody's decision: anyone the pack lets unhide may undo it, any time.
      const undoable =
        hide &&
        (hide.automatic_rule !== null ||
          (hide.taken_by === actor.id && now.getTime() - hide.taken_at.getTime() <= UNDO_WINDOW_MS));
      if (!undoable)
        throw new AppError(
          "invalid_transition",
          "Only the person who hid it may undo that, within 15 minutes (or anyone, when Parapet hid it automatically). Showing it again later is reinstatement.",
        );
    }
    const evidence = await keepEvidence(trx, item, {
      action,
      takenBy: actor.kind === "user" ? actor.id : null,
      reason: reason ?? null,
      automaticRule: null,
      now,
    });
    const sha256 = evidence.sha256;
    const after = TO[action] ?? item.moderation;
    await trx
      .updateTable("inbox_items")
      .set({ moderation: after, updated_at: now })
      .where("id", "=", itemId)
      .execute();
    await deps.jobs.enqueue(
      trx,
      moderateItemJob,
      { itemId, evidenceId: evidence.id, action: PLATFORM_ACTION[action] },
      { key: evidence.id, organisationId: actor.organisationId },
    );
    return {
      before: { moderation: item.moderation },
      after: { moderation: after, evidence: evidence.id, sha256, clause: rule.clause },
      value: { evidenceId: evidence.id, sha256 },
    };
  });
}

/**
 * Keeps the evidence snapshot of what an action acts on (every version, the author, the times,
 * the platform's ids) with its SHA-256, in the caller's transaction; the caller enqueues the
 * platform call keyed by the evidence's id.
 */
export async function keepEvidence(
  trx: Kysely<DB>,
  item: ItemRow,
  e: {
    action: ModerationAction;
    takenBy: string | null;
    reason: string | null;
    automaticRule: string | null;
    now: Date;
  },
): Promise<{ id: string; sha256: string }> {
  const versions = await itemVersions(trx, item.id);
  const snapshot: EvidenceSnapshot = {
    platform: item.platform,
    account: item.account,
    externalId: item.external_id,
    threadId: item.thread_external_id,
    replyToId: item.reply_to_external_id,
    permalink: item.permalink,
    author: { platformId: item.author_platform_id, handle: item.author_handle, name: item.author_name },
    versions: versions.map((v) => ({
      version: v.version,
      event: v.event,
      text: v.text,
      subject: v.subject,
      occurredAt: v.occurred_at.toISOString(),
    })),
    createdOnPlatformAt: item.created_on_platform_at.toISOString(),
    takenAt: e.now.toISOString(),
    action: e.action,
  };
  const sha256 = evidenceHash(snapshot);
  const row = await trx
    .insertInto("inbox_evidence")
    .values({
      item_id: item.id,
      action: e.action,
      snapshot: JSON.stringify(snapshot),
      sha256,
      taken_by: e.takenBy,
      taken_at: e.now,
      reason: e.reason,
      automatic_rule: e.automaticRule,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, sha256 };
}
