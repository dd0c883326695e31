import { type TriageResult, triageMessage } from "@parapet/core";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { AuditEntry } from "../audit/audit.service.js";
import type { Deps } from "../create-deps.js";
import { namedStatement } from "../db/named-statements.js";
import type { DB } from "../db/schema.js";
import { defineJobKind, PermanentJobError } from "../jobs/job-kind.js";
import { enqueueAlertMail } from "../notifications/alert-mail.js";
import { insertNotificationsMany, type NewNotification } from "../notifications/notifications.repository.js";
import { loadTriageConfig } from "../triage/triage-config.reader.js";
import { autoHide } from "./auto-hide.js";
import { isOutOfHours, onCallPeople } from "./escalation.js";
import {
  type HistoryEntry,
  type ItemRow,
  insertHistoryRows,
  lockItemsInIdOrder,
  peopleWithRoles,
  type ReadVersion,
  readForTriage,
} from "./inbox.repository.js";
import type { AccountRow } from "./inbox-accounts.repository.js";
import { CATEGORY_LABELS } from "./inbox-labels.js";
import { type InboxPack, loadInboxPack } from "./inbox-pack.js";
import { PINNED_CATEGORIES, URGENCY_RANK } from "./inbox-workflow.js";
import { LEGAL_CLOCKS, type LegalClock, legalClockStart } from "./legal-clock.js";
import {
  type OutOfHoursAlert,
  onCallNotification,
  outOfHoursRecords,
  signpostCrisis,
} from "./out-of-hours.js";

/** triageMessage reads at most this much; a longer message is triaged on its beginning. */
const TRIAGE_MAX_TEXT = 20_000;
const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");
/** Jobs triaged together: large enough that the statements a batch pays are cheap per message. */
const TRIAGE_BATCH = 100;

/**
 * Triages the latest readable version of an item with its organisation's pack and stores the
 * result; a crisis or threat pins the item to the top and tells the people on duty at once (an
 * in-app notification each, in the same transaction). Idempotent: running it twice stores the
 * same result and tells nobody twice. The worker claims these jobs in batches (a burst of
 * webhooks is triaged a hundred at a time: a few statements for the lot, one transaction).
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
  batch: {
    size: TRIAGE_BATCH,
    run: ({ deps, jobs }) =>
      triageBatch(
        deps,
        jobs.map((job) => ({ organisationId: job.organisationId, itemId: job.payload.itemId })),
      ),
  },
});

/**
 * The triage of the messages of one delivery (a webhook call, a poll, an import of several): one
 * job for them all instead of one each, so that a burst of webhooks costs the jobs table a row per
 * delivery, not per message. Claimed several at a time like inbox.triage. A message that cannot be
 * triaged with the others gets an inbox.triage job of its own, retried and dead-lettered alone.
 */
export const triageDeliveryJob = defineJobKind({
  kind: "inbox.triage_delivery",
  label: "Triage messages that arrived together",
  payload: z.object({ itemIds: z.array(z.uuid()).min(1).max(1000) }),
  describe: (payload) =>
    `Read ${payload.itemIds.length} messages and decide each one's category, urgency and deadline`,
  retry: { maxAttempts: 5, baseDelayMs: 1000 },
  async run({ deps, payload, organisationId, idempotencyKey }) {
    const [outcome] = await triageDeliveries(deps, [
      { organisationId, itemIds: payload.itemIds, idempotencyKey },
    ]);
    if (outcome !== undefined) throw outcome;
  },
  batch: {
    size: 10,
    run: ({ deps, jobs }) =>
      triageDeliveries(
        deps,
        jobs.map((job) => ({
          organisationId: job.organisationId,
          itemIds: job.payload.itemIds,
          idempotencyKey: job.idempotencyKey,
        })),
      ),
  },
});

/**
 * Several deliveries' messages triaged as one batch. Messages that could not be (gone from the
 * inbox, no text, or the batch's transaction failed and so did their own) are handed to an
 * inbox.triage job each, so that each is retried, or dead-lettered with its reason, on its own;
 * the delivery's job then succeeds. One outcome per delivery.
 */
export async function triageDeliveries(
  deps: Deps,
  deliveries: readonly {
    organisationId: string | null;
    itemIds: readonly string[];
    idempotencyKey: string;
  }[],
): Promise<unknown[]> {
  const outcomes: unknown[] = deliveries.map((d) =>
    d.organisationId ? undefined : new PermanentJobError("The job names no organisation."),
  );
  const requests = deliveries.flatMap((d, delivery) =>
    d.organisationId
      ? d.itemIds.map((itemId) => ({ delivery, organisationId: d.organisationId, itemId }))
      : [],
  );
  const results = await triageBatch(deps, requests);
  const failed = requests.filter((_, i) => results[i] !== undefined);
  if (failed.length > 0)
    await deps.db.transaction().execute((trx) =>
      deps.jobs.enqueueMany(
        trx,
        triageItemJob,
        failed.map((r) => ({
          payload: { itemId: r.itemId },
          options: {
            key: `${r.itemId}:${deliveries[r.delivery]?.idempotencyKey}`,
            organisationId: r.organisationId,
          },
        })),
      ),
    );
  return outcomes;
}

export interface TriageRequest {
  organisationId: string | null;
  itemId: string;
}

export async function triageItem(deps: Deps, organisationId: string, itemId: string): Promise<void> {
  const [outcome] = await triageItems(deps, [{ organisationId, itemId }]);
  if (outcome !== undefined) throw outcome;
}

/**
 * A batch's outcomes (undefined: triaged). Should the batch's transaction fail, each message is
 * triaged on its own, so that one message's trouble never holds up the others.
 */
export async function triageBatch(deps: Deps, requests: readonly TriageRequest[]): Promise<unknown[]> {
  try {
    return await triageItems(deps, requests);
  } catch (error) {
    if (requests.length === 1) return [error];
    deps.log.warn(
      { err: error, jobs: requests.length },
      "a triage batch failed; triaging its messages one by one",
    );
    const outcomes: unknown[] = [];
    for (const request of requests) {
      try {
        const [outcome] = await triageItems(deps, [request]);
        outcomes.push(outcome);
      } catch (single) {
        outcomes.push(single);
      }
    }
    return outcomes;
  }
}

interface Triaged {
  version: ReadVersion;
  packId: string;
  result: TriageResult;
}

/**
 * Triages several items: one read (items, their latest readable versions, their packs), the
 * triage itself outside any transaction (pure CPU: PGlite has one session, and nothing waits on
 * it meanwhile), then one transaction that locks the items, stores every result with one
 * statement and writes the history and audit rows with one each. What only a few messages need
 * (alerts, auto-hide, legal clocks) runs for those few, in the same transaction. One outcome
 * per request, in order: undefined when triaged, else the reason it cannot be.
 */
export async function triageItems(deps: Deps, requests: readonly TriageRequest[]): Promise<unknown[]> {
  const outcomes: unknown[] = requests.map(() => undefined);
  const ids = [...new Set(requests.map((r) => r.itemId))];
  if (ids.length === 0) return outcomes;
  const rows = await readForTriage(deps.db, ids);
  const items = new Map(rows.map((row) => [row.id, row]));
  const now = deps.clock.now();
  const triaged = new Map<string, Triaged>();
  requests.forEach((request, i) => {
    if (!request.organisationId) {
      outcomes[i] = new PermanentJobError("The job names no organisation.");
      return;
    }
    const item = items.get(request.itemId);
    if (!item || item.organisation_id !== request.organisationId) {
      outcomes[i] = new PermanentJobError("The message is no longer in the inbox.");
      return;
    }
    const version = item.version;
    if (!version) {
      outcomes[i] = new PermanentJobError("The message has no version with text to read.");
      return;
    }
    const packId = item.pack_id;
    if (!packId || triaged.has(item.id)) return;
    const result = triageMessage(
      {
        id: item.id,
        text: version.text.slice(0, TRIAGE_MAX_TEXT),
        platform: item.platform,
        channel: item.channel,
        author: { handle: item.author_handle, name: item.author_name },
        receivedAt: item.received_at.toISOString(),
        account: item.account,
      },
      loadTriageConfig(packId),
      { now },
    );
    const safe = neverLowWhenUnread(result, version.text, version.attachments);
    triaged.set(item.id, { version, packId, result: safe });
  });
  if (triaged.size === 0) return outcomes;
  await deps.db.transaction().execute(async (trx) => {
    // Locked in id order: two batches that share an item never wait on each other in a cycle.
    const lockedRows = await lockItemsInIdOrder(trx, [...triaged.keys()]);
    if (lockedRows.length === 0) return;
    const at = deps.clock.now();
    const rows = lockedRows.flatMap((locked) => {
      const t = triaged.get(locked.id);
      if (!t) return [];
      const pinnedCategory = PINNED_CATEGORIES.has(t.result.category);
      // A version newer than the acknowledgement is a new message to look at.
      const pinned =
        pinnedCategory && (!locked.acknowledged_at || t.version.received_at > locked.acknowledged_at);
      const changed = !sameTriage(locked, t.result);
      // An FOI or subject-access request starts its legal clock once (stored with the result).
      const legal =
        changed && LEGAL_CLOCKS.has(t.result.category) && !locked.legal_clock
          ? {
              clock: t.result.category as LegalClock,
              ...legalClockStart(t.packId, t.result.category as LegalClock, locked.received_at),
            }
          : null;
      return [{ locked, t, pinned, wasPinned: locked.priority === 0, changed, legal }];
    });
    await storeTriage(trx, rows, at);
    const changed = rows.filter((row) => row.changed);
    const detailOf = (t: Triaged) => ({
      version: t.version.version,
      category: t.result.category,
      urgency: t.result.urgency,
      flags: t.result.flags,
      dueBy: t.result.dueBy,
      pack: t.packId,
    });
    await insertHistoryRows(
      trx,
      changed.map(({ locked, t }) => ({
        itemId: locked.id,
        at,
        actor: SYSTEM_ACTOR,
        action: "inbox.triaged",
        detail: detailOf(t),
      })),
    );
    const triagedAudit: AuditEntry[] = changed.map(({ locked, t }) => ({
      actor: SYSTEM_ACTOR,
      organisationId: locked.organisation_id,
      action: "inbox.triaged",
      entity: { type: "inbox_item", id: locked.id },
      after: detailOf(t),
    }));
    // What only a few messages need. Alerts in hours and legal clocks are written together at
    // the end (one statement each for the lot); the rest, rarer, one message at a time.
    const later: Later = { history: [], audit: [], alerts: [] };
    const accountIds = [
      ...new Set(changed.flatMap(({ locked }) => (locked.account_id ? [locked.account_id] : []))),
    ];
    const accounts = new Map(
      accountIds.length === 0
        ? []
        : (await trx.selectFrom("inbox_accounts").selectAll().where("id", "in", accountIds).execute()).map(
            (row) => [row.id, row],
          ),
    );
    for (const { locked, t, pinned, wasPinned, legal } of changed)
      await afterTriage(deps, trx, later, {
        locked,
        triaged: t,
        account: locked.account_id ? accounts.get(locked.account_id) : undefined,
        alert: pinned && !wasPinned,
        legal,
        now: at,
      });
    await alertOnDutyMany(deps, trx, later, at);
    await insertHistoryRows(trx, later.history);
    // The audit rows last, in one call: appending locks the organisation's chain head until the
    // transaction commits, and every ingest of the organisation waits on that lock (the
    // pipeline's main wait, docs/benchmarks.md), so it is held for the commit only. The
    // out-of-hours alerts' and auto-hides' rows are among them (laterAudit).
    await deps.audit.recordMany(trx, [...triagedAudit, ...later.audit]);
  });
  return outcomes;
}

/**
 * Every result with one statement: an update from unnest() of one array per column, so the
 * statement has thirteen parameters whatever the batch's size (a VALUES list had thirteen a row:
 * thousands to build, send, parse and plan for a batch of 500; docs/benchmarks.md, 4 December,
 * branch p2).
 */
async function storeTriage(
  trx: Kysely<DB>,
  rows: readonly {
    locked: ItemRow;
    t: Triaged;
    pinned: boolean;
    legal: { clock: LegalClock; dueBy: Date } | null;
  }[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(of: (row: (typeof rows)[number]) => T): T[] => rows.map(of);
  const dueOf = (row: (typeof rows)[number]) => (row.t.result.dueBy ? new Date(row.t.result.dueBy) : null);
  await sql`${namedStatement("store_triage")}
    update inbox_items as i set
      triaged_at = ${now}, category = v.category, urgency = v.urgency, urgency_rank = v.urgency_rank,
      priority = v.priority, flags = v.flags, reasons = v.reasons, route = v.route, due_by = v.due_by,
      sort_due = v.sort_due, template = v.template, updated_at = ${now},
      legal_clock = coalesce(i.legal_clock, v.legal_clock),
      legal_due_by = case when i.legal_clock is null and v.legal_clock is not null then v.legal_due_by
        else i.legal_due_by end
    from unnest(
      ${column((r) => r.locked.id)}::uuid[], ${column((r) => r.t.result.category)}::text[],
      ${column((r) => r.t.result.urgency)}::text[], ${column((r) => URGENCY_RANK[r.t.result.urgency])}::smallint[],
      ${column((r) => (r.pinned ? 0 : 1))}::smallint[], ${column((r) => JSON.stringify(r.t.result.flags))}::jsonb[],
      ${column((r) => JSON.stringify(r.t.result.reasons ?? []))}::jsonb[], ${column((r) => r.t.result.route)}::text[],
      ${column(dueOf)}::timestamptz[], ${column((r) => dueOf(r) ?? FAR_FUTURE)}::timestamptz[],
      ${column((r) => (r.t.result.template ? JSON.stringify(r.t.result.template) : null))}::jsonb[],
      ${column((r) => r.legal?.clock ?? null)}::text[], ${column((r) => r.legal?.dueBy ?? null)}::timestamptz[])
      as v (id, category, urgency, urgency_rank, priority, flags, reasons, route, due_by, sort_due, template,
        legal_clock, legal_due_by)
    where i.id = v.id`.execute(trx);
}

/** Rows a triage batch writes together once every message has had its turn. */
interface Later {
  history: HistoryEntry[];
  audit: AuditEntry[];
  alerts: {
    organisationId: string;
    item: ItemRow;
    category: string;
    pack: InboxPack;
    version: number;
    outOfHours: boolean;
    template: OutOfHoursAlert["template"];
  }[];
}

/** What only some triaged messages need: auto-hide, the alert, the out-of-hours rule, a legal clock. */
async function afterTriage(
  deps: Deps,
  trx: Kysely<DB>,
  later: Later,
  a: {
    locked: ItemRow;
    triaged: Triaged;
    account: AccountRow | undefined;
    alert: boolean;
    legal: { detail: Record<string, string> } | null;
    now: Date;
  },
): Promise<void> {
  const { locked, now } = a;
  const { version, packId, result: safe } = a.triaged;
  const organisationId = locked.organisation_id;
  const itemId = locked.id;
  const inbox = loadInboxPack(packId);
  // Their audit rows join the batch's, appended with one chain-head lock at the very end of the
  // transaction (in the order they were made), never mid-transaction: the head is held for the
  // commit only.
  const batchAudit = { audit: laterAudit(later), jobs: deps.jobs };
  if (a.account)
    await autoHide(batchAudit, trx, {
      organisationId,
      item: locked,
      account: a.account,
      text: version.text,
      triage: safe,
      pack: inbox,
      now,
    });
  // The alert (to whoever is on duty), and out of hours the on-call rule too: both made for the
  // whole batch at the end (alertOnDutyMany), in that order for each message.
  if (a.alert)
    later.alerts.push({
      organisationId,
      item: locked,
      category: safe.category,
      pack: inbox,
      version: version.version,
      outOfHours: isOutOfHours(packId, now),
      template: safe.template ?? null,
    });
  if (a.legal) {
    later.history.push({
      itemId,
      at: now,
      actor: SYSTEM_ACTOR,
      action: "inbox.legal_clock_started",
      detail: a.legal.detail,
    });
    later.audit.push({
      actor: SYSTEM_ACTOR,
      organisationId,
      action: "inbox.legal_clock_started",
      entity: { type: "inbox_item", id: itemId },
      after: a.legal.detail,
    });
  }
}

/**
 * The alerts of a batch: the people on duty (and out of hours the on-call list) read once per
 * organisation and roles, one statement for every notification, the e-mail copies enqueued, the
 * signposting replies of out-of-hours crises made, the history and audit rows added to the
 * batch's.
 */
async function alertOnDutyMany(deps: Deps, trx: Kysely<DB>, later: Later, now: Date): Promise<void> {
  if (later.alerts.length === 0) return;
  const onDuty = new Map<string, { id: string }[]>();
  const onCall = new Map<string, { id: string }[]>();
  const requests: {
    a: Later["alerts"][number];
    notification: NewNotification;
    outOfHours: OutOfHoursAlert | undefined;
  }[] = [];
  for (const a of later.alerts) {
    const key = `${a.organisationId} ${a.pack.alert.roles.join(",")}`;
    let people = onDuty.get(key);
    if (!people) {
      people = await peopleWithRoles(trx, a.organisationId, a.pack.alert.roles);
      onDuty.set(key, people);
    }
    let outOfHours: OutOfHoursAlert | undefined;
    if (a.outOfHours) {
      const callKey = `${a.organisationId} ${a.pack.pack}`;
      let list = onCall.get(callKey);
      if (!list) {
        list = await onCallPeople(trx, a.organisationId, a.pack);
        onCall.set(callKey, list);
      }
      outOfHours = { ...a, onCall: list, now };
    }
    requests.push({ a, notification: alertNotification(a, people, now), outOfHours });
  }
  const made = await insertNotificationsMany(trx, [
    ...requests.map((r) => r.notification),
    ...requests.flatMap((r) => (r.outOfHours ? [onCallNotification(r.outOfHours)] : [])),
  ]);
  const madeFor = new Map<string, { id: string; user_id: string }[]>();
  for (const n of made) {
    const key = `${n.item_id} ${n.kind}`;
    madeFor.set(key, [...(madeFor.get(key) ?? []), { id: n.id, user_id: n.user_id }]);
  }
  for (const { a, notification, outOfHours } of requests) {
    const mine = madeFor.get(`${a.item.id} ${notification.kind}`) ?? [];
    await enqueueAlertMail(deps, trx, {
      organisationId: a.organisationId,
      category: a.category,
      notifications: mine,
    });
    later.history.push({
      itemId: a.item.id,
      at: now,
      actor: SYSTEM_ACTOR,
      action: "inbox.alerted",
      detail: { people: mine.length, clause: a.pack.alert.clause },
    });
    later.audit.push({
      actor: SYSTEM_ACTOR,
      organisationId: a.organisationId,
      action: "inbox.alerted",
      entity: { type: "inbox_item", id: a.item.id },
      after: { people: mine.length, category: a.category },
    });
    if (!outOfHours) continue;
    const told = madeFor.get(`${a.item.id} ${onCallNotification(outOfHours).kind}`) ?? [];
    const replyId = await signpostCrisis(deps, trx, outOfHours);
    const records = outOfHoursRecords(outOfHours, told, replyId);
    later.history.push(records.history);
    later.audit.push(records.audit);
  }
}

function alertNotification(
  a: { organisationId: string; item: ItemRow; category: string; version: number; pack: InboxPack },
  people: readonly { id: string }[],
  now: Date,
) {
  const label = CATEGORY_LABELS[a.category as keyof typeof CATEGORY_LABELS] ?? a.category;
  return {
    organisationId: a.organisationId,
    userIds: people.map((p) => p.id),
    kind: `inbox.${a.category}.v${a.version}`,
    title: `${label}: a message needs someone now`,
    body: `A ${a.item.channel === "dm" ? "direct message" : a.item.channel} arrived that may need action at once. Open it in the inbox and acknowledge it (${a.pack.alert.clause}).`,
    itemId: a.item.id,
    now,
  };
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

/** An audit recorder that adds rows to the batch's, to be appended at the end of its transaction. */
function laterAudit(later: Later): Deps["audit"] {
  return {
    record: async (_trx, entry) => {
      later.audit.push(entry);
    },
    recordMany: async (_trx, entries) => {
      later.audit.push(...entries);
    },
  };
}
