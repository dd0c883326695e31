import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../roles.js";
import { decidedByRoute, reachableStates, workflowActorFor } from "./define-workflow.js";
import {
  PERSON_EVENTS,
  PERSON_STATES,
  personRefusal,
  personState,
  personWorkflow,
} from "./person-workflow.js";

const RUNS = 300;
const admin = { id: "admin", roles: ["admin"] };
const ig = { id: "ig", roles: ["information_governance"] };
const person = { personId: "priya" };

describe("a person's workflow (People)", () => {
  it("reaches every state, and nothing leaves anonymised, whoever asks", () => {
    expect([...reachableStates(personWorkflow)].sort()).toEqual([...PERSON_STATES].sort());
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSON_EVENTS),
        fc.record({
          id: fc.constantFrom("admin", "priya", null),
          roles: fc.subarray([...ROLES] as string[]),
        }),
        (event, actor) => {
          checked += 1;
          const result = personWorkflow.check("anonymised", event, actor, person);
          expect(result).toMatchObject({ ok: false, reason: "final_state" });
        },
      ),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThanOrEqual(RUNS);
  });

  it("lets administrators deactivate and reactivate, never themselves, and IG anonymise a leaver", () => {
    expect(personWorkflow.transition("active", "deactivate", admin, person)).toBe("deactivated");
    expect(personWorkflow.transition("deactivated", "reactivate", admin, person)).toBe("active");
    expect(personWorkflow.transition("deactivated", "anonymise", ig, person)).toBe("anonymised");
    expect(personWorkflow.check("active", "deactivate", ig, person)).toMatchObject({
      reason: "role_not_allowed",
    });
    const self = personWorkflow.check("active", "deactivate", admin, { personId: "admin" });
    expect(self.ok).toBe(false);
    if (!self.ok)
      expect(personRefusal(self, "deactivate")).toMatchObject({
        code: "conflict",
        message: "You cannot deactivate your own account.",
      });
    const early = personWorkflow.check("active", "anonymise", ig, person);
    if (early.ok) throw new Error("anonymised someone still active");
    expect(personRefusal(early, "anonymise")).toMatchObject({
      code: "invalid_transition",
      message: "Deactivate this person before anonymising them.",
    });
    const gone = personWorkflow.check("anonymised", "reactivate", admin, person);
    if (gone.ok) throw new Error("reactivated someone anonymised");
    expect(personRefusal(gone, "reactivate")).toMatchObject({
      code: "invalid_transition",
      message: "This person has been anonymised.",
    });
  });

  it("reads the state from the row", () => {
    expect(personState({ status: "deactivated", anonymisedAt: new Date() })).toBe("anonymised");
    expect(personState({ status: "active", anonymisedAt: null })).toBe("active");
  });

  it("takes an API token as the route decided it, on its checked scope, with no roles made up", () => {
    const token = workflowActorFor({ kind: "api_token", id: "t", roles: [] }, "people.anonymise");
    expect(token).toEqual({ id: "t", decidedBy: "route", permission: "people.anonymise" });
    expect(workflowActorFor({ kind: "user", id: "u", roles: ["staff"] }, "people.anonymise")).toEqual({
      id: "u",
      roles: ["staff"],
    });
    expect(personWorkflow.transition("deactivated", "anonymise", token, person)).toBe("anonymised");
    // The table still decides the step: only a leaver is anonymised, whoever asks.
    const early = personWorkflow.check("active", "anonymise", token, person);
    expect(early).toMatchObject({ ok: false, reason: "not_from_here" });
    // A route that checked people.manage has not decided an anonymisation.
    expect(
      personWorkflow.check("deactivated", "anonymise", decidedByRoute({ id: "t" }, "people.manage"), person),
    ).toMatchObject({ ok: false, reason: "role_not_allowed" });
    // Guards run for a decided actor too: no one deactivates themself.
    expect(
      personWorkflow.check("active", "deactivate", decidedByRoute({ id: "priya" }, "people.manage"), person),
    ).toMatchObject({ ok: false, reason: "guard", message: "You cannot deactivate your own account." });
    expect(
      personWorkflow.transition(
        "active",
        "deactivate",
        decidedByRoute({ id: "admin" }, "people.manage"),
        person,
      ),
    ).toBe("deactivated");
  });
});
