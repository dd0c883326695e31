import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type CallOptions,
  type Capabilities,
  type Connector,
  type InboundItem,
  MAX_TEXT,
  type PollPage,
  supports,
} from "../connector.js";
import {
  type ConnectorError,
  fail,
  ok,
  permanent,
  platformText,
  type Result,
  retryAtFromHeaders,
} from "../connector-error.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { type HttpRequest, type HttpSettings, httpCall } from "../http.js";
import { toIso, versionKey } from "../normalise.js";
import { htmlToText } from "./html-to-text.js";

export interface MastodonConfig {
  /** The account's numeric id on its instance (GET /api/v1/accounts/verify_credentials). */
  accountId: string;
  /** A token with read:notifications, read:statuses, write:statuses, write:blocks, write:reports. */
  accessToken: string;
  /** The instance, e.g. https://mastodon.social. */
  http: HttpSettings;
  maxPagesPerPoll?: number;
}

export const MASTODON_CAPABILITIES: Capabilities = {
  actions: {
    reply: ["mention", "reply", "dm"],
    hide: [],
    unhide: [],
    delete: [],
    report: ["mention", "reply", "dm"],
    block: ["mention", "reply", "dm"],
  },
  webhook: false,
  poll: true,
  refresh: false,
};

export function createMastodonConnector(config: MastodonConfig): Connector {
  const call = (request: HttpRequest) => mastodonCall(config, request);
  return {
    platform: "mastodon",
    capabilities: MASTODON_CAPABILITIES,
    poll: (cursor, options = {}) => poll(call, config, cursor, options),
    perform: (action, options) => perform(call, action, options),
  };
}

const errorSchema = z.object({ error: z.string().max(10_000).optional() });

async function mastodonCall(
  config: MastodonConfig,
  request: HttpRequest,
): Promise<Result<unknown, ConnectorError>> {
  const response = await httpCall(config.http, {
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${config.accessToken}` },
  });
  if (!response.ok) return response;
  const { status, json, headers } = response.value;
  if (status >= 200 && status < 300) return ok(json);
  const said = platformText(errorSchema.safeParse(json).data?.error);
  const suffix = said ? ` The instance said: “${said}”` : "";
  if (status === 429) {
    // Mastodon's X-RateLimit-Reset is an ISO 8601 time.
    const retryAt = retryAtFromHeaders(
      headers,
      ["x-ratelimit-reset", "retry-after"],
      config.http.clock.now(),
      5 * 60_000,
    );
    return fail({
      kind: "rate_limited",
      status,
      retryAt,
      message: `The Mastodon instance is limiting Parapet's calls.${suffix}`,
    });
  }
  if (status === 401) {
    return fail({
      kind: "token_expired",
      refreshable: false,
      status,
      message: `The instance no longer accepts Parapet's token; an administrator must reconnect the account.${suffix}`,
    });
  }
  if (status >= 500)
    return fail({
      kind: "transient",
      status,
      message: `The Mastodon instance had a temporary problem (HTTP ${status}).${suffix}`,
    });
  return fail({
    kind: "permanent",
    status,
    message: `The Mastodon instance refused the request (HTTP ${status}).${suffix}`,
  });
}

const id = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
const statusSchema = z.object({
  id,
  created_at: z.string().max(50),
  edited_at: z.string().max(50).nullish(),
  in_reply_to_id: id.nullish(),
  in_reply_to_account_id: id.nullish(),
  visibility: z.enum(["public", "unlisted", "private", "direct"]),
  spoiler_text: z.string().max(MAX_TEXT).optional(),
  content: z.string().max(MAX_TEXT * 2),
  url: z.string().max(2000).nullish(),
  uri: z.string().max(2000).optional(),
});
const notificationsSchema = z
  .array(
    z.object({
      id,
      type: z.string().max(50),
      created_at: z.string().max(50),
      account: z.object({ id, acct: z.string().max(400), display_name: z.string().max(400).optional() }),
      status: statusSchema.nullish(),
    }),
  )
  .max(80);
const cursorSchema = z.object({ minId: id.optional() });

/** Notification ids are numbers written as strings: compare them as numbers of any length. */
function newer(a: string, b: string | undefined): boolean {
  if (b === undefined) return true;
  return a.length !== b.length ? a.length > b.length : a > b;
}

/**
 * GET /api/v1/notifications for mentions (and edits of them), forward from the last id seen with
 * min_id, which returns the page immediately after it; the first poll takes the newest page.
 */
async function poll(
  call: (r: HttpRequest) => Promise<Result<unknown, ConnectorError>>,
  config: MastodonConfig,
  cursor: string | null,
  options: CallOptions,
): Promise<Result<PollPage, ConnectorError>> {
  let minId = decodeCursor(cursorSchema, cursor)?.minId;
  const first = minId === undefined;
  const items: InboundItem[] = [];
  const maxPages = config.maxPagesPerPoll ?? 5;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await call({
      method: "GET",
      path: "/api/v1/notifications",
      query: { "types[]": ["mention", "update"], limit: "40", min_id: minId },
      signal: options.signal,
    });
    if (!result.ok) return result;
    const parsed = notificationsSchema.safeParse(result.value);
    if (!parsed.success) return permanent("The instance's notifications were not in the documented shape.");
    let pageNewest = minId;
    for (const n of parsed.data) {
      if (newer(n.id, pageNewest)) pageNewest = n.id;
      const item = toItem(n, config.accountId);
      if (item) items.push(item);
    }
    const full = parsed.data.length >= 40;
    minId = pageNewest;
    if (first || !full) return ok({ items, cursor: encodeCursor({ minId }), more: false });
  }
  return ok({ items, cursor: encodeCursor({ minId }), more: true });
}

function toItem(n: z.infer<typeof notificationsSchema>[number], ourId: string): InboundItem | null {
  const status = n.status;
  if (!status || (n.type !== "mention" && n.type !== "update") || n.account.id === ourId) return null;
  const createdAt = toIso(status.created_at);
  const editedAt = status.edited_at ? toIso(status.edited_at) : null;
  if (createdAt === null) return null;
  const event = n.type === "update" || editedAt !== null ? "edited" : "created";
  const occurredAt = editedAt ?? createdAt;
  const body = htmlToText(status.content);
  const channel =
    status.visibility === "direct" ? "dm" : status.in_reply_to_account_id === ourId ? "reply" : "mention";
  const item: InboundItem = {
    platform: "mastodon",
    externalId: status.id,
    account: ourId,
    channel,
    event,
    versionKey: versionKey(event, occurredAt, status.content),
    author: {
      platformId: n.account.id,
      handle: `@${n.account.acct}`,
      ...(n.account.display_name ? { name: n.account.display_name } : {}),
    },
    text: body,
    html: status.content,
    createdAt,
    occurredAt,
    ref: { acct: n.account.acct, visibility: status.visibility },
  };
  if (status.spoiler_text) item.subject = status.spoiler_text;
  if (status.in_reply_to_id) item.replyToId = status.in_reply_to_id;
  const link = status.url ?? status.uri;
  if (link && /^https:\/\//.test(link)) item.permalink = link;
  return item;
}

const created = z.object({ id, url: z.string().max(2000).nullish() });

async function perform(
  call: (r: HttpRequest) => Promise<Result<unknown, ConnectorError>>,
  action: ActionRequest,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const { target } = action;
  if (!supports(MASTODON_CAPABILITIES, action.kind, target.channel)) {
    return permanent(`Mastodon does not let an account ${action.kind} a ${target.channel} through its API.`);
  }
  const accountId = target.author.platformId;
  switch (action.kind) {
    case "reply": {
      const acct = target.ref?.acct;
      if (!acct) return permanent("The post does not say who wrote it, so the reply cannot mention them.");
      // A reply must mention its reader or a direct message reaches nobody; a private or direct
      // post is never answered in public.
      const mention = `@${acct}`;
      const text = action.text.includes(mention) ? action.text : `${mention} ${action.text}`;
      const visibility =
        target.ref?.visibility === "direct" || target.ref?.visibility === "private" ? "direct" : "public";
      const result = await call({
        method: "POST",
        path: "/api/v1/statuses",
        headers: { "idempotency-key": options.idempotencyKey },
        json: { status: text, in_reply_to_id: target.externalId, visibility },
        signal: options.signal,
      });
      if (!result.ok) return result;
      const parsed = created.safeParse(result.value);
      if (!parsed.success) return permanent("The instance accepted the reply but did not say its id.");
      return ok({
        externalId: parsed.data.id,
        ...(parsed.data.url ? { permalink: parsed.data.url } : {}),
        alreadyDone: false,
      });
    }
    case "block": {
      if (!accountId) return permanent("The post does not say who wrote it, so nobody can be blocked.");
      const result = await call({
        method: "POST",
        path: `/api/v1/accounts/${encodeURIComponent(accountId)}/block`,
        signal: options.signal,
      });
      return result.ok ? ok({ alreadyDone: false }) : result;
    }
    case "report": {
      if (!accountId) return permanent("The post does not say who wrote it, so it cannot be reported.");
      const result = await call({
        method: "POST",
        path: "/api/v1/reports",
        json: {
          account_id: accountId,
          status_ids: [target.externalId],
          comment: action.reason.slice(0, 1000),
          category: "violation",
          forward: true,
        },
        signal: options.signal,
      });
      return result.ok ? ok({ alreadyDone: false }) : result;
    }
    default:
      return permanent(`Mastodon has no API to ${action.kind} someone else's post.`);
  }
}
