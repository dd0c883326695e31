import { reachableStates } from "@parapet/core";
import { describe, expect, it } from "vitest";
import type { InboxStatus } from "../db/schema.js";
import { canMove, inboxWorkflow, STATUS_EVENT } from "./inbox-workflow.js";

const STATUSES: readonly InboxStatus[] = ["new", "assigned", "waiting", "done"];
const worker = { id: "officer", roles: ["communications_officer"] };
const plain = { priority: 2, assigneeId: "officer" };

describe("the inbox item's status table", () => {
  it("allows exactly these moves (and never to the same status)", () => {
    const moves = STATUSES.flatMap((from) =>
      STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(moves).toEqual([
      "new→assigned",
      "new→waiting",
      "new→done",
      "assigned→new",
      "assigned→waiting",
      "assigned→done",
      "waiting→new",
      "waiting→assigned",
      "waiting→done",
      "done→new",
      "done→assigned",
    ]);
  });

  it("reaches every status from new, and none is final (a done message can be opened again)", () => {
    expect([...reachableStates(inboxWorkflow)].sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) expect(inboxWorkflow.isFinal(s)).toBe(false);
  });

  it("keeps a crisis or threat that nobody has acknowledged from being marked done", () => {
    const result = inboxWorkflow.check("assigned", STATUS_EVENT.done, worker, { ...plain, priority: 0 });
    expect(result).toMatchObject({ ok: false, reason: "guard" });
    expect(result.ok || result.message).toMatch(/Acknowledge this crisis or threat/);
    expect(inboxWorkflow.check("assigned", STATUS_EVENT.done, worker, plain)).toEqual({
      ok: true,
      to: "done",
    });
  });

  it("refuses assigned without an assignee, and says why a move is not in the table", () => {
    const unassigned = inboxWorkflow.check("new", STATUS_EVENT.assigned, worker, {
      ...plain,
      assigneeId: null,
    });
    expect(unassigned.ok || unassigned.message).toBe("Assign the message to someone first.");
    const back = inboxWorkflow.check("done", STATUS_EVENT.waiting, worker, plain);
    expect(back).toMatchObject({ ok: false, reason: "not_from_here" });
    expect(back.ok || back.message).toContain('"Done"');
  });
});
