import { z } from "zod";
import { type CallOptions, type InboundItem, MAX_TEXT, type PollPage } from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import { decodeCursor, encodeCursor, laterOf } from "../cursor.js";
import { type GraphSettings, graphCall, graphTime } from "../meta/graph.js";
import { versionKey } from "../normalise.js";

const cursorSchema = z.object({ since: z.iso.datetime().optional() });

const mediaSchema = z.object({
  data: z
    .array(z.object({ id: z.string().min(1).max(500), permalink: z.string().max(2000).optional() }))
    .max(100),
});

const commentFields = {
  id: z.string().min(1).max(500),
  text: z.string().max(MAX_TEXT).optional(),
  timestamp: z.string().max(50),
  username: z.string().max(300).optional(),
  from: z.object({ id: z.string().min(1).max(500), username: z.string().max(300).optional() }).optional(),
  parent_id: z.string().max(500).optional(),
};
const commentSchema = z.object({
  ...commentFields,
  replies: z.object({ data: z.array(z.object(commentFields)).max(500) }).optional(),
});
const commentsSchema = z.object({ data: z.array(commentSchema).max(500) });

/**
 * A catch-up for missed webhooks: comments and their replies on the account's latest media
 * (GET /{ig-user-id}/media, then GET /{ig-media-id}/comments with the replies field).
 */
export async function pollInstagram(
  graph: GraphSettings,
  igUserId: string,
  mediaPerPoll: number,
  cursor: string | null,
  options: CallOptions = {},
): Promise<Result<PollPage, ConnectorError>> {
  const since = decodeCursor(cursorSchema, cursor)?.since;
  const media = await graphCall(graph, {
    method: "GET",
    path: `/${encodeURIComponent(igUserId)}/media`,
    query: { fields: "id,permalink", limit: String(Math.min(100, Math.max(1, mediaPerPoll))) },
    signal: options.signal,
  });
  if (!media.ok) return media;
  const mediaList = mediaSchema.safeParse(media.value);
  if (!mediaList.success) return permanent("Instagram's list of media was not in the documented shape.");
  const items: InboundItem[] = [];
  let newest = since;
  for (const medium of mediaList.data.data) {
    const comments = await graphCall(graph, {
      method: "GET",
      path: `/${encodeURIComponent(medium.id)}/comments`,
      query: {
        fields:
          "id,text,timestamp,username,from,parent_id,replies{id,text,timestamp,username,from,parent_id}",
        limit: "50",
      },
      signal: options.signal,
    });
    if (!comments.ok) return comments;
    const list = commentsSchema.safeParse(comments.value);
    if (!list.success) return permanent("Instagram's list of comments was not in the documented shape.");
    const flat = list.data.data.flatMap((c) => [
      c,
      ...(c.replies?.data ?? []).map((r) => ({ ...r, parent_id: r.parent_id ?? c.id })),
    ]);
    for (const comment of flat) {
      const createdAt = graphTime(comment.timestamp);
      if (createdAt === null || comment.from?.id === igUserId) continue;
      if (since !== undefined && Date.parse(createdAt) < Date.parse(since)) continue;
      newest = laterOf(newest, createdAt);
      const body = comment.text ?? "";
      const username = comment.from?.username ?? comment.username;
      const item: InboundItem = {
        platform: "instagram",
        externalId: comment.id,
        account: igUserId,
        channel: comment.parent_id ? "reply" : "comment",
        event: "created",
        versionKey: versionKey("created", createdAt, body),
        author: {
          ...(comment.from?.id ? { platformId: comment.from.id } : {}),
          ...(username ? { handle: `@${username}` } : {}),
        },
        text: body,
        createdAt,
        occurredAt: createdAt,
        replyToId: comment.parent_id ?? medium.id,
        threadId: medium.id,
      };
      if (medium.permalink && /^https:\/\//.test(medium.permalink)) item.permalink = medium.permalink;
      items.push(item);
    }
  }
  return ok({ items, cursor: encodeCursor({ since: newest }), more: false });
}
