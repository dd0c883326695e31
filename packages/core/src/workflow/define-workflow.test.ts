import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_STATUSES,
  accountRequestWorkflow,
  accountWorkflow,
  REQUEST_EVENTS,
  REQUEST_STATES,
  type RequestContext,
} from "../accounts/account-workflows.js";
import { accountReviewWorkflow } from "../accounts/review-workflow.js";
import { unofficialWorkflow } from "../accounts/unofficial.js";
import { isAppError } from "../errors.js";
import { PERMISSIONS, type Permission } from "../permissions.js";
import { ROLES } from "../roles.js";
import {
  decidedByRoute,
  defineWorkflow,
  reachableStates,
  type Workflow,
  type WorkflowActor,
} from "./define-workflow.js";

const RUNS = 400;
const requestFlow = accountRequestWorkflow(["head_of_communications"]);
const people = ["requester", "manager", "comms", "head"] as const;
const context: RequestContext = { requesterId: "requester", lineManagerId: "manager", setupMissing: [] };

/** The four people of a request's path. */
const cast: WorkflowActor[] = [
  { id: "requester", roles: ["staff"] },
  { id: "manager", roles: ["staff", "line_manager"] },
  { id: "comms", roles: ["communications_officer"] },
  { id: "head", roles: ["communications_officer", "head_of_communications"] },
];

const actorArb = fc.record({
  id: fc.constantFrom<string | null>(...people, null),
  roles: fc.subarray([...ROLES] as string[]),
});

function properties<S extends string, E extends string, C>(
  name: string,
  workflow: Workflow<S, E, C>,
  ctx: C,
) {
  describe(name, () => {
    it("reaches every state from the initial one", () => {
      expect([...reachableStates(workflow)].sort()).toEqual([...workflow.spec.states].sort());
    });

    it("lets nothing out of a final state, whoever asks", () => {
      let checked = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...workflow.spec.final),
          fc.constantFrom(...workflow.events),
          actorArb,
          (s, e, a) => {
            checked += 1;
            const result = workflow.check(s, e, a, ctx);
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.reason).toBe("final_state");
          },
        ),
        { numRuns: RUNS },
      );
      expect(checked).toBeGreaterThanOrEqual(RUNS);
    });

    it("refuses an actor whose roles are not allowed, naming the step", () => {
      let refused = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...workflow.spec.states),
          fc.constantFrom(...workflow.events),
          actorArb,
          (s, e, a) => {
            const t = workflow.spec.transitions[e];
            const allowedRole = a.roles.some((r) => t.roles.includes(r));
            const result = workflow.check(s, e, a, ctx);
            if (result.ok) {
              // Whatever went ahead was legal from here and for one of the actor's roles.
              expect(t.from).toContain(s);
              expect(allowedRole).toBe(true);
              expect(result.to).toBe(t.to);
            }
            if (!allowedRole && t.from.includes(s) && !workflow.isFinal(s)) {
              refused += 1;
              expect(result).toMatchObject({ ok: false, reason: "role_not_allowed" });
              expect(() => workflow.transition(s, e, a, ctx)).toThrow(/role does not allow/);
            }
          },
        ),
        { numRuns: RUNS * 3 },
      );
      expect(refused).toBeGreaterThanOrEqual(20);
    });

    it("reaches every state by legal steps that real people take", () => {
      const seen = new Set<S>();
      let steps = 0;
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 12 }), (choices) => {
          let state = workflow.spec.initial;
          seen.add(state);
          for (const choice of choices) {
            const moves = cast.flatMap((actor) =>
              workflow.available(state, actor, ctx).map((event) => ({ actor, event })),
            );
            if (moves.length === 0) {
              expect(workflow.isFinal(state)).toBe(true);
              break;
            }
            const move = moves[choice % moves.length];
            if (!move) break;
            state = workflow.transition(state, move.event, move.actor, ctx);
            steps += 1;
            seen.add(state);
          }
        }),
        { numRuns: RUNS },
      );
      expect(steps).toBeGreaterThan(RUNS);
      expect([...seen].sort()).toEqual([...workflow.spec.states].sort());
    });
  });
}

properties("the account request workflow", requestFlow, context);
properties("the registered account workflow", accountWorkflow, undefined);
properties("the possible unofficial account workflow", unofficialWorkflow, { reasons: "Not ours." });
properties("the account review workflow", accountReviewWorkflow, {
  adminIds: ["requester", "comms"],
  ownerSignedBy: null,
  communicationsSignedBy: null,
});

describe("the account request's guards", () => {
  const as = (id: string, ...roles: string[]): WorkflowActor => ({ id, roles });

  it("takes one request from draft to live with four people", () => {
    let s = requestFlow.transition("draft", "submit", as("requester", "staff"), context);
    s = requestFlow.transition(s, "endorse", as("manager", "line_manager"), context);
    s = requestFlow.transition(s, "start_review", as("comms", "communications_officer"), context);
    s = requestFlow.transition(s, "approve", as("head", "head_of_communications"), context);
    expect(
      requestFlow.check(s, "go_live", as("comms", "communications_officer"), {
        ...context,
        setupMissing: ["two-factor on"],
      }),
    ).toMatchObject({ ok: false, reason: "guard", message: expect.stringContaining("two-factor on") });
    s = requestFlow.transition(s, "go_live", as("comms", "communications_officer"), context);
    expect(s).toBe("live");
  });

  it("lets no one endorse or approve their own request", () => {
    const own: RequestContext = { requesterId: "head", lineManagerId: "head", setupMissing: [] };
    const head = as("head", "line_manager", "communications_officer", "head_of_communications");
    expect(requestFlow.check("submitted", "endorse", head, own)).toMatchObject({
      ok: false,
      reason: "guard",
    });
    expect(requestFlow.check("in_review", "approve", head, own)).toMatchObject({
      ok: false,
      reason: "guard",
    });
    expect(requestFlow.check("endorsed", "start_review", head, own)).toMatchObject({
      ok: false,
      reason: "guard",
    });
  });

  it("lets only the named line manager endorse, and only the requester submit", () => {
    expect(requestFlow.check("submitted", "endorse", as("other", "line_manager"), context)).toMatchObject({
      ok: false,
      message: expect.stringContaining("named on the request"),
    });
    expect(requestFlow.check("draft", "submit", as("manager", "staff"), context).ok).toBe(false);
  });

  it("throws invalid_transition with a reason a person can read", () => {
    try {
      requestFlow.transition("draft", "approve", as("head", "head_of_communications"), context);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("invalid_transition");
      expect((error as Error).message).toContain("a draft");
    }
  });

  it("uses the pack's approver roles", () => {
    const other = accountRequestWorkflow(["information_governance"]);
    expect(other.check("in_review", "approve", as("ig", "information_governance"), context).ok).toBe(true);
    expect(requestFlow.check("in_review", "approve", as("ig", "information_governance"), context).ok).toBe(
      false,
    );
  });

  it("covers every state and event with the lists the API shares", () => {
    expect([...requestFlow.events].sort()).toEqual([...REQUEST_EVENTS].sort());
    expect([...requestFlow.spec.states].sort()).toEqual([...REQUEST_STATES].sort());
    expect([...accountWorkflow.spec.states].sort()).toEqual([...ACCOUNT_STATUSES].sort());
  });
});

describe("defineWorkflow", () => {
  it("refuses a table with a step out of a final state or to an unknown state", () => {
    const labels = { a: "a", b: "b" };
    expect(() =>
      defineWorkflow({
        initial: "a",
        states: ["a", "b"],
        final: ["b"],
        stateLabels: labels,
        transitions: { back: { from: ["b"], to: "a", roles: ["x"], label: "back" } },
      }),
    ).toThrow(/final state/);
    expect(() =>
      defineWorkflow({
        initial: "a",
        states: ["a", "b"],
        final: ["b"],
        stateLabels: labels,
        transitions: { go: { from: ["a"], to: "c" as "b", roles: ["x"], label: "go" } },
      }),
    ).toThrow(/unknown state/);
  });
});

describe("an actor whose permission the route has decided (an API token)", () => {
  type S = "open" | "held" | "shut";
  type E = "hold" | "release" | "shut" | "inspect";
  /** A table whose steps name the permission covering them, but one that names none. */
  const flow = defineWorkflow<S, E, { locked: boolean }>({
    initial: "open",
    states: ["open", "held", "shut"],
    final: ["shut"],
    stateLabels: { open: "open", held: "held", shut: "shut" },
    transitions: {
      hold: {
        from: ["open"],
        to: "held",
        roles: ["communications_officer"],
        permission: "inbox.work",
        label: "held",
      },
      release: {
        from: ["held"],
        to: "open",
        roles: ["communications_officer"],
        permission: "inbox.work",
        label: "released",
        guards: [(c) => (c.locked ? "It is locked." : undefined)],
      },
      shut: {
        from: ["open", "held"],
        to: "shut",
        roles: ["admin"],
        permission: "people.manage",
        label: "shut",
      },
      inspect: { from: ["open"], to: "open", roles: ["admin"], label: "inspected" },
    },
  });
  const permissions = Object.keys(PERMISSIONS) as Permission[];

  it("skips only the role test: the step's permission, the state and the guards still decide", () => {
    let taken = 0;
    let refusedByPermission = 0;
    let refusedByGuard = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<S>("open", "held", "shut"),
        fc.constantFrom<E>(...flow.events),
        // Half the time a permission some step names, so covered steps (and their guards) are
        // drawn often enough to count, not once in a thousand cases.
        fc.oneof(fc.constantFrom<Permission>("inbox.work", "people.manage"), fc.constantFrom(...permissions)),
        fc.boolean(),
        (s, e, permission, locked) => {
          const t = flow.spec.transitions[e];
          const result = flow.check(s, e, decidedByRoute({ id: "token" }, permission), { locked });
          const fromHere = t.from.includes(s) && !flow.isFinal(s);
          const covered = t.permission !== undefined && t.permission === permission;
          const guarded = e === "release" && locked;
          expect(result.ok).toBe(fromHere && covered && !guarded);
          if (result.ok) taken += 1;
          else if (fromHere && !covered) {
            refusedByPermission += 1;
            expect(result).toMatchObject({ reason: "role_not_allowed" });
            expect(result.message).toMatch(/permission checked does not cover/);
          } else if (fromHere && guarded) {
            refusedByGuard += 1;
            expect(result).toMatchObject({ reason: "guard", message: "It is locked." });
          }
        },
      ),
      { numRuns: RUNS * 3 },
    );
    expect(taken).toBeGreaterThanOrEqual(5);
    expect(refusedByPermission).toBeGreaterThanOrEqual(50);
    expect(refusedByGuard).toBeGreaterThanOrEqual(1);
  });

  it("takes a step with no roles at all, and gives the guards the real actor", () => {
    const seen: WorkflowActor[] = [];
    const watched = defineWorkflow<S, "hold", undefined>({
      initial: "open",
      states: ["open", "held", "shut"],
      final: ["shut"],
      stateLabels: { open: "open", held: "held", shut: "shut" },
      transitions: {
        hold: {
          from: ["open"],
          to: "held",
          roles: ["communications_officer"],
          permission: "inbox.work",
          label: "held",
          guards: [
            (_c, actor) => {
              seen.push(actor);
              return undefined;
            },
          ],
        },
      },
    });
    const token = decidedByRoute({ id: "token-7" }, "inbox.work");
    expect(watched.transition("open", "hold", token, undefined)).toBe("held");
    expect(seen).toEqual([{ id: "token-7", decidedBy: "route", permission: "inbox.work" }]);
    expect(watched.available("open", token, undefined)).toEqual(["hold"]);
    // A person is still held to the roles, whatever the route checked.
    expect(watched.check("open", "hold", { id: "p", roles: ["staff"] }, undefined)).toMatchObject({
      ok: false,
      reason: "role_not_allowed",
    });
  });

  it("refuses a decided actor a step whose table names no permission, and any step out of a final state", () => {
    for (const permission of permissions) {
      const actor = decidedByRoute({ id: "token" }, permission);
      expect(flow.check("open", "inspect", actor, { locked: false })).toMatchObject({
        ok: false,
        reason: "role_not_allowed",
      });
      for (const e of flow.events)
        expect(flow.check("shut", e, actor, { locked: false })).toMatchObject({ reason: "final_state" });
    }
  });
});
