import { CHANNELS } from "@parapet/core";
import { z } from "zod";
import type { ConnectorError, Result } from "./connector-error.js";

/**
 * One interface for every platform the inbox hears from (docs/connectors.md). A connector is a
 * pure HTTP client plus parsers: it never touches the database, and everything it cannot do is
 * an error value (connector-error.ts), never a throw.
 */

/** Platforms with a connector. Imports (import/) cover the others. */
export const CONNECTOR_PLATFORMS = ["facebook", "instagram", "x", "bluesky", "linkedin", "mastodon"] as const;
export type ConnectorPlatform = (typeof CONNECTOR_PLATFORMS)[number];

/** What a person can ask the platform to do to an inbound item. */
export const CONNECTOR_ACTIONS = ["reply", "hide", "unhide", "delete", "report", "block"] as const;
export type ConnectorAction = (typeof CONNECTOR_ACTIONS)[number];

export type Channel = (typeof CHANNELS)[number];

/**
 * What happened on the platform. An edit, a deletion or a hide made on the platform itself is a
 * new version of the item (its own `versionKey`), never an overwrite of the first.
 */
export const INBOUND_EVENTS = ["created", "edited", "deleted", "hidden", "unhidden"] as const;
export type InboundEvent = (typeof INBOUND_EVENTS)[number];

export const ATTACHMENT_KINDS = ["image", "video", "audio", "file", "other"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The largest text any route accepts (docs/architecture.md: patterns run in linear time on it). */
export const MAX_TEXT = 100_000;
const MAX_ID = 500;

const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(MAX_ID);

/**
 * A normalised inbound item: one version of a mention, comment, reply, direct message or review.
 * The inbox stores it idempotently on (platform, externalId, versionKey).
 */
export const inboundItemSchema = z.object({
  /** A connector platform, or the platform an import names (e.g. `youtube`, `nhs_website`). */
  platform: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/),
  /** The platform's own id of the item; stable across its versions. */
  externalId: id,
  /** Which of our accounts received it: a page id, a user id, a DID, an organisation URN. */
  account: id,
  channel: z.enum(CHANNELS),
  event: z.enum(INBOUND_EVENTS),
  /** Distinguishes versions of one item: the same delivery twice gives the same key. */
  versionKey: z.string().min(1).max(200),
  author: z.object({
    /** The platform's id of the author (what block and report act on); absent in some imports. */
    platformId: id.optional(),
    /** As the platform shows it, e.g. `@someone`; absent where the platform has none (Facebook). */
    handle: z.string().max(300).optional(),
    name: z.string().max(300).optional(),
  }),
  /** Exactly as received (for Mastodon, the text a reader sees; the HTML is in `html`). */
  text: z.string().max(MAX_TEXT),
  /** A title or content warning the author gave (a review's title, Mastodon's content warning). */
  subject: z.string().max(MAX_TEXT).optional(),
  /** The platform's HTML exactly as received, where the platform sends HTML (Mastodon). */
  html: z
    .string()
    .max(MAX_TEXT * 2)
    .optional(),
  /** When the item was first written. */
  createdAt: isoTime,
  /** When this version happened (the edit, the deletion); equals createdAt for `created`. */
  occurredAt: isoTime,
  /** The item this one answers (a parent comment, the post commented on). */
  replyToId: id.optional(),
  /** The root of the conversation (the post, the first tweet, the thread root). */
  threadId: id.optional(),
  permalink: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** Photos, videos and files sent with it (links to the platform's copy, which may expire). */
  attachments: z
    .array(
      z.object({
        kind: z.enum(ATTACHMENT_KINDS),
        url: z
          .url({ protocol: /^https?$/ })
          .max(4000)
          .optional(),
      }),
    )
    .max(20)
    .optional(),
  /** What the connector needs later to act on the item (a Bluesky cid, a Messenger sender id). */
  ref: z.record(z.string().max(40), z.string().max(MAX_ID)).optional(),
});
export type InboundItem = z.infer<typeof inboundItemSchema>;

/** What an action needs to know about the item it acts on: the stored item does. */
export type ActionTarget = Pick<InboundItem, "externalId" | "channel" | "account" | "author"> &
  Partial<Pick<InboundItem, "replyToId" | "threadId" | "ref">>;

export type ActionRequest =
  | { kind: "reply"; target: ActionTarget; text: string }
  | { kind: "hide"; target: ActionTarget }
  | { kind: "unhide"; target: ActionTarget }
  | { kind: "delete"; target: ActionTarget }
  | { kind: "report"; target: ActionTarget; reason: string }
  | { kind: "block"; target: ActionTarget };

export interface CallOptions {
  /** Aborts the call (the job's timeout, a lost lease, the worker stopping). */
  signal?: AbortSignal;
}

export interface ActionOptions extends CallOptions {
  /**
   * Stable across every attempt of one job: the platform sees the action once however often the
   * job runs (an `Idempotency-Key` header, a deterministic record key, or a look-up first).
   */
  idempotencyKey: string;
  /** When the person asked for the action (the job's creation time), also stable across attempts. */
  requestedAt: Date;
}

export interface ActionOutcome {
  /** The platform's id of what the action created (the reply), when it created something. */
  externalId?: string;
  permalink?: string;
  /** True when an earlier attempt had already done it (found by the look-up or the platform said so). */
  alreadyDone: boolean;
}

export interface PollPage {
  items: InboundItem[];
  /** Pass to the next poll; null when the platform gave nothing to resume from. */
  cursor: string | null;
  /** True when more is waiting: poll again now rather than at the next interval. */
  more: boolean;
}

/** The parts of an incoming webhook request a connector needs: the raw body, never a re-serialised one. */
export interface WebhookRequest {
  method: string;
  query: URLSearchParams;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  rawBody: Uint8Array;
}

export type WebhookVerdict =
  /** A platform's set-up handshake (Meta's hub.challenge, X's CRC): answer it as given. */
  | { kind: "handshake"; status: 200; contentType: string; body: string }
  /** The signature holds: parse, store durably, then answer 200. */
  | { kind: "verified" }
  /** Answer with this status and store nothing. */
  | { kind: "rejected"; status: 400 | 401 | 403 | 405 | 413; reason: string };

export interface ParsedWebhook {
  items: InboundItem[];
  /** Changes the inbox has no use for (reactions, read receipts, our own replies echoed back). */
  ignored: number;
}

export interface InvalidPayload {
  kind: "invalid_payload";
  message: string;
}

/** New credentials after a refresh, for the caller to store (encrypted) in place of the old. */
export interface CredentialUpdate {
  credentials: Readonly<Record<string, string>>;
  /** When the new access token expires, where the platform says. */
  expiresAt?: string;
}

export interface Capabilities {
  /** The channels each action works on; an empty list means the platform does not offer it. */
  actions: Readonly<Record<ConnectorAction, readonly Channel[]>>;
  /** Receives webhooks (verifyWebhook and parseWebhook are present). */
  webhook: boolean;
  /** Can be polled (poll is present). */
  poll: boolean;
  /** Credentials can be refreshed without a person (refresh is present and has what it needs). */
  refresh: boolean;
}

export interface Connector {
  readonly platform: ConnectorPlatform;
  readonly capabilities: Capabilities;
  /**
   * Checks a webhook request: the handshake, or the signature over the raw body. Uses only the
   * app-level secrets, so any connector of an app verifies that app's deliveries.
   */
  verifyWebhook?(request: WebhookRequest): WebhookVerdict;
  /** Parses a verified delivery; `item.account` says which of the app's accounts each item is for. */
  parseWebhook?(request: WebhookRequest): Result<ParsedWebhook, InvalidPayload>;
  /** Fetches what arrived since `cursor` (null: start from the newest page). */
  poll?(cursor: string | null, options?: CallOptions): Promise<Result<PollPage, ConnectorError>>;
  perform(action: ActionRequest, options: ActionOptions): Promise<Result<ActionOutcome, ConnectorError>>;
  /** Exchanges a refresh token (or an app password) for new credentials. */
  refresh?(options?: CallOptions): Promise<Result<CredentialUpdate, ConnectorError>>;
}

/** Whether a connector offers an action on an item's channel (what the UI shows as a button). */
export function supports(capabilities: Capabilities, action: ConnectorAction, channel: Channel): boolean {
  return capabilities.actions[action].includes(channel);
}

/** Capabilities with every action off: platforms switch on what they offer. */
export function noActions(): Record<ConnectorAction, readonly Channel[]> {
  return { reply: [], hide: [], unhide: [], delete: [], report: [], block: [] };
}
