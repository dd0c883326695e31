import { describe, expect, it } from "vitest";
import type { RoleActor } from "../workflow/define-workflow.js";
import {
  accountReviewWorkflow as flow,
  type ReviewContext,
  type ReviewPart,
  type ReviewState,
  reviewEventFor,
} from "./review-workflow.js";

/** An account run by a nurse (its owner's admin) with a communications officer as the second admin. */
const nurse: RoleActor = { id: "nurse", roles: ["staff"] };
const commsAdmin: RoleActor = { id: "comms-admin", roles: ["communications_officer"] };
const head: RoleActor = { id: "head", roles: ["communications_officer", "head_of_communications"] };
const stranger: RoleActor = { id: "stranger", roles: ["staff"] };
const admins = ["nurse", "comms-admin"];

function sign(state: ReviewState, part: ReviewPart, actor: RoleActor, ctx: ReviewContext) {
  return flow.check(state, reviewEventFor(state, part), actor, ctx);
}

describe("the two-part review", () => {
  const none: ReviewContext = { adminIds: admins, ownerSignedBy: null, communicationsSignedBy: null };

  it("completes only when the owner and communications have both signed, in either order", () => {
    expect(sign("due", "owner", nurse, none)).toEqual({ ok: true, to: "owner_signed" });
    expect(sign("owner_signed", "communications", head, { ...none, ownerSignedBy: "nurse" })).toEqual({
      ok: true,
      to: "complete",
    });
    expect(sign("due", "communications", head, none)).toEqual({ ok: true, to: "communications_signed" });
    expect(
      sign("communications_signed", "owner", nurse, { ...none, communicationsSignedBy: "head" }),
    ).toEqual({ ok: true, to: "complete" });
  });

  it("refuses one person signing both parts, whichever they signed first", () => {
    // The communications officer is also an admin of the account: either part, never both.
    const ownerFirst = sign("owner_signed", "communications", commsAdmin, {
      ...none,
      ownerSignedBy: "comms-admin",
    });
    expect(ownerFirst).toMatchObject({ ok: false, reason: "guard" });
    if (!ownerFirst.ok) expect(ownerFirst.message).toMatch(/You signed the owner's part/);
    const commsFirst = sign("communications_signed", "owner", commsAdmin, {
      ...none,
      communicationsSignedBy: "comms-admin",
    });
    expect(commsFirst).toMatchObject({ ok: false, reason: "guard" });
    if (!commsFirst.ok) expect(commsFirst.message).toMatch(/You signed for communications/);
  });

  it("lets only an admin of the account sign the owner's part, and only communications the other", () => {
    const notAdmin = sign("due", "owner", stranger, none);
    expect(notAdmin).toMatchObject({ ok: false, reason: "guard" });
    expect(sign("due", "communications", nurse, none)).toMatchObject({
      ok: false,
      reason: "role_not_allowed",
    });
    expect(sign("due", "owner", { id: null, roles: ["staff"] }, none)).toMatchObject({ ok: false });
  });

  it("refuses the same part twice, and anything once complete", () => {
    expect(sign("owner_signed", "owner", commsAdmin, { ...none, ownerSignedBy: "nurse" })).toMatchObject({
      ok: false,
      reason: "not_from_here",
    });
    expect(
      sign("communications_signed", "communications", head, { ...none, communicationsSignedBy: "head" }),
    ).toMatchObject({ ok: false, reason: "not_from_here" });
    for (const part of ["owner", "communications"] as const)
      expect(sign("complete", part, head, none)).toMatchObject({ ok: false, reason: "final_state" });
  });
});
