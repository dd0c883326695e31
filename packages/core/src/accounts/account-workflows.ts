import { ROLES } from "../roles.js";
import { defineWorkflow, type Guard, type Workflow } from "../workflow/define-workflow.js";

/**
 * The path from request to live account (EPUT CPG58 §2.4 and Appendix 1; THH 851 §5.2; RWT
 * Attachment 2 §3.3–3.6; TEWV CORP-0068 §4.9; CMFT "Departments considering using Social
 * Media"): the requester submits, their line manager endorses or returns it, the
 * communications team reviews it, the pack's approver approves or rejects it, and the
 * communications team completes the set-up checklist before it goes live.
 */
export const REQUEST_STATES = [
  "draft",
  "submitted",
  "returned",
  "endorsed",
  "in_review",
  "approved",
  "live",
  "rejected",
  "withdrawn",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_EVENTS = [
  "submit",
  "endorse",
  "return",
  "start_review",
  "approve",
  "reject",
  "go_live",
  "withdraw",
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

export const REQUEST_STATE_LABELS: Readonly<Record<RequestState, string>> = {
  draft: "a draft",
  submitted: "waiting for the line manager",
  returned: "returned to the requester",
  endorsed: "waiting for communications review",
  in_review: "waiting for approval",
  approved: "approved and being set up",
  live: "live",
  rejected: "rejected",
  withdrawn: "withdrawn",
};

/** What the guards look at: who asked, who must endorse, and whether set-up is complete. */
export interface RequestContext {
  requesterId: string;
  lineManagerId: string | null;
  /** The set-up checklist's items still to do (empty when it is complete). */
  setupMissing: readonly string[];
}

export const COMMUNICATIONS_ROLES = ["communications_officer", "head_of_communications"] as const;

const isRequester: Guard<RequestContext> = (c, a) =>
  a.id === c.requesterId ? undefined : "Only the person who made the request can do this.";
const isNamedLineManager: Guard<RequestContext> = (c, a) => {
  if (a.id === c.requesterId) return "No one can endorse or return their own request.";
  return a.id === c.lineManagerId ? undefined : "Only the line manager named on the request can do this.";
};
const notOwnRequest: Guard<RequestContext> = (c, a) =>
  a.id === c.requesterId ? "No one can review or approve their own request." : undefined;
const setupComplete: Guard<RequestContext> = (c) =>
  c.setupMissing.length === 0
    ? undefined
    : `Finish the set-up checklist first: ${c.setupMissing.join("; ")}.`;

const cache = new Map<string, Workflow<RequestState, RequestEvent, RequestContext>>();

/** The request workflow with the pack's approver roles (EPUT: the Associate Director of Communications). */
export function accountRequestWorkflow(
  approverRoles: readonly string[],
): Workflow<RequestState, RequestEvent, RequestContext> {
  const key = [...approverRoles].sort().join(",");
  const cached = cache.get(key);
  if (cached) return cached;
  const workflow = defineWorkflow<RequestState, RequestEvent, RequestContext>({
    initial: "draft",
    states: REQUEST_STATES,
    final: ["live", "rejected", "withdrawn"],
    stateLabels: REQUEST_STATE_LABELS,
    transitions: {
      submit: {
        from: ["draft", "returned"],
        to: "submitted",
        roles: ROLES,
        guards: [isRequester],
        label: "submitted",
      },
      endorse: {
        from: ["submitted"],
        to: "endorsed",
        roles: ["line_manager"],
        guards: [isNamedLineManager],
        label: "endorsed",
      },
      return: {
        from: ["submitted"],
        to: "returned",
        roles: ["line_manager"],
        guards: [isNamedLineManager],
        label: "returned",
      },
      start_review: {
        from: ["endorsed"],
        to: "in_review",
        roles: COMMUNICATIONS_ROLES,
        guards: [notOwnRequest],
        label: "reviewed by communications",
      },
      approve: {
        from: ["in_review"],
        to: "approved",
        roles: approverRoles,
        guards: [notOwnRequest],
        label: "approved",
      },
      reject: {
        from: ["in_review"],
        to: "rejected",
        roles: approverRoles,
        guards: [notOwnRequest],
        label: "rejected",
      },
      go_live: {
        from: ["approved"],
        to: "live",
        roles: COMMUNICATIONS_ROLES,
        guards: [setupComplete],
        label: "made live",
      },
      withdraw: {
        from: ["draft", "submitted", "returned", "endorsed", "in_review"],
        to: "withdrawn",
        roles: ROLES,
        guards: [isRequester],
        label: "withdrawn",
      },
    },
  });
  cache.set(key, workflow);
  return workflow;
}

/** A registered account's life (the register): requested, live, dormant, suspended, closed. */
export const ACCOUNT_STATUSES = ["requested", "live", "dormant", "suspended", "closed"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const ACCOUNT_EVENTS = ["go_live", "mark_dormant", "revive", "suspend", "reinstate", "close"] as const;
export type AccountEvent = (typeof ACCOUNT_EVENTS)[number];

export const ACCOUNT_STATUS_LABELS: Readonly<Record<AccountStatus, string>> = {
  requested: "Requested",
  live: "Live",
  dormant: "Dormant",
  suspended: "Suspended",
  closed: "Closed",
};

export const accountWorkflow = defineWorkflow<AccountStatus, AccountEvent, undefined>({
  initial: "requested",
  states: ACCOUNT_STATUSES,
  final: ["closed"],
  stateLabels: {
    requested: "requested",
    live: "live",
    dormant: "dormant",
    suspended: "suspended",
    closed: "closed",
  },
  transitions: {
    go_live: { from: ["requested"], to: "live", roles: COMMUNICATIONS_ROLES, label: "made live" },
    mark_dormant: { from: ["live"], to: "dormant", roles: COMMUNICATIONS_ROLES, label: "marked dormant" },
    revive: { from: ["dormant"], to: "live", roles: COMMUNICATIONS_ROLES, label: "revived" },
    suspend: { from: ["live", "dormant"], to: "suspended", roles: COMMUNICATIONS_ROLES, label: "suspended" },
    reinstate: { from: ["suspended"], to: "live", roles: COMMUNICATIONS_ROLES, label: "reinstated" },
    close: {
      from: ["requested", "live", "dormant", "suspended"],
      to: "closed",
      roles: COMMUNICATIONS_ROLES,
      label: "closed",
    },
  },
});
