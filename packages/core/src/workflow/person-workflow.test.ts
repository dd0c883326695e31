import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../roles.js";
import { reachableStates } from "./define-workflow.js";
import {
  PERSON_EVENTS,
  PERSON_STATES,
  personRefusal,
  personState,
  personWorkflow,
  workflowActorFor,
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

  it("reads the state from the row, and gives an API token the roles of its checked scope", () => {
    expect(personState({ status: "deactivated", anonymisedAt: new Date() })).toBe("anonymised");
    expect(personState({ status: "active", anonymisedAt: null })).toBe("active");
    expect(workflowActorFor({ kind: "api_token", id: "t", roles: [] }, "people.anonymise").roles).toEqual([
      "admin",
      "information_governance",
    ]);
    expect(workflowActorFor({ kind: "user", id: "u", roles: ["staff"] }, "people.anonymise").roles).toEqual([
      "staff",
    ]);
  });
});
