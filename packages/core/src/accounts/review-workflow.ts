import { ROLES } from "../roles.js";
import { defineWorkflow, type Guard } from "../workflow/define-workflow.js";
import { COMMUNICATIONS_ROLES } from "./account-workflows.js";

/**
 * An account's periodic review, signed in two parts: by its owner (an admin of the account, for
 * the team that owns and manages it) and by the communications team. It is complete only when
 * both have signed, and one person cannot sign both parts. What each part stands for, and the
 * clause behind it, is the pack's (`review.owner`, `review.communications` in
 * packs/<id>/accounts.yaml); this table is only who may take which step.
 */
export const REVIEW_STATES = ["due", "owner_signed", "communications_signed", "complete"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_EVENTS = [
  "owner_signs",
  "communications_signs",
  "owner_countersigns",
  "communications_countersigns",
] as const;
export type ReviewEvent = (typeof REVIEW_EVENTS)[number];

export const REVIEW_PARTS = ["owner", "communications"] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = {
  due: "not signed yet",
  owner_signed: "signed by the owner, waiting for communications",
  communications_signed: "signed by communications, waiting for the owner",
  complete: "complete",
};

/** What the guards look at: the account's active admins, and who signed what so far. */
export interface ReviewContext {
  adminIds: readonly string[];
  ownerSignedBy: string | null;
  communicationsSignedBy: string | null;
}

const isAdmin: Guard<ReviewContext> = (c, a) =>
  a.id !== null && c.adminIds.includes(a.id)
    ? undefined
    : "Only an admin of the account can sign the owner's part of its review.";
const notOwnerSigner: Guard<ReviewContext> = (c, a) =>
  a.id === c.ownerSignedBy
    ? "You signed the owner's part: a colleague in the communications team signs the other part."
    : undefined;
const notCommunicationsSigner: Guard<ReviewContext> = (c, a) =>
  a.id === c.communicationsSignedBy
    ? "You signed for communications: an admin from the owning team signs the other part."
    : undefined;

export const accountReviewWorkflow = defineWorkflow<ReviewState, ReviewEvent, ReviewContext>({
  initial: "due",
  states: REVIEW_STATES,
  final: ["complete"],
  stateLabels: REVIEW_STATE_LABELS,
  transitions: {
    owner_signs: {
      from: ["due"],
      to: "owner_signed",
      roles: ROLES,
      guards: [isAdmin],
      label: "signed by the owner",
    },
    communications_signs: {
      from: ["due"],
      to: "communications_signed",
      roles: COMMUNICATIONS_ROLES,
      label: "signed by communications",
    },
    owner_countersigns: {
      from: ["communications_signed"],
      to: "complete",
      roles: ROLES,
      guards: [isAdmin, notCommunicationsSigner],
      label: "signed by the owner",
    },
    communications_countersigns: {
      from: ["owner_signed"],
      to: "complete",
      roles: COMMUNICATIONS_ROLES,
      guards: [notOwnerSigner],
      label: "signed by communications",
    },
  },
});

/** The step a part's signature is, from the review's state: the first signature or the second. */
export function reviewEventFor(state: ReviewState, part: ReviewPart): ReviewEvent {
  if (part === "owner") return state === "communications_signed" ? "owner_countersigns" : "owner_signs";
  return state === "owner_signed" ? "communications_countersigns" : "communications_signs";
}
