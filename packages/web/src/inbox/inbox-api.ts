/** The shapes GET /api/v1/inbox and /api/v1/inbox/{id} answer with (docs/inbox.md); ids are for calls only. */
export interface QueueItem {
  id: string;
  platformLabel: string;
  channelLabel: string;
  accountName: string | null;
  author: { handle: string | null; name: string | null };
  preview: string;
  receivedAt: string;
  statusLabel: string;
  assignee: { id: string; name: string } | null;
  categoryLabel: string;
  urgency: string | null;
  urgencyLabel: string;
  flags: { code: string; label: string }[];
  pinned: boolean;
  dueBy: string | null;
  tags: string[];
  moderationLabel: string;
  moderation: string;
}

export interface ItemDetail extends QueueItem {
  text: string;
  permalink: string | null;
  reasons: { label: string; start: number; end: number; text: string }[];
  routeLabel: string | null;
  template: { text: string; clause: string } | null;
  history: { at: string; label: string; by: string; summary: string }[];
  notes: { at: string; by: string; text: string }[];
  replies: {
    id: string;
    at: string;
    text: string;
    statusLabel: string;
    error: string | null;
    draftedBy: string;
    decidedBy: string | null;
    canDecide: boolean;
  }[];
  evidence: { at: string; actionLabel: string; sha256: string; by: string; automaticRule: string | null }[];
  legalClock: {
    label: string;
    dueBy: string;
    handedOffAt: string | null;
    team: string | null;
    address: string | null;
    clause: string | null;
  } | null;
  escalationLabel: string | null;
  viewers: Viewer[];
  draftLockedBy: string | null;
  repliesNeedApproval: boolean;
  can: {
    acknowledge: boolean;
    reply: boolean;
    hide: boolean;
    unhide: boolean;
    delete: boolean;
    reinstate: boolean;
    report: boolean;
    block: boolean;
    handOff: boolean;
  };
}

export interface Viewer {
  name: string;
  drafting: boolean;
}

export interface Presence {
  viewers: Viewer[];
  draftLockedBy: string | null;
}

/** "Sam Patel is looking at this", "Sam Patel and Jo Bloggs are looking at this". */
export function lookingText(viewers: readonly Viewer[]): string | null {
  if (viewers.length === 0) return null;
  const names = viewers.map((v) => v.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${list} ${names.length === 1 ? "is" : "are"} looking at this`;
}

const when = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});
export const formatTime = (iso: string) => when.format(new Date(iso));

/** "Due in 3 hours", "Overdue by 2 days": the countdown a person reads. */
export function dueText(dueBy: string | null, now: number): string {
  if (!dueBy) return "No deadline";
  const ms = Date.parse(dueBy) - now;
  const abs = Math.abs(ms);
  const unit =
    abs >= 86_400_000
      ? `${Math.round(abs / 86_400_000)} day(s)`
      : abs >= 3_600_000
        ? `${Math.round(abs / 3_600_000)} hour(s)`
        : `${Math.max(1, Math.round(abs / 60_000))} minute(s)`;
  return ms >= 0 ? `Due in ${unit}` : `Overdue by ${unit}`;
}
