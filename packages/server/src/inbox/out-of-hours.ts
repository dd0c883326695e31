import type { Kysely } from "kysely";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { canAct } from "./connector-for-account.js";
import { type ItemRow, insertHistory } from "./inbox.repository.js";
import { CATEGORY_LABELS } from "./inbox-labels.js";
import type { InboxPack } from "./inbox-pack.js";
import { sendReplyJob } from "./reply.job.js";

/**
 * Outside the pack's answering hours (e.g. TEWV Mon–Fri 9:00–16:30) a crisis or threat also
 * goes to the pack's on-call list at once, and a crisis is answered straight away with the
 * pack's signposting template (999, NHS 111's mental health option, Samaritans 116 123, SHOUT
 * 85258: CORP-0068 §4.4.2), because nobody may read it until morning. The template is the
 * pack's own words, so no second person is waited for. All in the triage's transaction.
 */
export async function outOfHoursAlert(
  deps: Pick<Deps, "audit" | "jobs">,
  trx: Kysely<DB>,
  a: {
    organisationId: string;
    item: ItemRow;
    category: string;
    template: { id: string; text: string; clause: string } | null;
    onCall: readonly { id: string }[];
    pack: InboxPack;
    version: number;
    now: Date;
  },
): Promise<void> {
  const label = CATEGORY_LABELS[a.category as keyof typeof CATEGORY_LABELS] ?? "An urgent message";
  const told = await insertNotifications(trx, {
    organisationId: a.organisationId,
    userIds: a.onCall.map((p) => p.id),
    kind: `inbox.on_call.${a.category}.v${a.version}`,
    title: `Out of hours — ${label}`,
    body: `A message arrived outside the team's hours that may need action at once. You are on call: open it in the inbox and acknowledge it (${a.pack.outOfHours.clause}).`,
    itemId: a.item.id,
    now: a.now,
  });
  let replyId: string | null = null;
  const signpost =
    a.category === "crisis" &&
    a.template !== null &&
    a.item.account_id !== null &&
    !a.item.deleted_on_platform &&
    canAct(a.item.platform, "reply", a.item.channel);
  if (signpost && a.template) {
    const earlier = await trx
      .selectFrom("inbox_replies")
      .select("id")
      .where("item_id", "=", a.item.id)
      .where("template_id", "=", a.template.id)
      .executeTakeFirst();
    if (!earlier) {
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
      replyId = reply.id;
      await deps.jobs.enqueue(
        trx,
        sendReplyJob,
        { replyId },
        { key: replyId, organisationId: a.organisationId },
      );
    }
  }
  const detail = { people: told, signposted: replyId !== null, clause: a.pack.outOfHours.clause };
  await insertHistory(trx, {
    itemId: a.item.id,
    at: a.now,
    actor: SYSTEM_ACTOR,
    action: "inbox.out_of_hours_alert",
    detail,
  });
  await deps.audit.record(trx, {
    actor: SYSTEM_ACTOR,
    organisationId: a.organisationId,
    action: "inbox.out_of_hours_alert",
    entity: { type: "inbox_item", id: a.item.id },
    after: { ...detail, reply: replyId },
  });
}
