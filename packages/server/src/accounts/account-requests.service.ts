import {
  type AccountRequestForm,
  AppError,
  accountRequestFormSchema,
  accountRequestWorkflow,
  COMMUNICATIONS_ROLES,
  checkAccountCriteria,
  missingToSubmit,
  PLATFORM_LABELS,
  REQUEST_STATE_LABELS,
  type RequestEvent,
  type RequestState,
} from "@parapet/core";
import type { Kysely } from "kysely";
import type { OrganisationActor } from "../audit/actor.js";
import type { AuditValue } from "../audit/audit.service.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import { enqueueNotificationMail } from "../notifications/notification-mail.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import {
  addAccountPeople,
  findAccountByHandle,
  findRequest,
  insertAccount,
  insertRequest,
  insertTransition,
  listRequests,
  lockRequest,
  peopleByIds,
  peopleWithRoles,
  type RequestRow,
  transitionsOf,
  updateAccount,
  updateRequest,
} from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { addMonths, isoDay } from "./dates.js";
import { type Setup, setupMissing, setupSchema } from "./setup-checklist.js";

export type AccountsDeps = Pick<Deps, "db" | "clock" | "audit" | "jobs" | "mail">;

/** Each step's audit action and who is told next (by role, or the request's own people). */
const STEPS: Readonly<
  Record<
    RequestEvent,
    { action: string; tell: readonly ("requester" | "line_manager" | "communications" | "approver")[] }
  >
> = {
  submit: { action: "account_request.submitted", tell: ["line_manager"] },
  endorse: { action: "account_request.endorsed", tell: ["communications"] },
  return: { action: "account_request.returned", tell: ["requester"] },
  start_review: { action: "account_request.reviewed", tell: ["approver"] },
  approve: { action: "account_request.approved", tell: ["requester", "communications"] },
  reject: { action: "account_request.rejected", tell: ["requester"] },
  go_live: { action: "account_request.went_live", tell: ["requester"] },
  withdraw: { action: "account_request.withdrawn", tell: ["line_manager"] },
};

const NEXT_TITLE: Readonly<Record<RequestEvent, string>> = {
  submit: "An account request needs your endorsement",
  endorse: "An account request is ready for communications review",
  return: "Your account request was returned to you",
  start_review: "An account request is waiting for your approval",
  approve: "An account request was approved: set-up can start",
  reject: "Your account request was rejected",
  go_live: "Your requested account is live",
  withdraw: "An account request you were asked to endorse was withdrawn",
};

/** Steps that must say why (a return or a rejection has reasons the requester can act on). */
const NEEDS_REASONS: ReadonlySet<RequestEvent> = new Set(["return", "reject"]);

function personOf(actor: OrganisationActor): string {
  if (actor.kind !== "user" || !actor.id)
    throw new AppError("forbidden", "Account requests are made and decided by people, not API tokens.");
  return actor.id;
}

/** The people a form names must be active members of the organisation (the line manager a line manager). */
async function checkPeople(
  db: Kysely<DB>,
  organisationId: string,
  form: AccountRequestForm,
  requesterId: string,
) {
  const ids = [...new Set([...form.approvedUserIds, ...(form.lineManagerId ? [form.lineManagerId] : [])])];
  const people = await peopleByIds(db, organisationId, ids);
  for (const id of ids) {
    const person = people.find((p) => p.id === id);
    if (person?.status !== "active")
      throw new AppError(
        "validation",
        "Everyone the request names must be an active member of your organisation.",
      );
  }
  if (form.lineManagerId) {
    if (form.lineManagerId === requesterId)
      throw new AppError("validation", "Name your line manager: no one can endorse their own request.");
    const manager = people.find((p) => p.id === form.lineManagerId);
    if (!manager?.roles.includes("line_manager"))
      throw new AppError(
        "validation",
        "The person named as your line manager does not have the line manager role.",
      );
  }
}

async function record(
  deps: AccountsDeps,
  trx: Kysely<DB>,
  actor: OrganisationActor,
  entry: {
    action: string;
    id: string;
    before?: Record<string, AuditValue>;
    after: Record<string, AuditValue>;
  },
) {
  await deps.audit.record(trx, {
    actor,
    action: entry.action,
    entity: { type: "account_request", id: entry.id },
    ...(entry.before ? { before: entry.before } : {}),
    after: entry.after,
  });
}

export async function createRequest(deps: AccountsDeps, actor: OrganisationActor, form: AccountRequestForm) {
  const requesterId = personOf(actor);
  return deps.db.transaction().execute(async (trx) => {
    await checkPeople(trx, actor.organisationId, form, requesterId);
    const now = deps.clock.now();
    const id = await insertRequest(trx, {
      organisationId: actor.organisationId,
      requesterId,
      form,
      lineManagerId: form.lineManagerId,
      now,
    });
    await insertTransition(trx, {
      organisationId: actor.organisationId,
      entityType: "request",
      entityId: id,
      event: "create",
      from: null,
      to: "draft",
      actor,
      reasons: null,
      at: now,
    });
    await record(deps, trx, actor, {
      action: "account_request.created",
      id,
      after: { state: "draft", platform: form.platform },
    });
    return { id };
  });
}

/** The requester changes the form while it is a draft or has been returned to them. */
export async function updateRequestForm(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  form: AccountRequestForm,
) {
  const requesterId = personOf(actor);
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account request in your organisation.");
    if (row.requester_id !== requesterId)
      throw new AppError("forbidden", "Only the person who made the request can change it.");
    if (row.state !== "draft" && row.state !== "returned")
      throw new AppError(
        "invalid_transition",
        `The request cannot be changed while it is ${REQUEST_STATE_LABELS[row.state as RequestState]}.`,
      );
    await checkPeople(trx, actor.organisationId, form, requesterId);
    await updateRequest(trx, id, { form, lineManagerId: form.lineManagerId, now: deps.clock.now() });
    await record(deps, trx, actor, { action: "account_request.updated", id, after: { state: row.state } });
    return { id };
  });
}

/** The communications team fills in the set-up checklist of an approved request. */
export async function updateSetup(deps: AccountsDeps, actor: OrganisationActor, id: string, setup: Setup) {
  personOf(actor);
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account request in your organisation.");
    if (row.state !== "approved")
      throw new AppError(
        "invalid_transition",
        "The set-up checklist is filled in once the request is approved.",
      );
    const people = await peopleByIds(trx, actor.organisationId, setup.adminIds);
    if (people.length !== setup.adminIds.length || people.some((p) => p.status !== "active"))
      throw new AppError("validation", "Every admin must be an active member of your organisation.");
    await updateRequest(trx, id, { setup, now: deps.clock.now() });
    const missing = setupMissing(setup, people);
    await record(deps, trx, actor, {
      action: "account_request.setup_updated",
      id,
      after: {
        handleReserved: setup.handleReserved,
        twoFactorOn: setup.twoFactorOn,
        communicationsAdmin: !missing.some((m) => m.startsWith("add a communications")),
        credentialsLocationRecorded: setup.credentialsLocation.trim() !== "",
        admins: setup.adminIds.length,
      },
    });
    return { id, missing };
  });
}

async function contextOf(db: Kysely<DB>, row: RequestRow) {
  const setup = setupSchema.catch(setupSchema.parse({})).parse(row.setup);
  const admins = await peopleByIds(db, row.organisation_id, setup.adminIds);
  return {
    setup,
    context: {
      requesterId: row.requester_id,
      lineManagerId: row.line_manager_id,
      setupMissing: setupMissing(setup, admins),
    },
  };
}

/**
 * One step on one request, as one transaction: the workflow says whether this actor may take
 * it; the state changes, the history and audit rows are written, and the next people are told.
 */
export async function stepRequest(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  event: RequestEvent,
  reasons: string | undefined,
) {
  const actorId = personOf(actor);
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const workflow = accountRequestWorkflow(pack.approver.roles);
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, actor.organisationId, id);
    if (!row) throw new AppError("not_found", "There is no such account request in your organisation.");
    const { setup, context } = await contextOf(trx, row);
    const from = row.state as RequestState;
    const to = workflow.transition(from, event, { id: actorId, roles: actor.roles }, context);
    const why = reasons?.trim() ?? "";
    if (NEEDS_REASONS.has(event) && why === "")
      throw new AppError("validation", "Say why, so the requester knows what to change.");
    const form = accountRequestFormSchema.parse(row.form);
    if (event === "submit") {
      const missing = missingToSubmit(form);
      if (missing.length > 0)
        throw new AppError("validation", `Fill in ${missing.join(", ")} before submitting.`);
    }
    const now = deps.clock.now();
    let accountId = row.account_id ?? undefined;
    if (event === "approve") accountId = await registerApproved(deps, trx, actor, form, now);
    if (event === "go_live" && accountId) {
      await updateAccount(trx, accountId, {
        status: "live",
        credentialsLocation: setup.credentialsLocation,
        lastReviewOn: isoDay(now),
        nextReviewOn: isoDay(addMonths(now, pack.review.intervalMonths)),
        now,
      });
      await addAccountPeople(
        trx,
        accountId,
        setup.adminIds.map((userId) => ({ userId, role: "admin" as const })),
        now,
      );
      await insertTransition(trx, {
        organisationId: actor.organisationId,
        entityType: "account",
        entityId: accountId,
        event: "go_live",
        from: "requested",
        to: "live",
        actor,
        reasons: null,
        at: now,
      });
    }
    await updateRequest(trx, id, {
      state: to,
      now,
      ...(NEEDS_REASONS.has(event) ? { reasons: why } : event === "submit" ? { reasons: null } : {}),
      ...(accountId ? { accountId } : {}),
    });
    await insertTransition(trx, {
      organisationId: actor.organisationId,
      entityType: "request",
      entityId: id,
      event,
      from,
      to,
      actor,
      reasons: why || null,
      at: now,
    });
    await record(deps, trx, actor, {
      action: STEPS[event].action,
      id,
      before: { state: from },
      after: {
        state: to,
        ...(why ? { reasonsLength: why.length } : {}),
        ...(accountId ? { account: accountId } : {}),
      },
    });
    await tellNext(deps, trx, actor, row, event, form, pack.approver.roles, now);
    return { id, state: to };
  });
}

/** An approved request enters the register as `requested` until it goes live. */
async function registerApproved(
  deps: AccountsDeps,
  trx: Kysely<DB>,
  actor: OrganisationActor,
  form: AccountRequestForm,
  now: Date,
): Promise<string> {
  const handle = form.handle || form.proposedName;
  if (await findAccountByHandle(trx, actor.organisationId, form.platform, handle))
    throw new AppError("conflict", "The register already has an account with this handle on this platform.");
  const accountId = await insertAccount(trx, {
    organisationId: actor.organisationId,
    platform: form.platform,
    handle,
    name: form.proposedName || handle,
    url: null,
    purpose: form.purpose,
    owningService: form.service,
    kind: "devolved",
    status: "requested",
    credentialsLocation: null,
    lastReviewOn: null,
    nextReviewOn: null,
    now,
  });
  await addAccountPeople(
    trx,
    accountId,
    form.approvedUserIds.map((userId) => ({ userId, role: "approved_user" as const })),
    now,
  );
  await insertTransition(trx, {
    organisationId: actor.organisationId,
    entityType: "account",
    entityId: accountId,
    event: "register",
    from: null,
    to: "requested",
    actor,
    reasons: null,
    at: now,
  });
  await deps.audit.record(trx, {
    actor,
    action: "account.registered",
    entity: { type: "registered_account", id: accountId },
    after: { status: "requested", platform: form.platform },
  });
  return accountId;
}

async function tellNext(
  deps: AccountsDeps,
  trx: Kysely<DB>,
  actor: OrganisationActor,
  row: RequestRow,
  event: RequestEvent,
  form: AccountRequestForm,
  approverRoles: readonly string[],
  now: Date,
) {
  const ids = new Set<string>();
  for (const who of STEPS[event].tell) {
    if (who === "requester") ids.add(row.requester_id);
    // A draft withdrawn was never in front of the line manager.
    if (who === "line_manager" && row.line_manager_id && (event === "submit" || row.state !== "draft"))
      ids.add(row.line_manager_id);
    if (who === "communications")
      for (const id of await peopleWithRoles(trx, row.organisation_id, COMMUNICATIONS_ROLES)) ids.add(id);
    if (who === "approver")
      for (const id of await peopleWithRoles(trx, row.organisation_id, approverRoles)) ids.add(id);
  }
  ids.delete(actor.id ?? "");
  // No one decides their own request: the requester is told of outcomes, not asked to decide.
  if (!STEPS[event].tell.includes("requester")) ids.delete(row.requester_id);
  const made = await insertNotifications(trx, {
    organisationId: row.organisation_id,
    userIds: [...ids],
    kind: `account_request.${event}`,
    title: NEXT_TITLE[event],
    body: `${form.proposedName || form.handle || "An account"} on ${PLATFORM_LABELS[form.platform]} for ${form.service || "a service"}. Open Accounts to see it.`,
    itemId: null,
    now,
  });
  // By e-mail too: a line manager who never opens Parapet is still asked to endorse.
  await enqueueNotificationMail(deps, trx, {
    organisationId: row.organisation_id,
    kind: "account_request",
    notifications: made,
    path: `/accounts/request?id=${row.id}`,
  });
}

/** Who may see a request: its requester, its line manager, the communications team and the approvers. */
function maySee(
  row: { requester_id: string; line_manager_id: string | null },
  actor: OrganisationActor,
  approverRoles: readonly string[],
) {
  if (actor.id === row.requester_id || actor.id === row.line_manager_id) return true;
  return actor.roles.some(
    (r) => (COMMUNICATIONS_ROLES as readonly string[]).includes(r) || approverRoles.includes(r),
  );
}

export async function requestDetail(deps: AccountsDeps, actor: OrganisationActor, id: string) {
  const actorId = personOf(actor);
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const row = await findRequest(deps.db, actor.organisationId, id);
  if (!row || !maySee(row, actor, pack.approver.roles))
    throw new AppError("not_found", "There is no such account request in your organisation.");
  const form = accountRequestFormSchema.parse(row.form);
  const { setup, context } = await contextOf(deps.db, row);
  const named = await peopleByIds(deps.db, actor.organisationId, [
    row.requester_id,
    ...(row.line_manager_id ? [row.line_manager_id] : []),
    ...form.approvedUserIds,
    ...setup.adminIds,
  ]);
  const nameOf = (uid: string | null) =>
    uid ? (named.find((p) => p.id === uid)?.display_name ?? null) : null;
  const workflow = accountRequestWorkflow(pack.approver.roles);
  const history = await transitionsOf(deps.db, actor.organisationId, [id]);
  return {
    id: row.id,
    state: row.state as RequestState,
    stateLabel: REQUEST_STATE_LABELS[row.state as RequestState],
    form,
    criteria: checkAccountCriteria(form, pack.criteria),
    missingToSubmit: missingToSubmit(form),
    requester: { id: row.requester_id, name: nameOf(row.requester_id) ?? "" },
    lineManager: row.line_manager_id
      ? { id: row.line_manager_id, name: nameOf(row.line_manager_id) ?? "" }
      : null,
    approvedUsers: form.approvedUserIds.map((uid) => ({ id: uid, name: nameOf(uid) ?? "" })),
    setup: { ...setup, admins: setup.adminIds.map((uid) => ({ id: uid, name: nameOf(uid) ?? "" })) },
    setupMissing: context.setupMissing,
    reasons: row.reasons,
    accountId: row.account_id,
    approver: { title: pack.approver.title, clause: pack.approver.clause },
    endorser: { title: pack.endorser.title, clause: pack.endorser.clause },
    setupClause: pack.setup.clause,
    actions: workflow.available(row.state as RequestState, { id: actorId, roles: actor.roles }, context),
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

/** My requests, or the ones waiting for me to take the next step. */
export async function listRequestsFor(
  deps: AccountsDeps,
  actor: OrganisationActor,
  view: "mine" | "waiting",
) {
  const actorId = personOf(actor);
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  let rows: Awaited<ReturnType<typeof listRequests>>;
  if (view === "mine") rows = await listRequests(deps.db, actor.organisationId, { requesterId: actorId });
  else {
    const workflow = accountRequestWorkflow(pack.approver.roles);
    const candidates = await listRequests(deps.db, actor.organisationId, {
      states: ["submitted", "endorsed", "in_review", "approved"],
    });
    rows = candidates.filter(
      (r) =>
        workflow.available(
          r.state as RequestState,
          { id: actorId, roles: actor.roles },
          { requesterId: r.requester_id, lineManagerId: r.line_manager_id, setupMissing: [] },
        ).length > 0,
    );
  }
  return rows.map((r) => {
    const form = accountRequestFormSchema.catch(() => ({}) as AccountRequestForm).parse(r.form);
    return {
      id: r.id,
      state: r.state as RequestState,
      stateLabel: REQUEST_STATE_LABELS[r.state as RequestState],
      proposedName: form.proposedName ?? "",
      platform: form.platform ?? "other",
      service: form.service ?? "",
      requester: r.display_name,
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

export type { Setup };
