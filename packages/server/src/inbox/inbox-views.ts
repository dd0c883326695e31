import { AppError } from "@parapet/core";
import { triageReasonLabel } from "@parapet/core/labels";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { approvalFor } from "./account-rules.js";
import { canAct } from "./connector-for-account.js";
import {
  findItem,
  type ItemRow,
  itemHistory,
  itemNotes,
  itemTags,
  itemVersions,
  listQueue,
  type QueueFilters,
  type QueueKey,
} from "./inbox.repository.js";
import type { QueueQuery } from "./inbox.schema.js";
import {
  autoHideRuleLabel,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  ESCALATION_LABELS,
  FLAG_LABELS,
  HISTORY_LABELS,
  LEGAL_CLOCK_LABELS,
  MODERATION_LABELS,
  platformLabel,
  ROUTE_LABELS,
  URGENCY_LABELS,
} from "./inbox-labels.js";
import { loadInboxPack } from "./inbox-pack.js";
import { STATUS_LABELS } from "./inbox-workflow.js";
import { presenceOf } from "./presence.service.js";

type Labelled<T extends string> = Readonly<Record<T, string>>;
const labelOf = <T extends string>(labels: Labelled<T>, code: string | null, fallback: string) =>
  code === null ? fallback : ((labels as Record<string, string>)[code] ?? fallback);

const EVENT_LABELS: Readonly<Record<string, string>> = {
  created: "As first written",
  edited: "Edited by its author",
  deleted: "Deleted by its author",
  hidden: "Hidden on the platform",
  unhidden: "Shown again on the platform",
};
const EVIDENCE_LABELS = {
  hide: "Hidden",
  unhide: "Hide undone",
  delete: "Deleted",
  reinstate: "Reinstated",
  report: "Reported to the platform",
  block: "Author blocked",
} as const;
const REPLY_LABELS = {
  awaiting_approval: "Waiting for a second person's approval",
  queued: "Sending",
  sent: "Sent",
  failed: "Could not be sent",
  rejected: "Not approved",
} as const;

type QueueRow = ItemRow & {
  assignee_name: string | null;
  account_name: string | null;
  preview: string | null;
};

export function toQueueItem(row: QueueRow, tags: readonly string[]) {
  return {
    id: row.id,
    platform: row.platform,
    platformLabel: platformLabel(row.platform),
    channel: row.channel,
    channelLabel: CHANNEL_LABELS[row.channel],
    accountName: row.account_name,
    author: { handle: row.author_handle, name: row.author_name },
    preview: row.preview ?? "",
    receivedAt: row.received_at.toISOString(),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    assignee: row.assignee_id
      ? { id: row.assignee_id, name: row.assignee_name ?? "A former colleague" }
      : null,
    triaged: row.triaged_at !== null,
    category: row.category,
    categoryLabel: labelOf(CATEGORY_LABELS, row.category, "Not triaged yet"),
    urgency: row.urgency,
    urgencyLabel: labelOf(URGENCY_LABELS, row.urgency, "Not triaged yet"),
    flags: row.flags.map((code) => ({ code, label: labelOf(FLAG_LABELS, code, "Other") })),
    pinned: row.priority === 0,
    dueBy: row.due_by?.toISOString() ?? null,
    tags: [...tags],
    moderation: row.moderation,
    moderationLabel: MODERATION_LABELS[row.moderation],
    deletedOnPlatform: row.deleted_on_platform,
  };
}

function encodeCursor(row: ItemRow): string {
  return Buffer.from(
    JSON.stringify([row.priority, row.sort_due.toISOString(), row.received_at.toISOString(), row.id]),
  ).toString("base64url");
}

function decodeCursor(cursor: string): QueueKey {
  try {
    const [priority, sortDue, receivedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const key = { priority, sortDue: new Date(sortDue), receivedAt: new Date(receivedAt), id };
    if (
      (priority === 0 || priority === 1) &&
      !Number.isNaN(key.sortDue.getTime()) &&
      !Number.isNaN(key.receivedAt.getTime()) &&
      typeof id === "string" &&
      /^[0-9a-f-]{36}$/.test(id)
    )
      return key;
  } catch {
    // falls through to the error below
  }
  throw new AppError("validation", "The cursor is not valid: start again from the first page.");
}

/** The repository's filters for a page of the queue as the API asks for it. */
export function queueFilters(
  deps: Pick<Deps, "clock">,
  actor: OrganisationActor,
  query: QueueQuery,
): QueueFilters {
  return {
    organisationId: actor.organisationId,
    urgency: query.urgency,
    category: query.category,
    status: query.status,
    assigneeId: query.assignee === "me" ? actor.id : query.assignee === "none" ? null : query.assignee,
    accountId: query.account,
    tag: query.tag?.trim().toLowerCase(),
    dueBefore: query.due === "overdue" ? deps.clock.now() : query.due ? new Date(query.due) : undefined,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit,
  };
}

/** A page of the queue: pinned crisis and threat first, then by due time; keyset pagination. */
export async function queuePage(
  deps: Pick<Deps, "db" | "clock">,
  actor: OrganisationActor,
  query: QueueQuery,
) {
  const rows = await listQueue(deps.db, queueFilters(deps, actor, query));
  const page = rows.slice(0, query.limit);
  const tags = await itemTags(
    deps.db,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toQueueItem(row as QueueRow, tags.get(row.id) ?? [])),
    next: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** One item with everything a person needs to act on it: text, versions, reasons, history. */
export async function itemDetail(deps: Pick<Deps, "db" | "clock">, actor: OrganisationActor, itemId: string) {
  const item = await findItem(deps.db, actor.organisationId, itemId);
  if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
  const [versions, history, notes, tags, people, account, replies, evidence] = await Promise.all([
    itemVersions(deps.db, itemId),
    itemHistory(deps.db, itemId),
    itemNotes(deps.db, itemId),
    itemTags(deps.db, [itemId]),
    deps.db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("organisation_id", "=", actor.organisationId)
      .execute(),
    item.account_id
      ? deps.db
          .selectFrom("inbox_accounts")
          .select("name")
          .where("id", "=", item.account_id)
          .executeTakeFirst()
      : undefined,
    deps.db
      .selectFrom("inbox_replies")
      .selectAll()
      .where("item_id", "=", itemId)
      .orderBy("created_at")
      .execute(),
    deps.db
      .selectFrom("inbox_evidence")
      .leftJoin("users", "users.id", "inbox_evidence.taken_by")
      .select([
        "inbox_evidence.action",
        "inbox_evidence.sha256",
        "inbox_evidence.taken_at",
        "inbox_evidence.automatic_rule",
        "users.display_name",
      ])
      .where("inbox_evidence.item_id", "=", itemId)
      .orderBy("inbox_evidence.taken_at")
      .execute(),
  ]);
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  const latest = [...versions].reverse().find((v) => v.event !== "deleted") ?? versions.at(-1);
  const assigneeName = item.assignee_id ? (names.get(item.assignee_id) ?? null) : null;
  const base = toQueueItem(
    {
      ...item,
      assignee_name: assigneeName,
      account_name: account?.name ?? null,
      preview: latest?.text.slice(0, 280) ?? "",
    },
    tags.get(itemId) ?? [],
  );
  const inboxPack = loadInboxPack(await organisationPack(deps.db, actor.organisationId));
  const rules = inboxPack.moderation;
  const approval = item.account_id
    ? await approvalFor(deps, item.account_id, inboxPack)
    : { required: false, roles: [] };
  const mayApprove = actor.roles.some((r) => (approval.roles as readonly string[]).includes(r));
  const handOff = item.legal_clock ? inboxPack.handOff[item.legal_clock] : undefined;
  const may = (action: keyof typeof rules) =>
    actor.roles.some((r) => (rules[action].roles as readonly string[]).includes(r));
  const open = !item.deleted_on_platform && item.account_id !== null;
  return {
    ...base,
    permalink: item.permalink,
    threadId: item.thread_external_id,
    replyToId: item.reply_to_external_id,
    text: latest?.text ?? "",
    subject: latest?.subject ?? null,
    versions: versions.map((v) => ({
      version: v.version,
      eventLabel: EVENT_LABELS[v.event] ?? "Changed",
      text: v.text,
      subject: v.subject,
      occurredAt: v.occurred_at.toISOString(),
    })),
    reasons: (item.reasons as { for: string; cue?: string; start: number; end: number; text: string }[]).map(
      (r) => ({
        label: reasonLabel(r.for, r.cue),
        start: r.start,
        end: r.end,
        text: r.text,
      }),
    ),
    routeLabel: item.route ? labelOf(ROUTE_LABELS, item.route, "Communications team") : null,
    template: item.template ? { text: item.template.text, clause: item.template.clause } : null,
    acknowledgedAt: item.acknowledged_at?.toISOString() ?? null,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      label: HISTORY_LABELS[h.action] ?? "Changed",
      by: h.actor_kind === "system" ? "Parapet" : (h.actor_name ?? "Someone"),
      summary: historySummary(h.action, h.detail, names),
    })),
    notes: notes.map((n) => ({
      at: n.created_at.toISOString(),
      by: n.author_name ?? "Someone",
      text: n.text,
    })),
    replies: replies.map((r) => ({
      id: r.id,
      at: r.created_at.toISOString(),
      text: r.text,
      statusLabel: REPLY_LABELS[r.status],
      error: r.error,
      draftedBy: r.created_by ? (names.get(r.created_by) ?? "A former colleague") : "Parapet",
      decidedBy: r.decided_by ? (names.get(r.decided_by) ?? "A former colleague") : null,
      canDecide: r.status === "awaiting_approval" && mayApprove && r.created_by !== actor.id,
    })),
    evidence: evidence.map((e) => ({
      at: e.taken_at.toISOString(),
      actionLabel: EVIDENCE_LABELS[e.action],
      sha256: e.sha256,
      by: e.automatic_rule ? "Parapet" : (e.display_name ?? "Someone"),
      automaticRule: e.automatic_rule ? autoHideRuleLabel(e.automatic_rule) : null,
    })),
    legalClock:
      item.legal_clock && item.legal_due_by
        ? {
            label: LEGAL_CLOCK_LABELS[item.legal_clock],
            dueBy: item.legal_due_by.toISOString(),
            handedOffAt: item.handed_off_at?.toISOString() ?? null,
            team: handOff?.team ?? null,
            address: handOff?.address ?? null,
            clause: handOff?.clause ?? null,
          }
        : null,
    escalationLabel: ESCALATION_LABELS[item.escalation_level] ?? null,
    ...(await presenceOf(deps.db, actor, itemId, deps.clock.now())),
    repliesNeedApproval: approval.required,
    can: {
      acknowledge: item.priority === 0,
      reply: open && canAct(item.platform, "reply", item.channel),
      hide:
        open && item.moderation === "visible" && may("hide") && canAct(item.platform, "hide", item.channel),
      unhide:
        open &&
        item.moderation === "hidden" &&
        may("unhide") &&
        canAct(item.platform, "unhide", item.channel),
      delete:
        open &&
        item.moderation !== "deleted" &&
        may("delete") &&
        canAct(item.platform, "delete", item.channel),
      reinstate:
        open &&
        item.moderation === "hidden" &&
        may("reinstate") &&
        canAct(item.platform, "unhide", item.channel),
      report:
        open &&
        item.moderation !== "deleted" &&
        may("report") &&
        canAct(item.platform, "report", item.channel),
      block:
        open &&
        item.author_platform_id !== null &&
        may("block") &&
        canAct(item.platform, "block", item.channel),
      handOff: Boolean(item.legal_clock && !item.handed_off_at && handOff),
    },
  };
}

function reasonLabel(code: string, cue?: string): string {
  if (code === "urgency") return "Parapet could not read all of it, so a person should";
  if (cue?.startsWith("reader.")) return triageReasonLabel(code, cue);
  return (
    (CATEGORY_LABELS as Record<string, string>)[code] ??
    (FLAG_LABELS as Record<string, string>)[code] ??
    "Other"
  );
}

function historySummary(
  action: string,
  detail: Record<string, unknown>,
  names: ReadonlyMap<string, string>,
): string {
  switch (action) {
    case "inbox.triaged":
      return `${labelOf(CATEGORY_LABELS, String(detail.category), "Other")}; urgency ${labelOf(URGENCY_LABELS, String(detail.urgency), "unknown").toLowerCase()}`;
    case "inbox.assigned":
      return `To ${names.get(String(detail.assignee)) ?? "a former colleague"}`;
    case "inbox.status_changed":
      return `Now ${labelOf(STATUS_LABELS, String(detail.status), "changed").toLowerCase()}`;
    case "inbox.tagged":
    case "inbox.untagged":
      return String(detail.tag ?? "");
    case "inbox.alerted":
      return `${Number(detail.people ?? 0)} people told (${String(detail.clause ?? "")})`;
    case "inbox.auto_hidden":
      return `${autoHideRuleLabel(String(detail.rule ?? ""))} (${String(detail.clause ?? "")})`;
    case "inbox.escalated":
      return `${Number(detail.people ?? 0)} people told (${String(detail.clause ?? "")})`;
    case "inbox.handed_off":
      return `To the ${String(detail.team ?? "team")}${detail.address ? ` (${String(detail.address)})` : ""} (${String(detail.clause ?? "")})`;
    case "inbox.staff_step_taken":
      return `${String(detail.label ?? "")} (${String(detail.clause ?? "")})${detail.note ? `: ${String(detail.note)}` : ""}`;
    case "inbox.report":
    case "inbox.block":
    case "inbox.hide":
    case "inbox.unhide":
    case "inbox.delete":
    case "inbox.reinstate":
      return `Evidence kept, SHA-256 ${String(detail.sha256 ?? "").slice(0, 12)}… (${String(detail.clause ?? "")})`;
    default:
      return "";
  }
}
