import { z } from "zod";
import { type CallOptions, type InboundItem, MAX_TEXT, type PollPage } from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import { decodeCursor, encodeCursor, laterOf } from "../cursor.js";
import type { HttpSettings } from "../http.js";
import { toIso, versionKey } from "../normalise.js";
import { type BlueskySession, xrpc } from "./bluesky-api.js";

const notificationsSchema = z.object({
  cursor: z.string().max(500).optional(),
  notifications: z
    .array(
      z.object({
        uri: z.string().max(1000),
        cid: z.string().max(200),
        author: z.object({
          did: z.string().max(2000),
          handle: z.string().max(300),
          displayName: z.string().max(640).optional(),
        }),
        reason: z.string().max(50),
        record: z.unknown(),
        indexedAt: z.string().max(50),
      }),
    )
    .max(100),
});

const strongRef = z.object({ uri: z.string().max(1000), cid: z.string().max(200) });
const postRecord = z.object({
  $type: z.literal("app.bsky.feed.post"),
  text: z.string().max(MAX_TEXT),
  createdAt: z.string().max(50),
  reply: z.object({ root: strongRef, parent: strongRef }).optional(),
});

const cursorSchema = z.object({
  newest: z.iso.datetime().optional(),
  pending: z.object({ cursor: z.string().min(1).max(500), newest: z.iso.datetime() }).optional(),
});

const REASONS: Readonly<Record<string, "mention" | "reply">> = {
  mention: "mention",
  reply: "reply",
  quote: "mention",
};

/**
 * app.bsky.notification.listNotifications, newest first, paged with its cursor back to the last
 * notification seen; the first poll takes the newest page only.
 */
export async function pollNotifications(
  http: HttpSettings,
  session: BlueskySession,
  maxPages: number,
  cursor: string | null,
  options: CallOptions,
): Promise<Result<PollPage, ConnectorError>> {
  const state = decodeCursor(cursorSchema, cursor) ?? {};
  let pageCursor = state.pending?.cursor;
  let newest = state.pending?.newest ?? state.newest;
  const items: InboundItem[] = [];
  let reachedSeen = state.newest === undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await xrpc(http, "app.bsky.notification.listNotifications", {
      method: "GET",
      query: { limit: "50", cursor: pageCursor },
      bearer: session.accessJwt,
      signal: options.signal,
    });
    if (!result.ok) return result;
    const parsed = notificationsSchema.safeParse(result.value);
    if (!parsed.success) return permanent("Bluesky's notifications were not in the documented shape.");
    for (const n of parsed.data.notifications) {
      const indexedAt = toIso(n.indexedAt);
      if (indexedAt === null) continue;
      if (state.newest !== undefined && Date.parse(indexedAt) < Date.parse(state.newest)) {
        reachedSeen = true;
        continue;
      }
      newest = laterOf(newest, indexedAt);
      const item = toItem(n, session.did);
      if (item) items.push(item);
    }
    pageCursor = parsed.data.cursor;
    if (reachedSeen || pageCursor === undefined) break;
  }
  if (!reachedSeen && pageCursor !== undefined && newest !== undefined) {
    return ok({
      items,
      cursor: encodeCursor({ newest: state.newest, pending: { cursor: pageCursor, newest } }),
      more: true,
    });
  }
  return ok({ items, cursor: encodeCursor({ newest }), more: false });
}

function toItem(
  n: z.infer<typeof notificationsSchema>["notifications"][number],
  ourDid: string,
): InboundItem | null {
  const channel = REASONS[n.reason];
  const record = postRecord.safeParse(n.record);
  if (!channel || !record.success || n.author.did === ourDid) return null;
  const createdAt = toIso(record.data.createdAt) ?? toIso(n.indexedAt);
  if (createdAt === null) return null;
  const rkey = n.uri.split("/").pop() ?? "";
  const item: InboundItem = {
    platform: "bluesky",
    externalId: n.uri,
    account: ourDid,
    channel,
    event: "created",
    versionKey: versionKey("created", createdAt, record.data.text),
    author: {
      platformId: n.author.did,
      handle: `@${n.author.handle}`,
      ...(n.author.displayName ? { name: n.author.displayName } : {}),
    },
    text: record.data.text,
    createdAt,
    occurredAt: createdAt,
    permalink: `https://bsky.app/profile/${encodeURIComponent(n.author.did)}/post/${encodeURIComponent(rkey)}`,
    ref: { cid: n.cid },
  };
  const reply = record.data.reply;
  if (reply) {
    item.replyToId = reply.parent.uri;
    item.threadId = reply.root.uri;
    item.ref = { cid: n.cid, rootUri: reply.root.uri, rootCid: reply.root.cid };
  }
  return item;
}
