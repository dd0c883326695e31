import { z } from "zod";
import { type CallOptions, type InboundItem, MAX_TEXT, type PollPage } from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import { decodeCursor, encodeCursor, laterOf } from "../cursor.js";
import { type GraphSettings, graphCall, graphTime } from "../meta/graph.js";
import { versionKey } from "../normalise.js";

const cursorSchema = z.object({ since: z.iso.datetime().optional() });

const postsSchema = z.object({
  data: z
    .array(z.object({ id: z.string().min(1).max(500), permalink_url: z.string().max(2000).optional() }))
    .max(100),
});

const commentsSchema = z.object({
  data: z
    .array(
      z.object({
        id: z.string().min(1).max(500),
        message: z.string().max(MAX_TEXT).optional(),
        created_time: z.string().max(50),
        from: z.object({ id: z.string().min(1).max(500), name: z.string().max(300).optional() }).optional(),
        parent: z.object({ id: z.string().min(1).max(500) }).optional(),
        permalink_url: z.string().max(2000).optional(),
      }),
    )
    .max(500),
});

/**
 * A catch-up for missed webhooks: the comments on the Page's latest posts (GET /{page-id}/feed,
 * then GET /{post-id}/comments?filter=stream) written since the cursor's time. Comments at the
 * cursor's own second come again; the inbox's idempotent store absorbs the overlap.
 */
export async function pollFacebook(
  graph: GraphSettings,
  pageId: string,
  postsPerPoll: number,
  cursor: string | null,
  options: CallOptions = {},
): Promise<Result<PollPage, ConnectorError>> {
  const since = decodeCursor(cursorSchema, cursor)?.since;
  const posts = await graphCall(graph, {
    method: "GET",
    path: `/${encodeURIComponent(pageId)}/feed`,
    query: { fields: "id,permalink_url", limit: String(Math.min(100, Math.max(1, postsPerPoll))) },
    signal: options.signal,
  });
  if (!posts.ok) return posts;
  const postList = postsSchema.safeParse(posts.value);
  if (!postList.success) return permanent("Facebook's list of posts was not in the documented shape.");
  const items: InboundItem[] = [];
  let newest = since;
  for (const post of postList.data.data) {
    const comments = await graphCall(graph, {
      method: "GET",
      path: `/${encodeURIComponent(post.id)}/comments`,
      query: {
        filter: "stream",
        order: "reverse_chronological",
        fields: "id,message,created_time,from{id,name},parent{id},permalink_url",
        limit: "100",
      },
      signal: options.signal,
    });
    if (!comments.ok) return comments;
    const list = commentsSchema.safeParse(comments.value);
    if (!list.success) return permanent("Facebook's list of comments was not in the documented shape.");
    for (const comment of list.data.data) {
      const createdAt = graphTime(comment.created_time);
      if (createdAt === null || comment.from?.id === pageId) continue;
      if (since !== undefined && Date.parse(createdAt) < Date.parse(since)) continue;
      newest = laterOf(newest, createdAt);
      const body = comment.message ?? "";
      const parent = comment.parent?.id ?? post.id;
      const item: InboundItem = {
        platform: "facebook",
        externalId: comment.id,
        account: pageId,
        channel: parent === post.id ? "comment" : "reply",
        event: "created",
        versionKey: versionKey("created", createdAt, body),
        author: {
          ...(comment.from?.id ? { platformId: comment.from.id } : {}),
          ...(comment.from?.name ? { name: comment.from.name } : {}),
        },
        text: body,
        createdAt,
        occurredAt: createdAt,
        replyToId: parent,
        threadId: post.id,
      };
      const link = comment.permalink_url ?? post.permalink_url;
      if (link && /^https:\/\//.test(link)) item.permalink = link;
      items.push(item);
    }
  }
  return ok({ items, cursor: encodeCursor({ since: newest }), more: false });
}
