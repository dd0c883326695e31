import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { peopleWithRoles } from "../inbox/inbox.repository.js";
import { loadInboxPack } from "../inbox/inbox-pack.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import {
  ALERT_KINDS,
  type AlertKind,
  emailChoices,
  emailTurnedOff,
  lockOrganisationPreferences,
  type PreferenceKind,
  REGISTER_MAIL_KIND_LABELS,
  REGISTER_MAIL_KINDS,
  type RegisterMailKind,
  saveEmailChoice,
} from "./preferences.repository.js";

/**
 * One person's notification preferences, per kind of alert. The rule is kept simple on
 * purpose (docs/notifications.md):
 * - in-app alerts for crisis and threat are always on;
 * - e-mail is on unless the person turns it off;
 * - a person on duty (holding one of the pack's alert roles) may turn e-mail for a kind off
 *   only while another person on duty still gets it;
 * - and if, later, nobody on duty gets it (people left, roles changed), everyone on duty is
 *   e-mailed regardless of their choice (notifications/alert-mail.ts): a missed crisis is
 *   worse than an unwanted e-mail.
 */
export interface PreferenceView {
  kind: AlertKind;
  inApp: true;
  email: boolean;
  /** Whether this person is among those the pack alerts. */
  onDuty: boolean;
  /** Whether turning e-mail off would be allowed now. */
  canTurnEmailOff: boolean;
}

/**
 * The account register's notifications (docs/notifications.md): always in the app; e-mail on
 * until the person turns it off, with no one-on-duty rule, since none of them is an alert.
 */
export interface RegisterPreferenceView {
  kind: RegisterMailKind;
  label: string;
  hint: string;
  email: boolean;
}

export async function readPreferences(
  actor: OrganisationActor,
  deps: Deps,
): Promise<{ mailConfigured: boolean; preferences: PreferenceView[]; register: RegisterPreferenceView[] }> {
  const userId = ownId(actor);
  const onDuty = await onDutyPeople(deps.db, actor.organisationId);
  const choices = await emailChoices(deps.db, userId);
  const preferences: PreferenceView[] = [];
  for (const kind of ALERT_KINDS) {
    const off = await emailTurnedOff(deps.db, kind, onDuty);
    const othersGettingIt = onDuty.filter((id) => id !== userId && !off.has(id)).length;
    const mine = onDuty.includes(userId);
    preferences.push({
      kind,
      inApp: true,
      email: choices.get(kind) ?? true,
      onDuty: mine,
      canTurnEmailOff: !mine || othersGettingIt > 0,
    });
  }
  const register = REGISTER_MAIL_KINDS.map((kind) => ({
    kind,
    ...REGISTER_MAIL_KIND_LABELS[kind],
    email: choices.get(kind) ?? true,
  }));
  return { mailConfigured: deps.mail !== undefined, preferences, register };
}

const isAlertKind = (kind: PreferenceKind): kind is AlertKind =>
  (ALERT_KINDS as readonly string[]).includes(kind);

export async function setPreferences(
  options: { actor: OrganisationActor; changes: readonly { kind: PreferenceKind; email: boolean }[] },
  deps: Deps,
): Promise<void> {
  const userId = ownId(options.actor);
  const organisationId = options.actor.organisationId;
  await deps.db.transaction().execute(async (trx) => {
    await lockOrganisationPreferences(trx, organisationId);
    const onDuty = await onDutyPeople(trx, organisationId);
    const before = await emailChoices(trx, userId);
    const changed: Record<string, boolean> = {};
    const was: Record<string, boolean> = {};
    for (const change of options.changes) {
      const current = before.get(change.kind) ?? true;
      if (current === change.email) continue;
      if (!change.email && isAlertKind(change.kind) && onDuty.includes(userId)) {
        const off = await emailTurnedOff(trx, change.kind, onDuty);
        const others = onDuty.filter((id) => id !== userId && !off.has(id));
        if (others.length === 0)
          throw new AppError(
            "conflict",
            `You are the only person on duty who gets ${change.kind} alerts by e-mail, so you cannot turn them off. Ask another member of the team to keep theirs on first.`,
          );
      }
      await saveEmailChoice(trx, {
        userId,
        organisationId,
        kind: change.kind,
        email: change.email,
        now: deps.clock.now(),
      });
      changed[`${change.kind}Email`] = change.email;
      was[`${change.kind}Email`] = current;
    }
    if (Object.keys(changed).length === 0) return;
    await deps.audit.record(trx, {
      actor: options.actor,
      action: "user.notification_preferences_changed",
      entity: { type: "user", id: userId },
      before: was,
      after: changed,
    });
  });
}

/** The people the pack's alerts go to: active, with one of its alert roles. */
export async function onDutyPeople(db: Deps["db"], organisationId: string): Promise<string[]> {
  const inbox = loadInboxPack(await organisationPack(db, organisationId));
  return (await peopleWithRoles(db, organisationId, inbox.alert.roles)).map((p) => p.id);
}

function ownId(actor: OrganisationActor): string {
  if (actor.kind !== "user" || !actor.id)
    throw new AppError("forbidden", "Notification preferences are for people, not API tokens.");
  return actor.id;
}
