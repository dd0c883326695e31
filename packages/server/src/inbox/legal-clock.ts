import { AppError, calendarMonthAfter, foiDueBy } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { loadTriageConfig } from "../triage/triage-config.reader.js";
import { peopleWithRoles, updateItem } from "./inbox.repository.js";
import { changeItem } from "./inbox.service.js";
import { loadInboxPack } from "./inbox-pack.js";

export type LegalClock = "foi" | "subject_access";
export const LEGAL_CLOCKS: ReadonlySet<string> = new Set<LegalClock>(["foi", "subject_access"]);

/**
 * The statutory deadline of a request, from when it reached us: FOIA s.10 gives 20 working days
 * (weekends and any UK bank holiday excluded); UK GDPR Art. 12(3) gives one calendar month for
 * a subject-access request. Computed here, not taken from a pack's service deadline, because the
 * law does not change with the trust.
 */
export function legalDueBy(packId: string, clock: LegalClock, receivedAt: Date): Date {
  const calendar = loadTriageConfig(packId).calendar;
  return clock === "foi" ? foiDueBy(receivedAt, calendar) : calendarMonthAfter(receivedAt, calendar);
}

/**
 * What starting the legal clock records when triage finds an FOI or subject-access request: the
 * deadline (stored on the item) and the history and audit detail (triage.job.ts writes them in
 * the triage's transaction, with the batch's other rows).
 */
export function legalClockStart(
  packId: string,
  clock: LegalClock,
  receivedAt: Date,
): { dueBy: Date; detail: { clock: LegalClock; dueBy: string; law: string } } {
  const dueBy = legalDueBy(packId, clock, receivedAt);
  return {
    dueBy,
    detail: {
      clock,
      dueBy: dueBy.toISOString(),
      law: clock === "foi" ? "FOIA s.10 (20 working days)" : "UK GDPR Art. 12(3) (one month)",
    },
  };
}

/**
 * Hands an FOI or subject-access request to the team that answers it (the pack's `hand_off`:
 * the team, its address where the policy gives one, e.g. CMFT's foi@cmft.nhs.uk, and the
 * clause). The people with the team's roles are told in Parapet; the item's history records the
 * hand-off with the address, the legal deadline and the clause, in one transaction.
 */
export async function handOffItem(
  deps: Pick<Deps, "db" | "clock" | "audit" | "jobs">,
  actor: OrganisationActor,
  itemId: string,
) {
  const pack = loadInboxPack(await organisationPack(deps.db, actor.organisationId));
  return changeItem(deps, actor, itemId, "inbox.handed_off", async (trx, item, now) => {
    if (!item.legal_clock || !item.legal_due_by)
      throw new AppError(
        "invalid_transition",
        "Only a freedom of information or subject-access request is handed off.",
      );
    if (item.handed_off_at) throw new AppError("invalid_transition", "This request was handed off already.");
    const rule = pack.handOff[item.legal_clock];
    if (!rule)
      throw new AppError("invalid_transition", "Your policy pack names no team to hand this request to.");
    const people = await peopleWithRoles(trx, actor.organisationId, rule.roles);
    const told = await insertNotifications(trx, {
      organisationId: actor.organisationId,
      userIds: people.map((p) => p.id),
      kind: "inbox.handed_off",
      title:
        item.legal_clock === "foi"
          ? "A freedom of information request for you"
          : "A request for personal information for you",
      body: `The communications team handed you a request that arrived on social media. It must be answered by ${item.legal_due_by.toISOString().slice(0, 10)} (${rule.clause}).`,
      itemId,
      now,
    });
    await updateItem(trx, itemId, { handed_off_at: now, updated_at: now });
    return {
      after: {
        team: rule.team,
        address: rule.address ?? null,
        dueBy: item.legal_due_by.toISOString(),
        people: told,
        clause: rule.clause,
      },
      value: { team: rule.team, address: rule.address ?? null },
    };
  });
}
