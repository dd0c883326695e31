import { z } from "zod";
import { type CallOptions, type InboundItem, MAX_TEXT, type PollPage } from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { toIso, versionKey } from "../normalise.js";
import { type XSession, xCall } from "./x-api.js";

const tweetId = z.string().regex(/^\d{1,30}$/);

const cursorSchema = z.object({
  sinceId: tweetId.optional(),
  /** A catch-up left half way: the next page's token and the newest id of the first page. */
  pending: z.object({ token: z.string().min(1).max(500), newest: tweetId }).optional(),
});

const mentionsSchema = z.object({
  data: z
    .array(
      z.object({
        id: tweetId,
        text: z.string().max(MAX_TEXT),
        author_id: tweetId.optional(),
        created_at: z.string().max(50).optional(),
        conversation_id: tweetId.optional(),
        in_reply_to_user_id: tweetId.optional(),
        referenced_tweets: z
          .array(z.object({ type: z.string().max(30), id: tweetId }))
          .max(10)
          .optional(),
        edit_history_tweet_ids: z.array(tweetId).max(20).optional(),
      }),
    )
    .max(100)
    .optional(),
  includes: z
    .object({
      users: z
        .array(z.object({ id: tweetId, name: z.string().max(300), username: z.string().max(100) }))
        .max(500)
        .optional(),
    })
    .optional(),
  meta: z.object({ newest_id: tweetId.optional(), next_token: z.string().max(500).optional() }).optional(),
});

const FIELDS = {
  max_results: "100",
  "tweet.fields":
    "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,edit_history_tweet_ids",
  expansions: "author_id",
  "user.fields": "name,username",
};

/**
 * Mentions by polling GET /2/users/:id/mentions with since_id. The first poll takes the newest
 * page only; later ones page back to since_id, at most `maxPages` a call, keeping their place in
 * the cursor so a burst larger than that is never skipped.
 */
export async function pollXMentions(
  session: XSession,
  userId: string,
  maxPages: number,
  cursor: string | null,
  options: CallOptions = {},
): Promise<Result<PollPage, ConnectorError>> {
  const state = decodeCursor(cursorSchema, cursor) ?? {};
  const items: InboundItem[] = [];
  let token = state.pending?.token;
  let newest = state.pending?.newest;
  for (let page = 0; page < maxPages; page += 1) {
    const response = await xCall(session, {
      method: "GET",
      path: `/2/users/${encodeURIComponent(userId)}/mentions`,
      query: { ...FIELDS, since_id: state.sinceId, pagination_token: token },
      signal: options.signal,
    });
    if (!response.ok) return response;
    const parsed = mentionsSchema.safeParse(response.value);
    if (!parsed.success) return permanent("X's list of mentions was not in the documented shape.");
    newest ??= parsed.data.meta?.newest_id;
    items.push(...toItems(parsed.data, userId));
    token = parsed.data.meta?.next_token;
    if (token === undefined || state.sinceId === undefined) {
      token = undefined;
      break;
    }
  }
  if (token !== undefined && newest !== undefined) {
    return ok({
      items,
      cursor: encodeCursor({ sinceId: state.sinceId, pending: { token, newest } }),
      more: true,
    });
  }
  return ok({ items, cursor: encodeCursor({ sinceId: newest ?? state.sinceId }), more: false });
}

function toItems(body: z.infer<typeof mentionsSchema>, userId: string): InboundItem[] {
  const users = new Map((body.includes?.users ?? []).map((u) => [u.id, u]));
  const items: InboundItem[] = [];
  for (const tweet of body.data ?? []) {
    if (tweet.author_id === userId) continue;
    const createdAt = tweet.created_at ? toIso(tweet.created_at) : null;
    if (createdAt === null) continue;
    const history = tweet.edit_history_tweet_ids ?? [tweet.id];
    const original = history[0] ?? tweet.id;
    const event = original !== tweet.id ? "edited" : "created";
    const author = tweet.author_id ? users.get(tweet.author_id) : undefined;
    const repliedTo = tweet.referenced_tweets?.find((r) => r.type === "replied_to")?.id;
    const item: InboundItem = {
      platform: "x",
      externalId: original,
      account: userId,
      channel: repliedTo && tweet.in_reply_to_user_id === userId ? "reply" : "mention",
      event,
      versionKey: versionKey(event, createdAt, tweet.text),
      author: {
        ...(tweet.author_id ? { platformId: tweet.author_id } : {}),
        ...(author ? { handle: `@${author.username}`, name: author.name } : {}),
      },
      text: tweet.text,
      createdAt,
      occurredAt: createdAt,
      permalink: author
        ? `https://x.com/${author.username}/status/${tweet.id}`
        : `https://x.com/i/web/status/${tweet.id}`,
      ref: { latestId: tweet.id },
    };
    if (repliedTo) item.replyToId = repliedTo;
    if (tweet.conversation_id) item.threadId = tweet.conversation_id;
    items.push(item);
  }
  return items;
}
