import { type TriageResult, triageMessage } from "@parapet/core";
import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { defineJobKind, PermanentJobError } from "../jobs/job-kind.js";
import { enqueueAlertMail } from "../notifications/alert-mail.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { loadTriageConfig } from "../triage/triage-config.reader.js";
import { autoHide } from "./auto-hide.js";
import { isOutOfHours, onCallPeople } from "./escalation.js";
import {
  findItem,
  type ItemRow,
  insertHistory,
  latestReadableVersion,
  lockItem,
  organisationPack,
  peopleWithRoles,
} from "./inbox.repository.js";
import { findAccountById } from "./inbox-accounts.repository.js";
import { CATEGORY_LABELS } from "./inbox-labels.js";
import { loadInboxPack } from "./inbox-pack.js";
import { PINNED_CATEGORIES, URGENCY_RANK } from "./inbox-workflow.js";
import { LEGAL_CLOCKS, startLegalClock } from "./legal-clock.js";
import { outOfHoursAlert } from "./out-of-hours.js";

/** triageMessage reads at most this much; a longer message is triaged on its beginning. */
const TRIAGE_MAX_TEXT = 20_000;
const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");

/**
 * Triages the latest readable version of an item with its organisation's pack and stores the
 * result; a crisis or threat pins the item to the top and tells the people on duty at once (an
 * in-app notification each, in the same transaction). Idempotent: running it twice stores the
 * same result and tells nobody twice.
 */
export const triageItemJob = defineJobKind({
  kind: "inbox.triage",
  label: "Triage a message that arrived in the inbox",
  payload: z.object({ itemId: z.uuid() }),
  describe: () => "Read the message and decide its category, urgency and deadline",
  retry: { maxAttempts: 5, baseDelayMs: 1000 },
  async run({ deps, payload, organisationId }) {
    if (!organisationId) throw new PermanentJobError("The job names no organisation.");
    await triageItem(deps, organisationId, payload.itemId);
  },
});

export async function triageItem(deps: Deps, organisationId: string, itemId: string): Promise<void> {
  const item = await findItem(deps.db, organisationId, itemId);
  if (!item) throw new PermanentJobError("The message is no longer in the inbox.");
  const version = await latestReadableVersion(deps.db, itemId);
  if (!version) throw new PermanentJobError("The message has no version with text to read.");
  const packId = await organisationPack(deps.db, organisationId);
  // Pure CPU, outside any transaction: PGlite has one session, and nothing waits on it meanwhile.
  const result = triageMessage(
    {
      id: itemId,
      text: version.text.slice(0, TRIAGE_MAX_TEXT),
      platform: item.platform,
      channel: item.channel,
      author: { handle: item.author_handle, name: item.author_name },
      receivedAt: item.received_at.toISOString(),
      account: item.account,
    },
    loadTriageConfig(packId),
    { now: deps.clock.now() },
  );
  const safe = neverLowWhenUnread(result, version.text, (version.attachments as unknown[]).length);
  const inbox = loadInboxPack(packId);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockItem(trx, organisationId, itemId);
    if (!locked) return;
    const now = deps.clock.now();
    const pinnedCategory = PINNED_CATEGORIES.has(safe.category);
    // A version newer than the acknowledgement is a new message to look at.
    const pinned =
      pinnedCategory && (!locked.acknowledged_at || version.received_at > locked.acknowledged_at);
    const wasPinned = locked.priority === 0;
    await trx
      .updateTable("inbox_items")
      .set({
        triaged_at: now,
        category: safe.category,
        urgency: safe.urgency,
        urgency_rank: URGENCY_RANK[safe.urgency],
        priority: pinned ? 0 : 1,
        flags: JSON.stringify(safe.flags),
        reasons: JSON.stringify(safe.reasons ?? []),
        route: safe.route,
        due_by: safe.dueBy ? new Date(safe.dueBy) : null,
        sort_due: safe.dueBy ? new Date(safe.dueBy) : FAR_FUTURE,
        template: safe.template ? JSON.stringify(safe.template) : null,
        updated_at: now,
      })
      .where("id", "=", itemId)
      .execute();
    const detail = {
      version: version.version,
      category: safe.category,
      urgency: safe.urgency,
      flags: safe.flags,
      dueBy: safe.dueBy,
      pack: packId,
    };
    if (sameTriage(locked, safe)) return;
    await insertHistory(trx, { itemId, at: now, actor: SYSTEM_ACTOR, action: "inbox.triaged", detail });
    await deps.audit.record(trx, {
      actor: SYSTEM_ACTOR,
      organisationId,
      action: "inbox.triaged",
      entity: { type: "inbox_item", id: itemId },
      after: detail,
    });
    if (locked.account_id) {
      const account = await findAccountById(trx, locked.account_id);
      if (account)
        await autoHide(deps, trx, {
          organisationId,
          item: locked,
          account,
          text: version.text,
          triage: safe,
          pack: inbox,
          now,
        });
    }
    if (pinned && !wasPinned)
      await alertOnDuty(deps, trx, {
        organisationId,
        item: locked,
        category: safe.category,
        roles: inbox.alert.roles,
        clause: inbox.alert.clause,
        now,
        version: version.version,
      });
    if (pinned && !wasPinned && isOutOfHours(packId, now))
      await outOfHoursAlert(deps, trx, {
        organisationId,
        item: locked,
        category: safe.category,
        template: safe.template ?? null,
        onCall: await onCallPeople(trx, organisationId, inbox),
        pack: inbox,
        version: version.version,
        now,
      });
    if (LEGAL_CLOCKS.has(safe.category) && !locked.legal_clock)
      await startLegalClock(deps, trx, {
        organisationId,
        packId,
        itemId,
        clock: safe.category as "foi" | "subject_access",
        receivedAt: locked.received_at,
        now,
      });
  });
}

/**
 * A message Parapet cannot read is never left at low urgency: no text at all (a photo, a voice
 * note), an attachment, or more than triage reads goes to a person as high at least, the same as a
 * message in a language it cannot read (issue 11 §2, docs/interfaces.md §4.3): someone must look at
 * it today.
 */
export function neverLowWhenUnread(result: TriageResult, text: string, attachments: number): TriageResult {
  const unread = text.trim().length === 0 || text.length > TRIAGE_MAX_TEXT || attachments > 0;
  if (!unread || result.urgency !== "low") return result;
  return {
    ...result,
    urgency: "high",
    reasons: [
      ...(result.reasons ?? []),
      {
        for: "urgency",
        cue: text.trim().length === 0 ? "no_text" : attachments > 0 ? "attachment" : "too_long",
        start: 0,
        end: 0,
        text: "",
      },
    ],
  };
}

function sameTriage(before: ItemRow, after: TriageResult): boolean {
  return (
    before.triaged_at !== null &&
    before.category === after.category &&
    before.urgency === after.urgency &&
    JSON.stringify(before.flags) === JSON.stringify(after.flags) &&
    (before.due_by?.toISOString() ?? null) === after.dueBy
  );
}

async function alertOnDuty(
  deps: Deps,
  trx: Deps["db"],
  a: {
    organisationId: string;
    item: ItemRow;
    category: string;
    roles: readonly string[];
    clause: string;
    now: Date;
    version: number;
  },
): Promise<void> {
  const people = await peopleWithRoles(trx, a.organisationId, a.roles);
  const label = CATEGORY_LABELS[a.category as keyof typeof CATEGORY_LABELS] ?? a.category;
  const made = await insertNotifications(trx, {
    organisationId: a.organisationId,
    userIds: people.map((p) => p.id),
    kind: `inbox.${a.category}.v${a.version}`,
    title: `${label}: a message needs someone now`,
    body: `A ${a.item.channel === "dm" ? "direct message" : a.item.channel} arrived that may need action at once. Open it in the inbox and acknowledge it (${a.clause}).`,
    itemId: a.item.id,
    now: a.now,
  });
  const told = made.length;
  await enqueueAlertMail(deps, trx, {
    organisationId: a.organisationId,
    category: a.category,
    notifications: made,
  });
  await insertHistory(trx, {
    itemId: a.item.id,
    at: a.now,
    actor: SYSTEM_ACTOR,
    action: "inbox.alerted",
    detail: { people: told, clause: a.clause },
  });
  await deps.audit.record(trx, {
    actor: SYSTEM_ACTOR,
    organisationId: a.organisationId,
    action: "inbox.alerted",
    entity: { type: "inbox_item", id: a.item.id },
    after: { people: told, category: a.category },
  });
}
