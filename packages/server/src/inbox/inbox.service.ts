import { AppError, workflowActorFor } from "@parapet/core";
import type { Kysely } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { AuditValue } from "../audit/audit.service.js";
import type { Deps } from "../create-deps.js";
import type { DB, InboxStatus } from "../db/schema.js";
import {
  addItemTag,
  findPerson,
  type ItemRow,
  insertHistory,
  insertNote,
  lockItem,
  removeItemTag,
  updateItem,
} from "./inbox.repository.js";
import { inboxWorkflow, STATUS_EVENT } from "./inbox-workflow.js";

export type InboxDeps = Pick<Deps, "db" | "clock" | "audit" | "jobs">;

export const MAX_BULK = 200;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,49}$/u;

/**
 * One step on one item: locks it, lets `change` update it (and say what changed), then writes
 * the item's history row and the audit row in the same transaction.
 */
export async function changeItem<T>(
  deps: InboxDeps,
  actor: OrganisationActor,
  itemId: string,
  action: string,
  change: (
    trx: Kysely<DB>,
    item: ItemRow,
    now: Date,
  ) => Promise<{ before?: Record<string, AuditValue>; after: Record<string, AuditValue>; value: T } | null>,
  trx?: Kysely<DB>,
): Promise<T | null> {
  const run = async (t: Kysely<DB>) => {
    const item = await lockItem(t, actor.organisationId, itemId);
    if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
    const now = deps.clock.now();
    const outcome = await change(t, item, now);
    if (!outcome) return null;
    await insertHistory(t, { itemId, at: now, actor, action, detail: outcome.after });
    await deps.audit.record(t, {
      actor,
      action,
      entity: { type: "inbox_item", id: itemId },
      ...(outcome.before ? { before: outcome.before } : {}),
      after: outcome.after,
    });
    return outcome.value;
  };
  return trx ? run(trx) : deps.db.transaction().execute(run);
}

/** Someone has seen the crisis or threat: it stops being pinned to the top (never hidden). */
export async function acknowledgeItem(deps: InboxDeps, actor: OrganisationActor, itemId: string) {
  return changeItem(deps, actor, itemId, "inbox.acknowledged", async (trx, item, now) => {
    if (item.priority !== 0)
      throw new AppError(
        "invalid_transition",
        "Only a crisis or threat waiting for someone needs acknowledging.",
      );
    await updateItem(trx, item.id, {
      priority: 1,
      acknowledged_at: now,
      acknowledged_by: actor.id,
      updated_at: now,
    });
    return { after: { category: item.category }, value: true };
  });
}

export async function assignItem(
  deps: InboxDeps,
  actor: OrganisationActor,
  itemId: string,
  assigneeId: string,
  trx?: Kysely<DB>,
) {
  return changeItem(
    deps,
    actor,
    itemId,
    "inbox.assigned",
    async (t, item, now) => {
      const person = await findPerson(t, actor.organisationId, assigneeId);
      if (person?.status !== "active")
        throw new AppError("validation", "That person is not an active member of your organisation.");
      if (item.assignee_id === assigneeId && item.status === "assigned") return null;
      const status: InboxStatus = item.status === "done" || item.status === "new" ? "assigned" : item.status;
      await updateItem(t, item.id, { assignee_id: assigneeId, status, updated_at: now });
      return {
        before: { assignee: item.assignee_id, status: item.status },
        after: { assignee: assigneeId, status },
        value: true,
      };
    },
    trx,
  );
}

/** The assignee gives the item back to the team: nobody has it, and it is new again. */
export async function handBackItem(deps: InboxDeps, actor: OrganisationActor, itemId: string) {
  return changeItem(deps, actor, itemId, "inbox.handed_back", async (trx, item, now) => {
    if (!item.assignee_id) throw new AppError("invalid_transition", "Nobody has this message to hand back.");
    await updateItem(trx, item.id, { assignee_id: null, status: "new", updated_at: now });
    return {
      before: { assignee: item.assignee_id, status: item.status },
      after: { status: "new" },
      value: true,
    };
  });
}

export async function setItemStatus(
  deps: InboxDeps,
  actor: OrganisationActor,
  itemId: string,
  status: InboxStatus,
  trx?: Kysely<DB>,
) {
  return changeItem(
    deps,
    actor,
    itemId,
    "inbox.status_changed",
    async (t, item, now) => {
      if (item.status === status) return null;
      // Who may work the inbox is the route's `inbox.work` permission (for a token, its scope),
      // decided before the service runs; the table decides the step and its guards.
      inboxWorkflow.transition(item.status, STATUS_EVENT[status], workflowActorFor(actor, "inbox.work"), {
        priority: item.priority,
        assigneeId: item.assignee_id,
      });
      await updateItem(t, item.id, {
        status,
        ...(status === "new" ? { assignee_id: null } : {}),
        updated_at: now,
      });
      return { before: { status: item.status }, after: { status }, value: true };
    },
    trx,
  );
}

export function parseTag(tag: string): string {
  const trimmed = tag.trim().toLowerCase();
  if (!TAG.test(trimmed))
    throw new AppError(
      "validation",
      "A tag is 1 to 50 letters, digits, spaces, hyphens or underscores, starting with a letter or digit.",
    );
  return trimmed;
}

export async function tagItem(
  deps: InboxDeps,
  actor: OrganisationActor,
  itemId: string,
  tag: string,
  trx?: Kysely<DB>,
) {
  const clean = parseTag(tag);
  return changeItem(
    deps,
    actor,
    itemId,
    "inbox.tagged",
    async (t) => ((await addItemTag(t, itemId, clean)) ? { after: { tag: clean }, value: true } : null),
    trx,
  );
}

export async function untagItem(deps: InboxDeps, actor: OrganisationActor, itemId: string, tag: string) {
  const clean = parseTag(tag);
  return changeItem(deps, actor, itemId, "inbox.untagged", async (trx) =>
    (await removeItemTag(trx, itemId, clean)) ? { after: { tag: clean }, value: true } : null,
  );
}

/** An internal note: seen by colleagues in Parapet, never sent to the platform. */
export async function addNote(deps: InboxDeps, actor: OrganisationActor, itemId: string, text: string) {
  return changeItem(deps, actor, itemId, "inbox.note_added", async (trx, _item, now) => {
    const authorId = actor.kind === "user" ? actor.id : null;
    const noteId = await insertNote(trx, { itemId, authorId, text, at: now });
    // The audit row names the note, never its words (they may be about a person).
    return { after: { note: noteId, length: text.length }, value: noteId };
  });
}

export type BulkAction =
  | { kind: "assign"; assigneeId: string }
  | { kind: "tag"; tag: string }
  | { kind: "done" };

/**
 * The same step on many items, all or nothing: one transaction, each item's own history and
 * audit rows. An item that cannot take the step (a crisis not yet acknowledged cannot be done)
 * stops the whole batch with its reason.
 */
export async function bulkChange(
  deps: InboxDeps,
  actor: OrganisationActor,
  itemIds: readonly string[],
  action: BulkAction,
): Promise<{ changed: number }> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0 || ids.length > MAX_BULK)
    throw new AppError("validation", `Choose between 1 and ${MAX_BULK} messages.`);
  return deps.db.transaction().execute(async (trx) => {
    let changed = 0;
    for (const id of ids.sort()) {
      const done =
        action.kind === "assign"
          ? await assignItem(deps, actor, id, action.assigneeId, trx)
          : action.kind === "tag"
            ? await tagItem(deps, actor, id, action.tag, trx)
            : await setItemStatus(deps, actor, id, "done", trx);
      if (done) changed += 1;
    }
    return { changed };
  });
}
