import { AppError } from "../errors.js";
import { PERMISSIONS } from "../permissions.js";
import { defineWorkflow, type Guard, type TransitionResult } from "./define-workflow.js";

/**
 * A person's account (docs/people.md): active, deactivated (a leaver: sessions and API tokens end
 * at once) and anonymised (UK GDPR Article 17, only once deactivated; final). The People service
 * looks each step up here instead of writing `if`s. The route's permission (people.manage,
 * people.anonymise) says who may call; the table says the same roles, the permission that covers
 * each step (for an API token, which has no roles), and the guard that no one deactivates their
 * own account.
 */
export const PERSON_STATES = ["active", "deactivated", "anonymised"] as const;
export type PersonState = (typeof PERSON_STATES)[number];

export const PERSON_EVENTS = ["deactivate", "reactivate", "anonymise"] as const;
export type PersonEvent = (typeof PERSON_EVENTS)[number];

/** Who the step is about. */
export interface PersonContext {
  personId: string;
}

const notOneself: Guard<PersonContext> = (c, a) =>
  a.id === c.personId ? "You cannot deactivate your own account." : undefined;

export const personWorkflow = defineWorkflow<PersonState, PersonEvent, PersonContext>({
  initial: "active",
  states: PERSON_STATES,
  final: ["anonymised"],
  stateLabels: { active: "active", deactivated: "deactivated", anonymised: "anonymised" },
  transitions: {
    deactivate: {
      from: ["active"],
      to: "deactivated",
      roles: PERMISSIONS["people.manage"],
      permission: "people.manage",
      guards: [notOneself],
      label: "deactivated",
    },
    reactivate: {
      from: ["deactivated"],
      to: "active",
      roles: PERMISSIONS["people.manage"],
      permission: "people.manage",
      label: "reactivated",
    },
    anonymise: {
      from: ["deactivated"],
      to: "anonymised",
      roles: PERMISSIONS["people.anonymise"],
      permission: "people.anonymise",
      label: "anonymised",
    },
  },
});

/** A person's state from their row: anonymised wins over the status it keeps. */
export function personState(user: { status: "active" | "deactivated"; anonymisedAt: unknown }): PersonState {
  return user.anonymisedAt ? "anonymised" : user.status;
}

/**
 * The error the People pages have always given for a refused step: an anonymised person is
 * `invalid_transition` ("has been anonymised"), deactivating oneself is a `conflict`, anonymising
 * someone still active is `invalid_transition` ("Deactivate this person before anonymising them").
 */
export function personRefusal(
  result: TransitionResult<PersonState> & { ok: false },
  event: PersonEvent,
): AppError {
  if (result.reason === "final_state")
    return new AppError("invalid_transition", "This person has been anonymised.");
  if (result.reason === "guard") return new AppError("conflict", result.message);
  if (result.reason === "not_from_here" && event === "anonymise")
    return new AppError("invalid_transition", "Deactivate this person before anonymising them.");
  if (result.reason === "role_not_allowed") return new AppError("forbidden", result.message);
  return new AppError("invalid_transition", result.message, { reason: result.reason });
}
