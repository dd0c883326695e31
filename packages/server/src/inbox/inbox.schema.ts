import { CHANNELS, TRIAGE_CATEGORIES, URGENCIES } from "@parapet/core";
import { z } from "zod";
import { INBOX_STATUSES } from "../db/schema.js";

/** A comma-separated list in the query string (`?urgency=critical,high`). */
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500)
    .transform((s) => s.split(",").filter((v) => v.length > 0))
    .pipe(z.array(z.enum(values)).max(values.length));

export const queueQuerySchema = z.object({
  urgency: list(URGENCIES).optional(),
  category: list(TRIAGE_CATEGORIES).optional(),
  status: list(INBOX_STATUSES).optional(),
  /** A person's id, `me`, or `none` for items nobody has. */
  assignee: z.union([z.literal("me"), z.literal("none"), z.uuid()]).optional(),
  account: z.uuid().optional(),
  tag: z.string().min(1).max(50).optional(),
  /** Only items due before this time (`overdue` means before now). */
  due: z.union([z.literal("overdue"), z.iso.datetime({ offset: true })]).optional(),
  /** The `next` of the page before. */
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

const label = z.object({ code: z.string(), label: z.string() });

export const queueItemSchema = z.object({
  id: z.string(),
  platform: z.string(),
  platformLabel: z.string(),
  channel: z.enum(CHANNELS),
  channelLabel: z.string(),
  accountName: z.string().nullable(),
  author: z.object({ handle: z.string().nullable(), name: z.string().nullable() }),
  preview: z.string(),
  receivedAt: z.string(),
  status: z.enum(INBOX_STATUSES),
  statusLabel: z.string(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  triaged: z.boolean(),
  category: z.string().nullable(),
  categoryLabel: z.string(),
  urgency: z.string().nullable(),
  urgencyLabel: z.string(),
  flags: z.array(label),
  /** A crisis or threat nobody has acknowledged: on top of every view. */
  pinned: z.boolean(),
  dueBy: z.string().nullable(),
  tags: z.array(z.string()),
  moderation: z.string(),
  moderationLabel: z.string(),
  deletedOnPlatform: z.boolean(),
});

export const queuePageSchema = z.object({ items: z.array(queueItemSchema), next: z.string().nullable() });

export const itemDetailSchema = queueItemSchema.extend({
  permalink: z.string().nullable(),
  threadId: z.string().nullable(),
  replyToId: z.string().nullable(),
  text: z.string(),
  subject: z.string().nullable(),
  versions: z.array(
    z.object({
      version: z.number(),
      eventLabel: z.string(),
      text: z.string(),
      subject: z.string().nullable(),
      occurredAt: z.string(),
    }),
  ),
  /** Where triage saw each cue: offsets into `text`. */
  reasons: z.array(z.object({ label: z.string(), start: z.number(), end: z.number(), text: z.string() })),
  routeLabel: z.string().nullable(),
  template: z.object({ text: z.string(), clause: z.string() }).nullable(),
  acknowledgedAt: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), label: z.string(), by: z.string(), summary: z.string() })),
  notes: z.array(z.object({ at: z.string(), by: z.string(), text: z.string() })),
  replies: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      text: z.string(),
      statusLabel: z.string(),
      error: z.string().nullable(),
      draftedBy: z.string(),
      decidedBy: z.string().nullable(),
      /** The caller may approve or reject it (waiting, someone else's, the caller's role approves). */
      canDecide: z.boolean(),
    }),
  ),
  evidence: z.array(
    z.object({
      at: z.string(),
      actionLabel: z.string(),
      sha256: z.string(),
      by: z.string(),
      /** The rule that acted, in words, when Parapet acted on its own (automatic hiding). */
      automaticRule: z.string().nullable(),
    }),
  ),
  /** The legal clock of an FOI or subject-access request, and its hand-off. */
  legalClock: z
    .object({
      label: z.string(),
      dueBy: z.string(),
      handedOffAt: z.string().nullable(),
      team: z.string().nullable(),
      address: z.string().nullable(),
      clause: z.string().nullable(),
    })
    .nullable(),
  escalationLabel: z.string().nullable(),
  /** Who else is looking at it now, and who (if anyone) holds its draft lock. */
  viewers: z.array(z.object({ name: z.string(), drafting: z.boolean() })),
  draftLockedBy: z.string().nullable(),
  /** Replies wait for a second person on this account. */
  repliesNeedApproval: z.boolean(),
  can: z.object({
    acknowledge: z.boolean(),
    reply: z.boolean(),
    hide: z.boolean(),
    unhide: z.boolean(),
    delete: z.boolean(),
    reinstate: z.boolean(),
    report: z.boolean(),
    block: z.boolean(),
    handOff: z.boolean(),
  }),
});

export const itemParams = z.object({ id: z.uuid("must be a message's id") });
export const replyParams = itemParams.extend({ replyId: z.uuid("must be a reply's id") });
export const assignBodySchema = z.object({ assigneeId: z.union([z.uuid(), z.literal("me")]) });
export const statusBodySchema = z.object({ status: z.enum(INBOX_STATUSES) });
export const tagBodySchema = z.object({ tag: z.string().min(1).max(50) });
export const noteBodySchema = z.object({ text: z.string().trim().min(1).max(5000) });
export const replyBodySchema = z.object({
  text: z.string().min(1).max(10_000),
  templateId: z.string().max(200).optional(),
});
export const moderationBodySchema = z.object({ reason: z.string().max(2000).optional() });
export const bulkBodySchema = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  action: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("assign"), assigneeId: z.union([z.uuid(), z.literal("me")]) }),
    z.object({ kind: z.literal("tag"), tag: z.string().min(1).max(50) }),
    z.object({ kind: z.literal("done") }),
  ]),
});
export const okSchema = z.object({ ok: z.literal(true) });

export const accountBodySchema = z.object({
  platform: z.enum(["facebook", "instagram", "x", "bluesky", "linkedin", "mastodon"]),
  externalAccountId: z.string().min(1).max(500),
  name: z.string().trim().min(1).max(200),
  settings: z
    .object({
      baseUrl: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .optional(),
      graphVersion: z
        .string()
        .regex(/^v\d{1,3}\.\d{1,2}$/)
        .optional(),
      pageId: z.string().max(500).optional(),
      /** Bluesky: the handle or DID the app password signs in as (default: the account id). */
      identifier: z.string().max(300).optional(),
      /** X: the app's OAuth 2.0 client id, needed to refresh the token. */
      clientId: z.string().max(300).optional(),
    })
    .default({}),
  secrets: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,49}$/), z.string().min(1).max(16_384)),
});
/** An account's own inbox rules: second-person approval of replies, and what is hidden on arrival. */
export const accountRulesSchema = z.strictObject({
  /** Null: the pack's default (`replies.approval.required`). */
  repliesNeedApproval: z.boolean().nullable().default(null),
  autoHide: z
    .strictObject({
      /** Whole words or phrases, matched without regard to case. */
      words: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
      /** Hide any message with a web link in it (spam usually has one). */
      links: z.boolean().default(false),
      /** Hide what triage flags as abusive. */
      abuse: z.boolean().default(false),
    })
    .default({ words: [], links: false, abuse: false }),
});
export type AccountRules = z.output<typeof accountRulesSchema>;
export const accountParams = z.object({ id: z.uuid() });
export const accountViewSchema = z.object({
  id: z.string(),
  platform: z.string(),
  platformLabel: z.string(),
  name: z.string(),
  webhookPath: z.string().nullable(),
  polls: z.boolean(),
  lastPolledAt: z.string().nullable(),
  pollProblem: z.string().nullable(),
  rules: z.object({
    repliesNeedApproval: z.boolean().nullable(),
    autoHide: z.object({ words: z.array(z.string()), links: z.boolean(), abuse: z.boolean() }),
  }),
});

export const presenceBodySchema = z.object({ state: z.enum(["viewing", "drafting", "left"]) });
export const presenceSchema = z.object({
  viewers: z.array(z.object({ name: z.string(), drafting: z.boolean() })),
  draftLockedBy: z.string().nullable(),
});
