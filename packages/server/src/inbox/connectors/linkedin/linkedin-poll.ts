import { z } from "zod";
import { type CallOptions, type InboundItem, MAX_TEXT, type PollPage } from "../connector.js";
import { type ConnectorError, fail, ok, permanent, type Result } from "../connector-error.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { fromUnix, versionKey } from "../normalise.js";
import type { LinkedInConfig } from "./linkedin.connector.js";
import type { Call } from "./linkedin-api.js";

const urn = z.string().min(1).max(500);
export const commentSchema = z.object({
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
export const commentsSchema = z.object({ elements: z.array(commentSchema).max(500) });
const postsSchema = z.object({ elements: z.array(z.object({ id: urn })).max(100) });
const cursorSchema = z.object({ since: z.number().optional() });

export const path = (target: string) => `/rest/socialActions/${encodeURIComponent(target)}/comments`;

/** The organisation's latest posts (GET /rest/posts?q=author), then each one's comments and replies. */
export async function pollComments(
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
