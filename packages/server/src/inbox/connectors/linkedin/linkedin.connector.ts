import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type CallOptions,
  type Capabilities,
  type Connector,
  type CredentialUpdate,
  supports,
} from "../connector.js";
import { type ConnectorError, fail, ok, permanent, type Result } from "../connector-error.js";
import { type HttpRequest, type HttpSettings, httpCall } from "../http.js";
import { type Call, linkedInCall } from "./linkedin-api.js";
import { commentSchema, commentsSchema, path, pollComments } from "./linkedin-poll.js";

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
