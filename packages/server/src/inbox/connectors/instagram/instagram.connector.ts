import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type Capabilities,
  type Connector,
  type InboundItem,
  type InvalidPayload,
  supports,
} from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import type { HttpSettings } from "../http.js";
import { DEFAULT_GRAPH_VERSION, type GraphSettings, graphCall, isMissingObject } from "../meta/graph.js";
import { replyToComment, replyToMessage } from "../meta/meta-reply.js";
import {
  type Change,
  type Entry,
  metaSchemas,
  parseMetaWebhook,
  verifyMetaWebhook,
} from "../meta/meta-webhook.js";
import { DEFAULT_MAX_WEBHOOK_BYTES, fromUnix, validate, versionKey } from "../normalise.js";
import { pollInstagram } from "./instagram-poll.js";

export interface InstagramConfig {
  /** The Instagram professional account's id (IG User id). */
  igUserId: string;
  /** Its username, without @ (our own comments are recognised by id; this is for display). */
  username?: string;
  accessToken: string;
  /**
   * With Facebook Login the account is reached through its Facebook Page: messages go to
   * /{page-id}/messages. Without it (Instagram Login) they go to /{ig-user-id}/messages.
   */
  pageId?: string;
  appSecret?: string;
  verifyToken?: string;
  graphVersion?: string;
  http: HttpSettings;
  maxWebhookBytes?: number;
  mediaPerPoll?: number;
}

export const INSTAGRAM_CAPABILITIES: Capabilities = {
  actions: {
    reply: ["comment", "reply", "dm"],
    hide: ["comment", "reply"],
    unhide: ["comment", "reply"],
    delete: ["comment", "reply"],
    report: [],
    block: [],
  },
  webhook: true,
  poll: true,
  refresh: false,
};

export function createInstagramConnector(config: InstagramConfig): Connector {
  const graph: GraphSettings = {
    http: config.http,
    accessToken: config.accessToken,
    version: config.graphVersion ?? DEFAULT_GRAPH_VERSION,
    ...(config.appSecret ? { appSecret: config.appSecret } : {}),
  };
  const maxBodyBytes = config.maxWebhookBytes ?? DEFAULT_MAX_WEBHOOK_BYTES;
  const secrets = {
    maxBodyBytes,
    ...(config.appSecret ? { appSecret: config.appSecret } : {}),
    ...(config.verifyToken ? { verifyToken: config.verifyToken } : {}),
  };
  return {
    platform: "instagram",
    capabilities: INSTAGRAM_CAPABILITIES,
    verifyWebhook: (request) => verifyMetaWebhook(request, secrets),
    parseWebhook: (request) =>
      parseMetaWebhook(request, "instagram", "instagram", maxBodyBytes, parseCommentChange),
    poll: (cursor, options) =>
      pollInstagram(graph, config.igUserId, config.mediaPerPoll ?? 10, cursor, options),
    perform: (action, options) => perform(graph, config, action, options),
  };
}

const { id, text, from } = metaSchemas;

/** The `comments` (and `live_comments`) field's value (Instagram webhooks reference). */
const commentSchema = z.object({
  id,
  text: text.optional(),
  from: from.optional(),
  media: z.object({ id, media_product_type: z.string().max(50).optional() }).optional(),
  parent_id: id.optional(),
});

/** Comments on our media; mentions carry only ids and come in through the poll. */
export function parseCommentChange(entry: Entry, change: Change): Result<InboundItem | null, InvalidPayload> {
  if (change.field !== "comments" && change.field !== "live_comments") return ok(null);
  const value = validate(commentSchema, change.value, "A comments change");
  if (!value.ok) return value;
  const comment = value.value;
  if (comment.from?.id === entry.id) return ok(null); // our own reply
  const at = fromUnix(entry.time);
  if (at === null) return ok(null);
  const body = comment.text ?? "";
  const item: InboundItem = {
    platform: "instagram",
    externalId: comment.id,
    account: entry.id,
    channel: comment.parent_id ? "reply" : "comment",
    event: "created",
    versionKey: versionKey("created", at, body),
    author: {
      ...(comment.from?.id ? { platformId: comment.from.id } : {}),
      ...(comment.from?.username ? { handle: `@${comment.from.username}` } : {}),
    },
    text: body,
    createdAt: at,
    occurredAt: at,
  };
  const parent = comment.parent_id ?? comment.media?.id;
  if (parent) item.replyToId = parent;
  if (comment.media?.id) item.threadId = comment.media.id;
  return ok(item);
}

const success = z.object({ success: z.boolean() });

async function perform(
  graph: GraphSettings,
  config: InstagramConfig,
  action: ActionRequest,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const { target } = action;
  if (!supports(INSTAGRAM_CAPABILITIES, action.kind, target.channel)) {
    return permanent(`Instagram does not let an account ${action.kind} a ${target.channel} through its API.`);
  }
  const node = `/${encodeURIComponent(target.externalId)}`;
  switch (action.kind) {
    case "reply": {
      if (target.channel === "dm") {
        const recipientId = target.ref?.recipientId ?? target.author.platformId;
        if (!recipientId) return permanent("The message does not say who sent it, so it cannot be answered.");
        return replyToMessage(graph, options, {
          ourId: config.igUserId,
          nodeId: config.pageId ?? config.igUserId,
          platform: "instagram",
          recipientId,
          text: action.text,
        });
      }
      // Instagram threads are one level deep: an answer to a reply goes under its top-level comment.
      const commentId =
        target.channel === "reply" && target.replyToId && target.replyToId !== target.threadId
          ? target.replyToId
          : target.externalId;
      const path = `/${encodeURIComponent(commentId)}/replies`;
      return replyToComment(graph, options, {
        ourId: config.igUserId,
        listPath: path,
        listFields: "id,text,timestamp,from",
        postPath: path,
        text: action.text,
      });
    }
    case "hide":
    case "unhide": {
      const result = await graphCall(graph, {
        method: "POST",
        path: node,
        json: { hide: action.kind === "hide" },
        signal: options.signal,
      });
      return result.ok ? expectSuccess(result.value) : result;
    }
    case "delete": {
      const result = await graphCall(graph, { method: "DELETE", path: node, signal: options.signal });
      if (!result.ok) return isMissingObject(result.error) ? ok({ alreadyDone: true }) : result;
      return expectSuccess(result.value);
    }
    default:
      return permanent(`Instagram has no API to ${action.kind}; do it in the Instagram app.`);
  }
}

function expectSuccess(body: unknown): Result<ActionOutcome, ConnectorError> {
  const parsed = success.safeParse(body);
  if (!parsed.success || !parsed.data.success) return permanent("Meta did not confirm the change.");
  return ok({ alreadyDone: false });
}
