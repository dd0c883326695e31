import {
  ACCOUNT_STATUS_LABELS,
  type AccountEvent,
  type AccountStatus,
  type AccountsPack,
  AppError,
  accountWorkflow,
  COMMUNICATIONS_ROLES,
} from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import type { AccountsDeps } from "./account-requests.service.js";
import {
  addAccountPeople,
  insertTransition,
  lockAccount,
  peopleByIds,
  registerRows,
  removeAccountPerson,
  transitionsOf,
  updateAccount,
} from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { inboxAccountsOf } from "./activity.repository.js";
import { lastActivityOf } from "./activity.service.js";
import { addMonths, dayOf, isoDay } from "./dates.js";
import { openHandovers } from "./leavers.service.js";
import { assertApprovedUser, trainingStatusOf } from "./training.service.js";

/** What the register flags on an account, each with the clause behind it. */
export const REGISTER_FLAGS = [
  "too_few_admins",
  "no_communications_admin",
  "person_left",
  "handover_open",
  "review_overdue",
  "training_not_in_date",
  "no_recent_activity",
] as const;
export type RegisterFlag = (typeof REGISTER_FLAGS)[number];

export const REGISTER_FLAG_LABELS: Readonly<Record<RegisterFlag, string>> = {
  too_few_admins: "Fewer admins than the policy asks for",
  no_communications_admin: "No communications team admin",
  person_left: "An admin or approved user has left",
  handover_open: "Handover not done yet",
  review_overdue: "Review overdue",
  training_not_in_date: "An admin or approved user's training is not in date",
  no_recent_activity: "No activity for months: revive it or close it",
};

type Row = Awaited<ReturnType<typeof registerRows>>[number];
const isComms = (roles: readonly string[]) =>
  roles.some((r) => (COMMUNICATIONS_ROLES as readonly string[]).includes(r));

/** What the flags need besides the account's own row. */
export interface FlagContext {
  handoverOpen: boolean;
  /** People who are not approved users today. */
  untrained: ReadonlySet<string>;
  /** The last activity known (by hand or a reply sent from a linked inbox account), YYYY-MM-DD. */
  lastActivityOn: string | null;
}

/** The flags of one account today (pure over its row and the pack). */
export function flagsOf(account: Row, pack: AccountsPack, today: string, context: FlagContext) {
  const { handoverOpen, untrained, lastActivityOn } = context;
  const flags: { flag: RegisterFlag; label: string; clause: string }[] = [];
  const add = (flag: RegisterFlag, clause: string) =>
    flags.push({ flag, label: REGISTER_FLAG_LABELS[flag], clause });
  const admins = account.people.filter((p) => p.role === "admin" && p.status === "active");
  if (account.status === "live") {
    if (admins.length < pack.admins.minimum) add("too_few_admins", pack.admins.clause);
    // Quiet since its last activity, or since it entered the register when none is known.
    const since = lastActivityOn ?? isoDay(account.created_at);
    if (isoDay(addMonths(new Date(`${since}T00:00:00Z`), pack.dormant.afterMonths)) <= today)
      add("no_recent_activity", pack.dormant.clause);
    if (pack.admins.communicationsTeamRequired && !admins.some((a) => isComms(a.roles)))
      add("no_communications_admin", pack.setup.clause);
  }
  if (account.status !== "closed") {
    if (account.people.some((p) => p.status !== "active")) add("person_left", pack.admins.clause);
    if (handoverOpen) add("handover_open", pack.handover.clause);
    const next = dayOf(account.next_review_on);
    if (next && next < today) add("review_overdue", pack.review.clause);
    if (account.people.some((p) => p.status === "active" && untrained.has(p.user_id)))
      add("training_not_in_date", pack.training.clause);
  }
  return flags;
}

function view(account: Row, pack: AccountsPack, today: string, context: FlagContext) {
  return {
    id: account.id,
    platform: account.platform,
    handle: account.handle,
    name: account.name,
    url: account.url,
    purpose: account.purpose,
    owningService: account.owning_service,
    kind: account.kind,
    status: account.status,
    statusLabel: ACCOUNT_STATUS_LABELS[account.status],
    credentialsLocation: account.credentials_location,
    lastReviewOn: dayOf(account.last_review_on),
    nextReviewOn: dayOf(account.next_review_on),
    people: account.people.map((p) => ({
      id: p.user_id,
      name: p.display_name,
      email: p.email,
      role: p.role,
      active: p.status === "active",
      communicationsTeam: isComms(p.roles),
    })),
    lastActivityOn: context.lastActivityOn,
    flags: flagsOf(account, pack, today, context),
  };
}

export type RegisterFilters = {
  status?: AccountStatus | undefined;
  platform?: string | undefined;
  service?: string | undefined;
  flagged?: boolean | undefined;
  q?: string | undefined;
};

/** The people on these accounts who are not approved users today (their training is not in date). */
async function untrainedAmong(
  deps: AccountsDeps,
  organisationId: string,
  rows: readonly Row[],
  today: string,
  pack: AccountsPack,
): Promise<Set<string>> {
  const ids = [...new Set(rows.flatMap((r) => r.people.map((p) => p.user_id)))];
  const statuses = await trainingStatusOf(deps.db, organisationId, ids, today, pack);
  return new Set(ids.filter((id) => statuses.get(id)?.approvedUser === false));
}

/** Every account the organisation owns and who can post on it, with its flags. */
export async function registerView(
  deps: AccountsDeps,
  actor: OrganisationActor,
  filters: RegisterFilters = {},
) {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const today = isoDay(deps.clock.now());
  const q = filters.q?.trim().toLowerCase();
  const open = new Set((await openHandovers(deps, actor.organisationId)).map((h) => h.account_id));
  const rows = await registerRows(deps.db, actor.organisationId);
  const untrained = await untrainedAmong(deps, actor.organisationId, rows, today, pack);
  const activity = await lastActivityOf(deps.db, actor.organisationId, rows);
  const accounts = rows
    .map((a) =>
      view(a, pack, today, {
        handoverOpen: open.has(a.id),
        untrained,
        lastActivityOn: activity.get(a.id) ?? null,
      }),
    )
    .filter(
      (a) =>
        (!filters.status || a.status === filters.status) &&
        (!filters.platform || a.platform === filters.platform) &&
        (!filters.service || a.owningService.toLowerCase() === filters.service.toLowerCase()) &&
        (!filters.flagged || a.flags.length > 0) &&
        (!q || `${a.handle} ${a.name} ${a.owningService}`.toLowerCase().includes(q)),
    );
  return { accounts, review: pack.review, admins: pack.admins, adminAudit: pack.adminAudit };
}

export async function accountDetail(deps: AccountsDeps, actor: OrganisationActor, id: string) {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const [row] = await registerRows(deps.db, actor.organisationId, id);
  if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
  const history = await transitionsOf(deps.db, actor.organisationId, [id]);
  const handovers = await openHandovers(deps, actor.organisationId, id);
  const today = isoDay(deps.clock.now());
  const untrained = await untrainedAmong(deps, actor.organisationId, [row], today, pack);
  const activity = await lastActivityOf(deps.db, actor.organisationId, [row]);
  const inboxAccounts = await inboxAccountsOf(deps.db, actor.organisationId);
  return {
    ...view(row, pack, today, {
      handoverOpen: handovers.length > 0,
      untrained,
      lastActivityOn: activity.get(id) ?? null,
    }),
    inboxAccount: inboxAccounts.find((a) => a.registered_account_id === id)?.id ?? null,
    inboxAccountChoices: inboxAccounts
      .filter(
        (a) =>
          a.platform === row.platform && (a.registered_account_id === null || a.registered_account_id === id),
      )
      .map((a) => ({ id: a.id, name: a.name })),
    handovers: handovers.map((h) => ({
      id: h.id,
      role: h.role,
      leaver: h.leaver,
      successor: h.successor,
      leavingOn: dayOf(h.leaving_on),
      dueOn: dayOf(h.due_on),
    })),
    actions: accountWorkflow.available(row.status, { id: actor.id, roles: actor.roles }, undefined),
    history: history.map((h) => ({
      event: h.event,
      from: h.from_state,
      to: h.to_state,
      by: h.display_name,
      reasons: h.reasons,
      at: h.at.toISOString(),
    })),
  };
}

const ACCOUNT_AUDIT = { action: "account.status_changed" } as const;

/** Dormant, revived, suspended, reinstated or closed: one transaction with history and audit. */
export async function stepAccount(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  event: AccountEvent,
  reasons: string | undefined,
) {
  if (event === "go_live")
    throw new AppError("invalid_transition", "An account goes live when its request's set-up is complete.");
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockAccount(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
    const to = accountWorkflow.transition(row.status, event, { id: actor.id, roles: actor.roles }, undefined);
    const now = deps.clock.now();
    await updateAccount(trx, id, { status: to, now });
    await insertTransition(trx, {
      organisationId: actor.organisationId,
      entityType: "account",
      entityId: id,
      event,
      from: row.status,
      to,
      actor,
      reasons: reasons?.trim() || null,
      at: now,
    });
    await deps.audit.record(trx, {
      actor,
      action: ACCOUNT_AUDIT.action,
      entity: { type: "registered_account", id },
      before: { status: row.status },
      after: { status: to, event },
    });
    return { id, status: to };
  });
}

/** Adds an admin or approved user: an active member of the organisation. */
export async function addPerson(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  person: { userId: string; role: "admin" | "approved_user" },
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockAccount(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
    if (row.status === "closed")
      throw new AppError("invalid_transition", "A closed account takes no new people.");
    const [user] = await peopleByIds(trx, actor.organisationId, [person.userId]);
    if (user?.status !== "active")
      throw new AppError("validation", "That person is not an active member of your organisation.");
    const now = deps.clock.now();
    // Only approved users may be an account's admins or approved users (CORP-0068 §3.2).
    await assertApprovedUser(
      trx,
      actor.organisationId,
      { id: user.id, name: user.display_name },
      isoDay(now),
      {
        code: "validation",
        action: `be an account's ${person.role === "admin" ? "admin" : "approved user"}`,
      },
    );
    const added = await addAccountPeople(trx, id, [person], now);
    if (added > 0)
      await deps.audit.record(trx, {
        actor,
        action: "account.person_added",
        entity: { type: "registered_account", id },
        after: { user: person.userId, role: person.role },
      });
    return { added: added > 0 };
  });
}

export async function removePerson(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  person: { userId: string; role: "admin" | "approved_user" },
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockAccount(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
    const removed = await removeAccountPerson(trx, id, person.userId, person.role);
    if (removed > 0)
      await deps.audit.record(trx, {
        actor,
        action: "account.person_removed",
        entity: { type: "registered_account", id },
        before: { user: person.userId, role: person.role },
      });
    return { removed: removed > 0 };
  });
}
