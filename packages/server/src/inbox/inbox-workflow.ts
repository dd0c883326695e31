import { defineWorkflow, PERMISSIONS } from "@parapet/core";
import type { InboxStatus } from "../db/schema.js";

export const STATUS_LABELS: Readonly<Record<InboxStatus, string>> = {
  new: "New",
  assigned: "Assigned",
  waiting: "Waiting for a reply",
  done: "Done",
};

/** What a status step needs to know of the item. */
export interface InboxItemContext {
  /** 0 while a crisis or threat waits for someone to acknowledge it. */
  priority: number;
  assigneeId: string | null;
}

/** One event per status an item can be moved to. */
export const STATUS_EVENT = {
  new: "reopen",
  assigned: "assign",
  waiting: "await_reply",
  done: "mark_done",
} as const satisfies Record<InboxStatus, string>;
export type InboxEvent = (typeof STATUS_EVENT)[InboxStatus];

const WORKERS = PERMISSIONS["inbox.work"];

/**
 * The item's status as a transition table (docs/architecture.md: workflows are transition
 * tables). `new` waits for someone; `assigned` has an owner; `waiting` is answered and waits for
 * the author or a colleague; `done` needs nothing more, and can be opened again. Handing back
 * returns an item to `new`.
 */
export const inboxWorkflow = defineWorkflow<InboxStatus, InboxEvent, InboxItemContext>({
  initial: "new",
  states: ["new", "assigned", "waiting", "done"],
  final: [],
  stateLabels: { new: '"New"', assigned: '"Assigned"', waiting: '"Waiting for a reply"', done: '"Done"' },
  transitions: {
    reopen: {
      from: ["assigned", "waiting", "done"],
      to: "new",
      roles: WORKERS,
      permission: "inbox.work",
      label: "made new again",
    },
    assign: {
      from: ["new", "waiting", "done"],
      to: "assigned",
      roles: WORKERS,
      permission: "inbox.work",
      label: "assigned",
      guards: [(item) => (item.assigneeId ? undefined : "Assign the message to someone first.")],
    },
    await_reply: {
      from: ["new", "assigned"],
      to: "waiting",
      roles: WORKERS,
      permission: "inbox.work",
      label: "marked waiting for a reply",
    },
    mark_done: {
      from: ["new", "assigned", "waiting"],
      to: "done",
      roles: WORKERS,
      permission: "inbox.work",
      label: "marked done",
      // Crisis and threat stay on top until someone has seen them.
      guards: [
        (item) =>
          item.priority === 0
            ? "Acknowledge this crisis or threat before marking it done: it stays on top until someone has."
            : undefined,
      ],
    },
  },
});

/** Whether the table has a step from one status to another (roles and guards aside). */
export function canMove(from: InboxStatus, to: InboxStatus): boolean {
  return inboxWorkflow.spec.transitions[STATUS_EVENT[to]].from.includes(from);
}

/** Crisis and threat stay on top of every view until someone acknowledges them. */
export const PINNED_CATEGORIES: ReadonlySet<string> = new Set(["crisis", "threat"]);

export const URGENCY_RANK = { critical: 0, high: 1, normal: 2, low: 3 } as const;
