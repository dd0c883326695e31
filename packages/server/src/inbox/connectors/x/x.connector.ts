import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type Capabilities,
  type Connector,
  type CredentialUpdate,
  supports,
} from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import type { HttpSettings } from "../http.js";
import { DEFAULT_MAX_WEBHOOK_BYTES } from "../normalise.js";
import { refreshXToken, type XSession, xCall } from "./x-api.js";
import { pollXMentions } from "./x-poll.js";
import { parseXWebhook, verifyXWebhook } from "./x-webhook.js";

export interface XConfig {
  /** The account's numeric user id. */
  userId: string;
  /** OAuth 2.0 user-context token with tweet.read, tweet.write, users.read, tweet.moderate.write, dm.read, dm.write. */
  accessToken: string;
  refreshToken?: string;
  /** The app's OAuth 2.0 client id (and secret, for a confidential client): needed to refresh. */
  clientId?: string;
  clientSecret?: string;
  /** The app's consumer secret (API secret key): signs Account Activity webhooks and the CRC. */
  consumerSecret?: string;
  http: HttpSettings;
  maxWebhookBytes?: number;
  /** Pages of mentions one poll may read. Default 5 (500 mentions). */
  maxPagesPerPoll?: number;
}

const SKEW_MS = 60_000;

/** What X lets the inbox do, whatever the account's settings (webhooks need a consumer secret). */
export const X_CAPABILITIES: Capabilities = {
  actions: {
    reply: ["mention", "reply", "dm"],
    // X lets an account hide replies in conversations it started, and nothing else.
    hide: ["reply"],
    unhide: ["reply"],
    delete: [],
    report: [],
    block: [],
  },
  webhook: false,
  poll: true,
  refresh: false,
};

export function createXConnector(config: XConfig): Connector {
  const credentials = { accessToken: config.accessToken, refreshToken: config.refreshToken };
  const session = (): XSession => ({
    http: config.http,
    accessToken: credentials.accessToken,
    canRefresh: Boolean(credentials.refreshToken && config.clientId),
  });
  const maxBodyBytes = config.maxWebhookBytes ?? DEFAULT_MAX_WEBHOOK_BYTES;
  const capabilities: Capabilities = {
    actions: X_CAPABILITIES.actions,
    webhook: Boolean(config.consumerSecret),
    poll: true,
    refresh: Boolean(config.refreshToken && config.clientId),
  };
  const connector: Connector = {
    platform: "x",
    capabilities,
    poll: (cursor, options) =>
      pollXMentions(session(), config.userId, config.maxPagesPerPoll ?? 5, cursor, options),
    perform: (action, options) => perform(session(), config.userId, capabilities, action, options),
    refresh: async (options = {}): Promise<Result<CredentialUpdate, ConnectorError>> => {
      if (!credentials.refreshToken || !config.clientId) {
        return permanent("This X account has no refresh token; an administrator must reconnect it.");
      }
      const refreshed = await refreshXToken(
        config.http,
        {
          refreshToken: credentials.refreshToken,
          clientId: config.clientId,
          ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}),
        },
        options.signal,
      );
      if (!refreshed.ok) return refreshed;
      credentials.accessToken = refreshed.value.accessToken;
      credentials.refreshToken = refreshed.value.refreshToken ?? credentials.refreshToken;
      const update: CredentialUpdate = {
        credentials: { accessToken: credentials.accessToken, refreshToken: credentials.refreshToken },
      };
      if (refreshed.value.expiresAt) update.expiresAt = refreshed.value.expiresAt;
      return ok(update);
    },
  };
  if (config.consumerSecret) {
    connector.verifyWebhook = (request) => verifyXWebhook(request, config.consumerSecret, maxBodyBytes);
    connector.parseWebhook = (request) => parseXWebhook(request, maxBodyBytes);
  }
  return connector;
}

const created = z.object({ data: z.object({ id: z.string().max(100) }) });
const dmCreated = z.object({ data: z.object({ dm_event_id: z.string().max(100) }) });
const hidden = z.object({ data: z.object({ hidden: z.boolean() }) });
const timeline = z.object({
  data: z
    .array(
      z.object({
        id: z.string().max(100),
        text: z.string(),
        created_at: z.string().max(50).optional(),
        referenced_tweets: z
          .array(z.object({ type: z.string(), id: z.string() }))
          .max(10)
          .optional(),
      }),
    )
    .max(100)
    .optional(),
});
const dmEvents = z.object({
  data: z
    .array(
      z.object({
        id: z.string().max(100),
        text: z.string().optional(),
        sender_id: z.string().max(100).optional(),
        created_at: z.string().max(50).optional(),
      }),
    )
    .max(100)
    .optional(),
});

const recent = (at: string | undefined, options: ActionOptions) =>
  at !== undefined && Date.parse(at) >= options.requestedAt.getTime() - SKEW_MS;

async function perform(
  session: XSession,
  userId: string,
  capabilities: Capabilities,
  action: ActionRequest,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const { target } = action;
  if (!supports(capabilities, action.kind, target.channel)) {
    return permanent(`X does not let an account ${action.kind} a ${target.channel} through its API.`);
  }
  const tweetId = target.ref?.latestId ?? target.externalId;
  if (action.kind === "reply" && target.channel === "dm") {
    const participant = target.ref?.participantId ?? target.author.platformId;
    if (!participant) return permanent("The message does not say who sent it, so it cannot be answered.");
    const path = `/2/dm_conversations/with/${encodeURIComponent(participant)}`;
    // X takes no idempotency key: look for our message with this text first.
    const existing = await xCall(session, {
      method: "GET",
      path: `${path}/dm_events`,
      query: { "dm_event.fields": "id,text,sender_id,created_at", max_results: "50" },
      signal: options.signal,
    });
    if (!existing.ok) return existing;
    const found = dmEvents
      .safeParse(existing.value)
      .data?.data?.find(
        (e) => e.sender_id === userId && e.text === action.text && recent(e.created_at, options),
      );
    if (found) return ok({ externalId: found.id, alreadyDone: true });
    const sent = await xCall(session, {
      method: "POST",
      path: `${path}/messages`,
      json: { text: action.text },
      signal: options.signal,
    });
    if (!sent.ok) return sent;
    const parsed = dmCreated.safeParse(sent.value);
    return parsed.success
      ? ok({ externalId: parsed.data.data.dm_event_id, alreadyDone: false })
      : permanent("X did not say the message's id.");
  }
  if (action.kind === "reply") {
    const existing = await xCall(session, {
      method: "GET",
      path: `/2/users/${encodeURIComponent(userId)}/tweets`,
      query: { since_id: tweetId, max_results: "100", "tweet.fields": "created_at,referenced_tweets" },
      signal: options.signal,
    });
    if (!existing.ok) return existing;
    const found = timeline
      .safeParse(existing.value)
      .data?.data?.find(
        (t) =>
          t.text === action.text &&
          recent(t.created_at, options) &&
          (t.referenced_tweets ?? []).some((r) => r.type === "replied_to" && r.id === tweetId),
      );
    if (found)
      return ok({
        externalId: found.id,
        alreadyDone: true,
        permalink: `https://x.com/i/web/status/${found.id}`,
      });
    const posted = await xCall(session, {
      method: "POST",
      path: "/2/tweets",
      json: { text: action.text, reply: { in_reply_to_tweet_id: tweetId } },
      signal: options.signal,
    });
    if (!posted.ok) return posted;
    const parsed = created.safeParse(posted.value);
    if (!parsed.success) return permanent("X accepted the reply but did not say its id.");
    return ok({
      externalId: parsed.data.data.id,
      alreadyDone: false,
      permalink: `https://x.com/i/web/status/${parsed.data.data.id}`,
    });
  }
  if (action.kind === "hide" || action.kind === "unhide") {
    const result = await xCall(session, {
      method: "PUT",
      path: `/2/tweets/${encodeURIComponent(tweetId)}/hidden`,
      json: { hidden: action.kind === "hide" },
      signal: options.signal,
    });
    if (!result.ok) return result;
    const parsed = hidden.safeParse(result.value);
    if (!parsed.success || parsed.data.data.hidden !== (action.kind === "hide"))
      return permanent("X did not confirm the change.");
    return ok({ alreadyDone: false });
  }
  return permanent(`X has no API to ${action.kind} someone else's post.`);
}
