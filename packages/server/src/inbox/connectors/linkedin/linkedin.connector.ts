import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type CallOptions,
  type Capabilities,
  type Connector,
  type CredentialUpdate,
  type InboundItem,
  MAX_TEXT,
  type PollPage,
  supports,
} from "../connector.js";
import {
  type ConnectorError,
  clampRetryAt,
  fail,
  ok,
  permanent,
  platformText,
  type Result,
  retryAtFromHeaders,
} from "../connector-error.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { type HttpRequest, type HttpSettings, httpCall } from "../http.js";
import { fromUnix, versionKey } from "../normalise.js";

export interface LinkedInConfig {
  /** e.g. `urn:li:organization:2414183`. */
  organizationUrn: string;
  /** A member's token with r_organization_social and w_organization_social (an admin of the page). */
  accessToken: string;
  refreshToken?: string;
  clientId?: string;
  clientSecret?: string;
  /** The versioned API's month, sent as LinkedIn-Version (e.g. `202506`). */
  version?: string;
  /** https://api.linkedin.com */
  http: HttpSettings;
  /** https://www.linkedin.com (where /oauth/v2/accessToken lives). */
  oauthHttp?: HttpSettings;
  postsPerPoll?: number;
}

export const LINKEDIN_CAPABILITIES: Capabilities = {
  actions: {
    reply: ["comment", "reply"],
    hide: [],
    unhide: [],
    delete: ["comment", "reply"],
    report: [],
    block: [],
  },
  webhook: false,
  poll: true,
  refresh: false,
};

const DEFAULT_VERSION = "202506";
const SKEW_MS = 60_000;

export function createLinkedInConnector(config: LinkedInConfig): Connector {
  const credentials = { accessToken: config.accessToken, refreshToken: config.refreshToken };
  const canRefresh = () =>
    Boolean(credentials.refreshToken && config.clientId && config.clientSecret && config.oauthHttp);
  const call = (request: HttpRequest) => linkedInCall(config, credentials.accessToken, canRefresh(), request);
  return {
    platform: "linkedin",
    capabilities: { ...LINKEDIN_CAPABILITIES, refresh: canRefresh() },
    poll: (cursor, options = {}) => pollComments(call, config, cursor, options),
    perform: (action, options) => perform(call, config.organizationUrn, action, options),
    refresh: async (options: CallOptions = {}): Promise<Result<CredentialUpdate, ConnectorError>> => {
      if (!canRefresh() || !config.oauthHttp || !credentials.refreshToken) {
        return permanent(
          "This LinkedIn connection has no refresh token; an administrator must reconnect it.",
        );
      }
      const response = await httpCall(config.oauthHttp, {
        method: "POST",
        path: "/oauth/v2/accessToken",
        form: {
          grant_type: "refresh_token",
          refresh_token: credentials.refreshToken,
          client_id: config.clientId ?? "",
          client_secret: config.clientSecret ?? "",
        },
        signal: options.signal,
      });
      if (!response.ok) return response;
      const token = tokenSchema.safeParse(response.value.json);
      if (response.value.status !== 200 || !token.success) {
        return fail({
          kind: "token_expired",
          refreshable: false,
          message: "LinkedIn refused to refresh the access; an administrator must reconnect the account.",
        });
      }
      credentials.accessToken = token.data.access_token;
      credentials.refreshToken = token.data.refresh_token ?? credentials.refreshToken;
      return ok({
        credentials: {
          accessToken: credentials.accessToken,
          ...(credentials.refreshToken ? { refreshToken: credentials.refreshToken } : {}),
        },
        expiresAt: new Date(config.http.clock.now().getTime() + token.data.expires_in * 1000).toISOString(),
      });
    },
  };
}

const tokenSchema = z.object({
  access_token: z.string().min(1).max(5000),
  expires_in: z.number(),
  refresh_token: z.string().max(5000).optional(),
});
const errorSchema = z.object({
  message: z.string().max(10_000).optional(),
  code: z.string().max(200).optional(),
  serviceErrorCode: z.number().optional(),
});

type Call = (request: HttpRequest) => Promise<Result<{ json: unknown; headers: Headers }, ConnectorError>>;

async function linkedInCall(
  config: LinkedInConfig,
  token: string,
  canRefresh: boolean,
  request: HttpRequest,
): Promise<Result<{ json: unknown; headers: Headers }, ConnectorError>> {
  const response = await httpCall(config.http, {
    ...request,
    headers: {
      ...request.headers,
      authorization: `Bearer ${token}`,
      "linkedin-version": config.version ?? DEFAULT_VERSION,
      "x-restli-protocol-version": "2.0.0",
    },
  });
  if (!response.ok) return response;
  const { status, json, headers } = response.value;
  if (status >= 200 && status < 300) return ok({ json, headers });
  const parsed = errorSchema.safeParse(json);
  const said = parsed.success ? platformText(parsed.data.message) : "";
  const suffix = said ? ` LinkedIn said: “${said}”` : "";
  const now = config.http.clock.now();
  if (status === 429) {
    // LinkedIn's daily limits reset at midnight UTC and it seldom sends Retry-After.
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    const retryAt = headers.get("retry-after")
      ? retryAtFromHeaders(headers, ["retry-after"], now, 60_000)
      : clampRetryAt(midnight, now, 60_000);
    return fail({
      kind: "rate_limited",
      status,
      retryAt,
      message: `LinkedIn's daily limit for this call is used up.${suffix}`,
    });
  }
  if (status === 401) {
    return fail({
      kind: "token_expired",
      refreshable: canRefresh,
      status,
      message: canRefresh
        ? `LinkedIn's access token expired; Parapet will refresh it.${suffix}`
        : `LinkedIn no longer accepts Parapet's access (tokens last 60 days). An administrator must reconnect the page.${suffix}`,
    });
  }
  if (status >= 500)
    return fail({
      kind: "transient",
      status,
      message: `LinkedIn had a temporary problem (HTTP ${status}).${suffix}`,
    });
  if (status === 403) {
    return fail({
      kind: "permanent",
      status,
      message: `LinkedIn refused: the connected member must be an administrator of the page, with the permissions in docs/connectors.md.${suffix}`,
    });
  }
  return fail({
    kind: "permanent",
    status,
    message: `LinkedIn refused the request (HTTP ${status}).${suffix}`,
  });
}

const urn = z.string().min(1).max(500);
const commentSchema = z.object({
  id: z.string().max(100).optional(),
  commentUrn: urn.optional(),
  $URN: urn.optional(),
  actor: urn,
  object: urn.optional(),
  parentComment: urn.optional(),
  message: z.object({ text: z.string().max(MAX_TEXT) }).optional(),
  created: z.object({ time: z.number() }),
  lastModified: z.object({ time: z.number() }).optional(),
  commentsSummary: z.object({ aggregatedTotalComments: z.number().optional() }).optional(),
});
const commentsSchema = z.object({ elements: z.array(commentSchema).max(500) });
const postsSchema = z.object({ elements: z.array(z.object({ id: urn })).max(100) });
const cursorSchema = z.object({ since: z.number().optional() });

const path = (target: string) => `/rest/socialActions/${encodeURIComponent(target)}/comments`;

/** The organisation's latest posts (GET /rest/posts?q=author), then each one's comments and replies. */
async function pollComments(
  call: Call,
  config: LinkedInConfig,
  cursor: string | null,
  options: CallOptions,
): Promise<Result<PollPage, ConnectorError>> {
  const since = decodeCursor(cursorSchema, cursor)?.since;
  const posts = await call({
    method: "GET",
    path: "/rest/posts",
    query: {
      q: "author",
      author: config.organizationUrn,
      count: String(config.postsPerPoll ?? 10),
      sortBy: "LAST_MODIFIED",
    },
    headers: { "x-restli-method": "FINDER" },
    signal: options.signal,
  });
  if (!posts.ok) return posts;
  const postList = postsSchema.safeParse(posts.value.json);
  if (!postList.success) return permanent("LinkedIn's list of posts was not in the documented shape.");
  const items: InboundItem[] = [];
  let newest = since;
  const visit = async (parent: string, post: string, depth: number): Promise<ConnectorError | null> => {
    const comments = await call({
      method: "GET",
      path: path(parent),
      query: { count: "100" },
      signal: options.signal,
    });
    if (!comments.ok) return comments.error;
    const list = commentsSchema.safeParse(comments.value.json);
    if (!list.success)
      return { kind: "permanent", message: "LinkedIn's list of comments was not in the documented shape." };
    for (const comment of list.data.elements) {
      const commentUrn = comment.commentUrn ?? comment.$URN;
      if (!commentUrn || comment.actor === config.organizationUrn) continue;
      const changed = comment.lastModified?.time ?? comment.created.time;
      if (depth === 0 && (comment.commentsSummary?.aggregatedTotalComments ?? 0) > 0) {
        const failed = await visit(commentUrn, post, 1);
        if (failed) return failed;
      }
      if (since !== undefined && changed < since) continue;
      newest = Math.max(newest ?? 0, changed);
      const item = toItem(comment, commentUrn, post, config.organizationUrn);
      if (item) items.push(item);
    }
    return null;
  };
  for (const post of postList.data.elements) {
    const failed = await visit(post.id, post.id, 0);
    if (failed) return fail(failed);
  }
  return ok({ items, cursor: encodeCursor({ since: newest }), more: false });
}

function toItem(
  comment: z.infer<typeof commentSchema>,
  commentUrn: string,
  post: string,
  org: string,
): InboundItem | null {
  const createdAt = fromUnix(comment.created.time);
  const modified = comment.lastModified ? fromUnix(comment.lastModified.time) : createdAt;
  if (createdAt === null || modified === null) return null;
  const event = modified !== createdAt ? "edited" : "created";
  const body = comment.message?.text ?? "";
  return {
    platform: "linkedin",
    externalId: commentUrn,
    account: org,
    channel: comment.parentComment ? "reply" : "comment",
    event,
    versionKey: versionKey(event, modified, body),
    author: { platformId: comment.actor },
    text: body,
    createdAt,
    occurredAt: modified,
    replyToId: comment.parentComment ?? post,
    threadId: post,
    permalink: `https://www.linkedin.com/feed/update/${encodeURIComponent(post)}?commentUrn=${encodeURIComponent(commentUrn)}`,
    ref: {
      post,
      ...(comment.id ? { commentId: comment.id } : {}),
      ...(comment.parentComment ? { parentComment: comment.parentComment } : {}),
    },
  };
}

async function perform(
  call: Call,
  org: string,
  action: ActionRequest,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const { target } = action;
  if (!supports(LINKEDIN_CAPABILITIES, action.kind, target.channel)) {
    return permanent(`LinkedIn does not let a page ${action.kind} a ${target.channel} through its API.`);
  }
  const post = target.ref?.post ?? target.threadId;
  if (!post) return permanent("The comment does not say which post it is on.");
  if (action.kind === "delete") {
    const commentId = target.ref?.commentId;
    if (!commentId) return permanent("The comment's id is missing, so it cannot be deleted.");
    const result = await call({
      method: "DELETE",
      path: `${path(post)}/${encodeURIComponent(commentId)}`,
      query: { actor: org },
      signal: options.signal,
    });
    if (!result.ok)
      return result.error.kind === "permanent" && result.error.status === 404
        ? ok({ alreadyDone: true })
        : result;
    return ok({ alreadyDone: false });
  }
  if (action.kind !== "reply") return permanent(`LinkedIn has no API to ${action.kind} a comment.`);
  // LinkedIn nests one level: an answer to a reply goes under the top-level comment.
  const parent = target.ref?.parentComment ?? target.externalId;
  const existing = await call({
    method: "GET",
    path: path(parent),
    query: { count: "100" },
    signal: options.signal,
  });
  if (!existing.ok) return existing;
  const found = commentsSchema
    .safeParse(existing.value.json)
    .data?.elements.find(
      (c) =>
        c.actor === org &&
        c.message?.text === action.text &&
        c.created.time >= options.requestedAt.getTime() - SKEW_MS,
    );
  const foundUrn = found?.commentUrn ?? found?.$URN;
  if (foundUrn) return ok({ externalId: foundUrn, alreadyDone: true });
  const created = await call({
    method: "POST",
    path: path(parent),
    json: { actor: org, object: post, parentComment: parent, message: { text: action.text } },
    signal: options.signal,
  });
  if (!created.ok) return created;
  const body = commentSchema.partial().safeParse(created.value.json);
  const id =
    (body.success ? (body.data.commentUrn ?? body.data.$URN) : undefined) ??
    created.value.headers.get("x-restli-id") ??
    undefined;
  return ok({ ...(id ? { externalId: id.slice(0, 500) } : {}), alreadyDone: false });
}
