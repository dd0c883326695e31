import type { InboxStatus } from "../db/schema.js";

/**
 * The item's status as a transition table (docs/architecture.md: workflows are transition
 * tables). `new` waits for someone; `assigned` has an owner; `waiting` is answered and waits for
 * the author or a colleague; `done` needs nothing more. Handing back returns an item to `new`.
 */
export const STATUS_TRANSITIONS: Readonly<Record<InboxStatus, readonly InboxStatus[]>> = {
  new: ["assigned", "waiting", "done"],
  assigned: ["new", "waiting", "done"],
  waiting: ["new", "assigned", "done"],
  done: ["new", "assigned"],
};

export const STATUS_LABELS: Readonly<Record<InboxStatus, string>> = {
  new: "New",
  assigned: "Assigned",
  waiting: "Waiting for a reply",
  done: "Done",
};

export function canMove(from: InboxStatus, to: InboxStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Crisis and threat stay on top of every view until someone acknowledges them. */
export const PINNED_CATEGORIES: ReadonlySet<string> = new Set(["crisis", "threat"]);

export const URGENCY_RANK = { critical: 0, high: 1, normal: 2, low: 3 } as const;
