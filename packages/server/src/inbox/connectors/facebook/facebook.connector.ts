import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type Capabilities,
  type Connector,
  supports,
} from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import type { HttpSettings } from "../http.js";
import { DEFAULT_GRAPH_VERSION, type GraphSettings, graphCall, isMissingObject } from "../meta/graph.js";
import { replyToComment, replyToMessage } from "../meta/meta-reply.js";
import { parseMetaWebhook, verifyMetaWebhook } from "../meta/meta-webhook.js";
import { DEFAULT_MAX_WEBHOOK_BYTES } from "../normalise.js";
import { pollFacebook } from "./facebook-poll.js";
import { parseFeedChange } from "./facebook-webhook.js";

export interface FacebookConfig {
  /** The Facebook Page's id. */
  pageId: string;
  /** A Page access token (long-lived) with the permissions in docs/connectors.md. */
  pageAccessToken: string;
  appSecret?: string;
  verifyToken?: string;
  graphVersion?: string;
  http: HttpSettings;
  maxWebhookBytes?: number;
  /** How many of the Page's latest posts a poll reads comments from. Default 10. */
  postsPerPoll?: number;
}

export const FACEBOOK_CAPABILITIES: Capabilities = {
  actions: {
    reply: ["mention", "comment", "reply", "dm", "review"],
    hide: ["comment", "reply"],
    unhide: ["comment", "reply"],
    delete: ["mention", "comment", "reply"],
    report: [],
    block: ["mention", "comment", "reply", "dm", "review"],
  },
  webhook: true,
  poll: true,
  refresh: false,
};

export function createFacebookConnector(config: FacebookConfig): Connector {
  const graph: GraphSettings = {
    http: config.http,
    accessToken: config.pageAccessToken,
    version: config.graphVersion ?? DEFAULT_GRAPH_VERSION,
    ...(config.appSecret ? { appSecret: config.appSecret } : {}),
  };
  const maxBodyBytes = config.maxWebhookBytes ?? DEFAULT_MAX_WEBHOOK_BYTES;
  const secrets = { maxBodyBytes, ...pick(config) };
  return {
    platform: "facebook",
    capabilities: FACEBOOK_CAPABILITIES,
    verifyWebhook: (request) => verifyMetaWebhook(request, secrets),
    parseWebhook: (request) => parseMetaWebhook(request, "page", "facebook", maxBodyBytes, parseFeedChange),
    poll: (cursor, options) => pollFacebook(graph, config.pageId, config.postsPerPoll ?? 10, cursor, options),
    perform: (action, options) => perform(graph, config.pageId, action, options),
  };
}

function pick(config: FacebookConfig) {
  return {
    ...(config.appSecret ? { appSecret: config.appSecret } : {}),
    ...(config.verifyToken ? { verifyToken: config.verifyToken } : {}),
  };
}

const success = z.object({ success: z.boolean() });

async function perform(
  graph: GraphSettings,
  pageId: string,
  action: ActionRequest,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const { target } = action;
  if (!supports(FACEBOOK_CAPABILITIES, action.kind, target.channel)) {
    return permanent(`Facebook does not let a Page ${action.kind} a ${target.channel} through its API.`);
  }
  const node = `/${encodeURIComponent(target.externalId)}`;
  switch (action.kind) {
    case "reply": {
      if (target.channel === "dm") {
        const recipientId = target.ref?.recipientId ?? target.author.platformId;
        if (!recipientId) return permanent("The message does not say who sent it, so it cannot be answered.");
        return replyToMessage(graph, options, {
          ourId: pageId,
          nodeId: pageId,
          platform: "messenger",
          recipientId,
          text: action.text,
        });
      }
      // Facebook threads are two levels deep: an answer to a reply goes under the comment it replied to.
      const commentId =
        target.channel === "reply" && target.replyToId && target.replyToId !== target.threadId
          ? target.replyToId
          : target.externalId;
      const path = `/${encodeURIComponent(commentId)}/comments`;
      return replyToComment(graph, options, {
        ourId: pageId,
        listPath: path,
        listFields: "id,message,created_time,from",
        postPath: path,
        text: action.text,
      });
    }
    case "hide":
    case "unhide": {
      const result = await graphCall(graph, {
        method: "POST",
        path: node,
        json: { is_hidden: action.kind === "hide" },
        signal: options.signal,
      });
      return result.ok ? expectSuccess(result.value) : result;
    }
    case "delete": {
      const result = await graphCall(graph, { method: "DELETE", path: node, signal: options.signal });
      if (!result.ok) return isMissingObject(result.error) ? ok({ alreadyDone: true }) : result;
      return expectSuccess(result.value);
    }
    case "block": {
      const user = target.author.platformId;
      if (!user) return permanent("The item does not say who wrote it, so nobody can be blocked.");
      const result = await graphCall(graph, {
        method: "POST",
        path: `/${encodeURIComponent(pageId)}/blocked`,
        json: { user },
        signal: options.signal,
      });
      return result.ok ? ok({ alreadyDone: false }) : result;
    }
    case "report":
      return permanent("Facebook has no API for reporting content; report it on Facebook.");
  }
}

function expectSuccess(body: unknown): Result<ActionOutcome, ConnectorError> {
  const parsed = success.safeParse(body);
  if (!parsed.success || !parsed.data.success) return permanent("Meta did not confirm the change.");
  return ok({ alreadyDone: false });
}
