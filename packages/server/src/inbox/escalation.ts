import { isWithinHours, type WorkingCalendar } from "@parapet/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import { defineJobKind } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { loadTriageConfig } from "../triage/triage-config.reader.js";
import {
  activePeopleByEmail,
  insertHistory,
  lockItem,
  overdueItems,
  peopleWithRoles,
  updateItem,
} from "./inbox.repository.js";
import { CATEGORY_LABELS } from "./inbox-labels.js";
import { type InboxPack, loadInboxPack } from "./inbox-pack.js";

/** The hours the team answers in (the pack's `hours`), in the pack's time zone and bank holidays. */
export function answeringHours(packId: string, pack: InboxPack = loadInboxPack(packId)): WorkingCalendar {
  const calendar = loadTriageConfig(packId).calendar;
  return { ...calendar, workingDays: pack.hours.days, opens: pack.hours.opens, closes: pack.hours.closes };
}

export function isOutOfHours(packId: string, at: Date): boolean {
  return !isWithinHours(at, answeringHours(packId));
}

/** The pack's on-call list: active people with its on-call roles or named by address. */
export async function onCallPeople(db: Kysely<DB>, organisationId: string, pack: InboxPack) {
  const byRole = await peopleWithRoles(db, organisationId, pack.outOfHours.onCallRoles);
  const byEmail = await activePeopleByEmail(db, organisationId, pack.outOfHours.onCallEmails);
  const seen = new Map([...byRole, ...byEmail].map((p) => [p.id, p]));
  return [...seen.values()];
}

/** How long after its due time an overdue item goes up from its assignee to the head of communications. */
export const SECOND_ESCALATION_MS = 60 * 60 * 1000;
const BATCH = 200;

/**
 * Escalates what is overdue: when an item's due time (triage's `dueBy`, in the pack's working
 * calendar) passes and it is still ours to answer (new or assigned), its assignee is told; an hour later, in answering hours,
 * the pack's escalation roles (the head of communications) are told. An item nobody has goes
 * straight to them. Each step is one transaction: the item's level, the notifications (once per
 * person), the history row and the audit row.
 */
export async function escalateOverdue(deps: Pick<Deps, "db" | "clock" | "audit">): Promise<number> {
  const now = deps.clock.now();
  // Waiting is waiting for the public, done is done: only what is ours to answer is overdue.
  const due = await overdueItems(deps.db, now, 2, BATCH);
  let escalated = 0;
  for (const row of due) if (await escalateOne(deps, row.organisation_id, row.id, now)) escalated += 1;
  return escalated;
}

async function escalateOne(
  deps: Pick<Deps, "db" | "clock" | "audit">,
  organisationId: string,
  itemId: string,
  now: Date,
): Promise<boolean> {
  const packId = await organisationPack(deps.db, organisationId);
  const pack = loadInboxPack(packId);
  const inHours = !isOutOfHours(packId, now);
  return deps.db.transaction().execute(async (trx) => {
    const item = await lockItem(trx, organisationId, itemId);
    const open = item?.status === "new" || item?.status === "assigned";
    if (!item?.due_by || !open || item.due_by > now) return false;
    const toHead = item.escalation_level === 1 || (item.escalation_level === 0 && item.assignee_id === null);
    if (toHead && item.escalation_level === 1 && now.getTime() - item.due_by.getTime() < SECOND_ESCALATION_MS)
      return false;
    if (toHead && !inHours) return false;
    const level = toHead ? 2 : 1;
    const people =
      level === 1 && item.assignee_id
        ? [{ id: item.assignee_id }]
        : await peopleWithRoles(trx, organisationId, pack.escalation.roles);
    const label = item.category
      ? (CATEGORY_LABELS[item.category as keyof typeof CATEGORY_LABELS] ?? "A message")
      : "A message";
    const told = await insertNotifications(trx, {
      organisationId,
      userIds: people.map((p) => p.id),
      kind: `inbox.overdue.${level}`,
      title: `Overdue: ${label.toLowerCase()}`,
      body:
        level === 1
          ? `A message you have is past its due time. Answer it or hand it back (${pack.escalation.clause}).`
          : `A message is past its due time${item.assignee_id ? " and its assignee was told" : " and nobody has it"}. Please see that someone answers it (${pack.escalation.clause}).`,
      itemId,
      now,
    });
    await updateItem(trx, itemId, { escalation_level: level, updated_at: now });
    const detail = { level, people: told, clause: pack.escalation.clause };
    await insertHistory(trx, { itemId, at: now, actor: SYSTEM_ACTOR, action: "inbox.escalated", detail });
    await deps.audit.record(trx, {
      actor: SYSTEM_ACTOR,
      organisationId,
      action: "inbox.escalated",
      entity: { type: "inbox_item", id: itemId },
      before: { level: item.escalation_level },
      after: detail,
    });
    return true;
  });
}

export const escalateOverdueJob = defineJobKind({
  kind: "inbox.escalate_overdue",
  label: "Tell people about overdue messages in the inbox",
  payload: z.object({}),
  describe: () => "Tell assignees, then the head of communications, of messages past their due time",
  retry: { maxAttempts: 3, baseDelayMs: 10_000 },
  async run({ deps }) {
    await escalateOverdue(deps);
  },
});

export function escalationSchedule(): RecurringSchedule {
  return new RecurringSchedule(escalateOverdueJob, 60_000, {});
}
