import { AppError } from "../errors.js";
import type { Permission } from "../permissions.js";

/**
 * A workflow as data (docs/architecture.md: workflows are transition tables). A service looks a
 * step up here instead of writing `if`s: which state it leaves, which it reaches, which roles may
 * take it, and any guard over the entity and the actor (no one endorses their own request).
 */

/** A person, whose roles the table checks. */
export interface RoleActor {
  id: string | null;
  roles: readonly string[];
}

/**
 * An actor the route has already let through on a permission (an API token has no roles; its
 * scope was checked). The table does not check roles again: it checks that the step is one that
 * permission covers (the transition names it), and its guards still run.
 */
export interface RouteDecidedActor {
  id: string | null;
  decidedBy: "route";
  permission: Permission;
}

export type WorkflowActor = RoleActor | RouteDecidedActor;

/** The actor as the route decided it: its real id, and the permission the route checked. */
export function decidedByRoute(actor: { id: string | null }, permission: Permission): RouteDecidedActor {
  return { id: actor.id, decidedBy: "route", permission };
}

/**
 * The actor a service hands the table after the route's permission check: a person with their
 * own roles (the table may narrow the permission step by step); an API token, which has no roles,
 * as decided by the route on the permission its scope was checked against.
 */
export function workflowActorFor(
  actor: { kind: string; id: string | null; roles: readonly string[] },
  permission: Permission,
): WorkflowActor {
  return actor.kind === "api_token"
    ? decidedByRoute(actor, permission)
    : { id: actor.id, roles: actor.roles };
}

/** Why a guard refused, for a person; `undefined` lets the step go ahead. */
export type Guard<C> = (context: C, actor: WorkflowActor) => string | undefined;

export interface TransitionSpec<S extends string, C> {
  from: readonly S[];
  to: S;
  /** Roles allowed to take the step; an actor needs one of them. */
  roles: readonly string[];
  /** The route permission that covers the step, for an actor the route decided (an API token). */
  permission?: Permission;
  guards?: readonly Guard<C>[];
  /** What the step is, in words (the error messages use it). */
  label: string;
}

export interface WorkflowSpec<S extends string, E extends string, C> {
  initial: S;
  states: readonly S[];
  final: readonly S[];
  /** Words for each state, for error messages and pages. */
  stateLabels: Readonly<Record<S, string>>;
  transitions: Readonly<Record<E, TransitionSpec<S, C>>>;
}

export type TransitionRefusal = "not_from_here" | "final_state" | "role_not_allowed" | "guard";

export type TransitionResult<S extends string> =
  | { ok: true; to: S }
  | { ok: false; reason: TransitionRefusal; message: string };

export interface Workflow<S extends string, E extends string, C> {
  readonly spec: WorkflowSpec<S, E, C>;
  readonly events: readonly E[];
  /** The next state, or why not: never throws. */
  check(state: S, event: E, actor: WorkflowActor, context: C): TransitionResult<S>;
  /** The next state, or an `invalid_transition` AppError naming why. */
  transition(state: S, event: E, actor: WorkflowActor, context: C): S;
  /** The events this actor may take from a state now (the buttons a page shows). */
  available(state: S, actor: WorkflowActor, context: C): E[];
  isFinal(state: S): boolean;
}

/** The role test: a person needs one of the step's roles; a route-decided actor, the step's permission. */
function mayTake<S extends string, C>(t: TransitionSpec<S, C>, actor: WorkflowActor): boolean {
  if ("decidedBy" in actor) return t.permission !== undefined && t.permission === actor.permission;
  return actor.roles.some((role) => t.roles.includes(role));
}

export function defineWorkflow<S extends string, E extends string, C = undefined>(
  spec: WorkflowSpec<S, E, C>,
): Workflow<S, E, C> {
  const events = Object.keys(spec.transitions) as E[];
  const final = new Set<S>(spec.final);
  // A table that breaks the rules fails when it is defined, not when someone takes the step.
  for (const event of events) {
    const t = spec.transitions[event];
    for (const s of [...t.from, t.to])
      if (!spec.states.includes(s)) throw new Error(`workflow: "${event}" names unknown state "${s}"`);
    for (const s of t.from)
      if (final.has(s)) throw new Error(`workflow: "${event}" leaves the final state "${s}"`);
  }

  const check = (state: S, event: E, actor: WorkflowActor, context: C): TransitionResult<S> => {
    const t = spec.transitions[event];
    const here = spec.stateLabels[state] ?? state;
    if (final.has(state))
      return { ok: false, reason: "final_state", message: `Nothing more can happen once it is ${here}.` };
    if (!t?.from.includes(state))
      return {
        ok: false,
        reason: "not_from_here",
        message: `It cannot be ${t ? t.label : "changed that way"} while it is ${here}.`,
      };
    if (!mayTake(t, actor))
      return {
        ok: false,
        reason: "role_not_allowed",
        message:
          "decidedBy" in actor
            ? `The permission checked does not cover this step (${t.label}).`
            : `Your role does not allow this step (${t.label}).`,
      };
    for (const guard of t.guards ?? []) {
      const why = guard(context, actor);
      if (why !== undefined) return { ok: false, reason: "guard", message: why };
    }
    return { ok: true, to: t.to };
  };

  return {
    spec,
    events,
    check,
    transition(state, event, actor, context) {
      const result = check(state, event, actor, context);
      if (!result.ok) throw new AppError("invalid_transition", result.message, { reason: result.reason });
      return result.to;
    },
    available(state, actor, context) {
      return events.filter((event) => check(state, event, actor, context).ok);
    },
    isFinal: (state) => final.has(state),
  };
}

/** Every state reachable from the initial one by some sequence of events (ignoring roles and guards). */
export function reachableStates<S extends string, E extends string, C>(workflow: Workflow<S, E, C>): Set<S> {
  const seen = new Set<S>([workflow.spec.initial]);
  const queue: S[] = [workflow.spec.initial];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const event of workflow.events) {
      const t = workflow.spec.transitions[event];
      if (t.from.includes(state) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}
