import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { findItem } from "./inbox.repository.js";
import { changeItem, type InboxDeps } from "./inbox.service.js";
import { loadInboxPack, type StaffSupportRule } from "./inbox-pack.js";

/** The triage flag that makes an item one that names or targets a member of staff. */
export const STAFF_FLAG = "names_staff";

export interface StaffStepView {
  step: string;
  label: string;
  clause: string;
  taken: { by: string; at: string; note: string | null } | null;
}

export interface StaffSupportView {
  /** The item names or targets staff and the pack has steps for it. */
  offered: boolean;
  clause: string | null;
  canRecord: boolean;
  steps: StaffStepView[];
}

const mayRecord = (rule: StaffSupportRule, actor: OrganisationActor) =>
  rule.roles.some((role) => actor.roles.includes(role));

/**
 * The pack's steps for a message that names or targets a member of staff (TEWV CORP-0068 §4.6:
 * ask the author to remove it, report it to the platform, tell the line manager so support is
 * offered…), each with its clause and, once taken, who took it and when. Packs are data: the
 * steps, their words and their clauses come from the pack's inbox.yaml.
 */
export async function staffSupportOf(
  deps: Pick<InboxDeps, "db">,
  actor: OrganisationActor,
  itemId: string,
): Promise<StaffSupportView> {
  const item = await findItem(deps.db, actor.organisationId, itemId);
  if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
  const rule = loadInboxPack(await organisationPack(deps.db, actor.organisationId)).staffSupport;
  const flagged = item.flags.includes(STAFF_FLAG);
  const taken = await deps.db
    .selectFrom("inbox_staff_steps as s")
    .innerJoin("users as u", "u.id", "s.taken_by")
    .select(["s.step", "s.clause", "s.note", "s.taken_at", "u.display_name"])
    .where("s.item_id", "=", item.id)
    .orderBy("s.taken_at")
    .execute();
  if (!rule) return { offered: false, clause: null, canRecord: false, steps: [] };
  const byStep = new Map(taken.map((row) => [row.step, row]));
  return {
    // Steps already taken stay visible even if a later triage no longer flags the item.
    offered: flagged || taken.length > 0,
    clause: rule.clause,
    canRecord: mayRecord(rule, actor),
    steps: rule.steps.map((s) => {
      const row = byStep.get(s.step);
      return {
        step: s.step,
        label: s.label,
        clause: s.clause,
        taken: row ? { by: row.display_name, at: row.taken_at.toISOString(), note: row.note } : null,
      };
    }),
  };
}

/**
 * Records that one of the pack's steps was taken on the item: who, when, an optional note (e.g.
 * "line manager told by phone"), with the item's history row and the audit row in the same
 * transaction. Each step is recorded once.
 */
export async function recordStaffStep(
  deps: InboxDeps,
  actor: OrganisationActor,
  itemId: string,
  step: string,
  note: string | undefined,
): Promise<StaffSupportView> {
  const rule = loadInboxPack(await organisationPack(deps.db, actor.organisationId)).staffSupport;
  if (!rule)
    throw new AppError("not_found", "Your organisation's policy names no steps for messages about staff.");
  const stepRule = rule.steps.find((s) => s.step === step);
  if (!stepRule) throw new AppError("not_found", "Your organisation's policy has no such step.");
  if (actor.kind !== "user" || !actor.id || !mayRecord(rule, actor))
    throw new AppError("forbidden", `Your role cannot record this step (${rule.clause}).`);
  await changeItem(deps, actor, itemId, "inbox.staff_step_taken", async (trx, item, now) => {
    if (!item.flags.includes(STAFF_FLAG))
      throw new AppError(
        "invalid_transition",
        "Triage did not find a member of staff named or targeted in this message.",
      );
    const inserted = await trx
      .insertInto("inbox_staff_steps")
      .values({
        organisation_id: actor.organisationId,
        item_id: item.id,
        step,
        clause: stepRule.clause,
        note: note ?? null,
        taken_by: actor.id as string,
        taken_at: now,
      })
      .onConflict((oc) => oc.columns(["item_id", "step"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) throw new AppError("conflict", `“${stepRule.label}” is recorded already.`);
    return {
      after: { step, label: stepRule.label, clause: stepRule.clause, ...(note ? { note } : {}) },
      value: true,
    };
  });
  return staffSupportOf(deps, actor, itemId);
}
