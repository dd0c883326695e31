import type { Kysely } from "kysely";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { AuditEntry } from "../audit/audit.service.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import type { NewNotification } from "../notifications/notifications.repository.js";
import { canAct } from "./connector-for-account.js";
import type { HistoryEntry, ItemRow } from "./inbox.repository.js";
import { CATEGORY_LABELS } from "./inbox-labels.js";
import type { InboxPack } from "./inbox-pack.js";
import { sendReplyJob } from "./reply.job.js";

/**
 * Outside the pack's answering hours (e.g. TEWV Mon–Fri 9:00–16:30) a crisis or threat also
 * goes to the pack's on-call list at once, and a crisis is answered straight away with the
 * pack's signposting template (999, NHS 111's mental health option, Samaritans 116 123, SHOUT
 * 85258: CORP-0068 §4.4.2), because nobody may read it until morning. The template is the
 * pack's own words, so no second person is waited for. All in the triage's transaction: the
 * triage batch makes every on-call notification of the batch with one statement
 * (onCallNotification), then for each message the signposting reply (signpostCrisis) and its
 * history and audit rows (outOfHoursRecords), which it writes with the batch's.
 */
export interface OutOfHoursAlert {
  organisationId: string;
  item: ItemRow;
  category: string;
  template: { id: string; text: string; clause: string } | null;
  onCall: readonly { id: string }[];
  pack: InboxPack;
  version: number;
  now: Date;
}

/** The on-call list's notification about one message. */
export function onCallNotification(a: OutOfHoursAlert): NewNotification {
  const label = CATEGORY_LABELS[a.category as keyof typeof CATEGORY_LABELS] ?? "An urgent message";
  return {
    organisationId: a.organisationId,
    userIds: a.onCall.map((p) => p.id),
    kind: `inbox.on_call.${a.category}.v${a.version}`,
    title: `Out of hours — ${label}`,
    body: `A message arrived outside the team's hours that may need action at once. You are on call: open it in the inbox and acknowledge it (${a.pack.outOfHours.clause}).`,
    itemId: a.item.id,
    now: a.now,
  };
}

/**
 * A crisis on an account Parapet can answer gets the pack's signposting template as a reply at
 * once (once per message and template), sent by a job enqueued here. Returns the reply's id, or
 * null when none was made.
 */
export async function signpostCrisis(
  deps: Pick<Deps, "jobs">,
  trx: Kysely<DB>,
  a: OutOfHoursAlert,
): Promise<string | null> {
  const signpost =
    a.category === "crisis" &&
    a.template !== null &&
    a.item.account_id !== null &&
    !a.item.deleted_on_platform &&
    canAct(a.item.platform, "reply", a.item.channel);
  if (!signpost || !a.template) return null;
  const earlier = await trx
    .selectFrom("inbox_replies")
    .select("id")
    .where("item_id", "=", a.item.id)
    .where("template_id", "=", a.template.id)
    .executeTakeFirst();
  if (earlier) return null;
  const reply = await trx
    .insertInto("inbox_replies")
    .values({
      item_id: a.item.id,
      text: a.template.text,
      template_id: a.template.id,
      created_by: null,
      created_at: a.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await deps.jobs.enqueue(
    trx,
    sendReplyJob,
    { replyId: reply.id },
    { key: reply.id, organisationId: a.organisationId },
  );
  return reply.id;
}

/** The history and audit rows of one message's out-of-hours alert. */
export function outOfHoursRecords(
  a: OutOfHoursAlert,
  told: readonly { id: string; user_id: string }[],
  replyId: string | null,
): { history: HistoryEntry; audit: AuditEntry } {
  const detail = { people: told, signposted: replyId !== null, clause: a.pack.outOfHours.clause };
  return {
    history: {
      itemId: a.item.id,
      at: a.now,
      actor: SYSTEM_ACTOR,
      action: "inbox.out_of_hours_alert",
      detail,
    },
    audit: {
      actor: SYSTEM_ACTOR,
      organisationId: a.organisationId,
      action: "inbox.out_of_hours_alert",
      entity: { type: "inbox_item", id: a.item.id },
      after: { ...detail, reply: replyId },
    },
  };
}
