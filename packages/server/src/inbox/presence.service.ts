import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import { lockItem } from "./inbox.repository.js";
import { deleteLapsedPresence, deletePresence, livePresence, upsertPresence } from "./presence.repository.js";

/** How long "looking at this" lasts without a heartbeat (the page sends one every 15 seconds). */
export const VIEWING_TTL_MS = 45_000;
/** How long a draft lock lasts without a keystroke; it then lapses so nobody is locked out for long. */
export const DRAFT_LOCK_TTL_MS = 2 * 60_000;

export type PresenceState = "viewing" | "drafting" | "left";

export interface Presence {
  /** Others looking at the item now (never the caller), by name. */
  viewers: { name: string; drafting: boolean }[];
  /** Who else is drafting a reply, if anyone: the item is locked for replies until it lapses. */
  draftLockedBy: string | null;
}

/**
 * Who is looking at an item. Presence is ephemeral — rows expire within a minute or two and
 * are deleted as they lapse — so, unlike the steps on an item, it is not written to the audit
 * trail (a heartbeat every 15 seconds would bury the trail); the reply itself is audited.
 */
export async function presenceOf(
  db: Kysely<DB>,
  actor: OrganisationActor,
  itemId: string,
  now: Date,
): Promise<Presence> {
  const rows = await livePresence(db, itemId, actor.id ?? "", now);
  return {
    viewers: rows.map((r) => ({ name: r.display_name, drafting: r.drafting })),
    draftLockedBy: rows.find((r) => r.drafting)?.display_name ?? null,
  };
}

/**
 * Records that a person opened an item (viewing), is drafting a reply (drafting: the item's
 * draft lock, refused while someone else holds it), or left. One transaction with the item
 * locked, so two officers starting a draft at once cannot both take the lock.
 */
export async function markPresence(
  deps: Pick<Deps, "db" | "clock">,
  actor: OrganisationActor,
  itemId: string,
  state: PresenceState,
): Promise<Presence> {
  if (actor.kind !== "user" || !actor.id)
    throw new AppError("forbidden", "Only a person signed in can be shown as looking at a message.");
  const userId = actor.id;
  return deps.db.transaction().execute(async (trx) => {
    const item = await lockItem(trx, actor.organisationId, itemId);
    if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
    const now = deps.clock.now();
    await deleteLapsedPresence(trx, itemId, now);
    if (state === "left") {
      await deletePresence(trx, itemId, userId);
      return presenceOf(trx, actor, itemId, now);
    }
    const others = await presenceOf(trx, actor, itemId, now);
    if (state === "drafting" && others.draftLockedBy)
      throw new AppError(
        "conflict",
        `${others.draftLockedBy} is drafting a reply to this message. Wait for them to finish, or talk to them.`,
      );
    const drafting = state === "drafting";
    const expires = new Date(now.getTime() + (drafting ? DRAFT_LOCK_TTL_MS : VIEWING_TTL_MS));
    await upsertPresence(trx, { itemId, userId, drafting, seenAt: now, expiresAt: expires });
    return others;
  });
}

/** Refuses a reply while someone else holds the item's draft lock (in the reply's transaction). */
export async function assertNoOtherDraft(
  trx: Kysely<DB>,
  actor: OrganisationActor,
  itemId: string,
  now: Date,
): Promise<void> {
  const { draftLockedBy } = await presenceOf(trx, actor, itemId, now);
  if (draftLockedBy)
    throw new AppError(
      "conflict",
      `${draftLockedBy} is drafting a reply to this message, so it is locked for replies until they finish.`,
    );
}
