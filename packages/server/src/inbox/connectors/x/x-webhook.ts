import { z } from "zod";
import {
  type InboundItem,
  type InvalidPayload,
  MAX_TEXT,
  type ParsedWebhook,
  type WebhookRequest,
  type WebhookVerdict,
} from "../connector.js";
import { ok, type Result } from "../connector-error.js";
import { fromUnix, readJsonBody, validate, versionKey } from "../normalise.js";
import { hmacSha256, singleHeader, verifyBase64Signature } from "../webhook-signature.js";

/**
 * The crc_token X sends is a short token (a UUID or base64). Refusing anything else matters: the
 * CRC answer is HMAC-SHA256 of the token under the consumer secret, which is exactly the signature
 * of a body equal to the token, so echoing a token shaped like a JSON payload would let anyone
 * mint a valid signature for a forged delivery. No JSON object matches this pattern.
 */
const CRC_TOKEN = /^[A-Za-z0-9+/=_.:-]{1,256}$/;

export function verifyXWebhook(
  request: WebhookRequest,
  consumerSecret: string | undefined,
  maxBodyBytes: number,
): WebhookVerdict {
  if (!consumerSecret) return { kind: "rejected", status: 401, reason: "No consumer secret is configured." };
  if (request.method === "GET") {
    const token = request.query.get("crc_token") ?? "";
    if (!CRC_TOKEN.test(token))
      return { kind: "rejected", status: 400, reason: "The crc_token is not valid." };
    const responseToken = `sha256=${hmacSha256(consumerSecret, token).toString("base64")}`;
    return {
      kind: "handshake",
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ response_token: responseToken }),
    };
  }
  if (request.method !== "POST")
    return { kind: "rejected", status: 405, reason: "Only GET and POST are used." };
  if (request.rawBody.byteLength > maxBodyBytes)
    return { kind: "rejected", status: 413, reason: "The body is too large." };
  const signature = singleHeader(request.headers, "x-twitter-webhooks-signature");
  if (!verifyBase64Signature(consumerSecret, request.rawBody, signature)) {
    return { kind: "rejected", status: 401, reason: "The signature does not match." };
  }
  return { kind: "verified" };
}

const idStr = z.string().regex(/^\d{1,30}$/);
const text = z.string().max(MAX_TEXT);
const user = z.object({
  id_str: idStr.optional(),
  id: z.union([idStr, z.number()]).optional(),
  name: z.string().max(300).optional(),
  screen_name: z.string().max(100).optional(),
});

const tweetSchema = z.object({
  id_str: idStr,
  created_at: z.string().max(60),
  text: text.optional(),
  full_text: text.optional(),
  extended_tweet: z.object({ full_text: text }).optional(),
  user: user,
  in_reply_to_status_id_str: idStr.nullish(),
  in_reply_to_user_id_str: idStr.nullish(),
  retweeted_status: z.unknown().optional(),
});

const dmSchema = z.object({
  type: z.string().max(50),
  id: idStr,
  created_timestamp: z.string().regex(/^\d{1,16}$/),
  message_create: z
    .object({
      target: z.object({ recipient_id: idStr }),
      sender_id: idStr,
      message_data: z.object({ text }),
    })
    .optional(),
});

const deleteSchema = z.object({
  status: z.object({ id: idStr, user_id: idStr }),
  timestamp_ms: z.string().regex(/^\d{1,16}$/),
});

const bodySchema = z.object({
  for_user_id: idStr,
  tweet_create_events: z.array(tweetSchema).max(1000).optional(),
  direct_message_events: z.array(dmSchema).max(1000).optional(),
  tweet_delete_events: z.array(deleteSchema).max(1000).optional(),
  users: z.record(idStr, user).optional(),
});

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const V1_TIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) \+0000 (\d{4})$/;

/** X's v1.1 times look like `Wed Oct 10 20:19:24 +0000 2018`. */
export function parseV1Time(value: string): string | null {
  const m = V1_TIME.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1] ?? "");
  if (month < 0) return null;
  const ms = Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Account Activity deliveries: mentions and replies, direct messages, and deletions. */
export function parseXWebhook(
  request: WebhookRequest,
  maxBodyBytes: number,
): Result<ParsedWebhook, InvalidPayload> {
  const json = readJsonBody(request.rawBody, maxBodyBytes);
  if (!json.ok) return json;
  const body = validate(bodySchema, json.value, "The delivery");
  if (!body.ok) return body;
  const { for_user_id: account } = body.value;
  const items: InboundItem[] = [];
  let ignored = 0;
  for (const tweet of body.value.tweet_create_events ?? []) {
    const authorId = tweet.user.id_str;
    const createdAt = parseV1Time(tweet.created_at);
    if (authorId === account || tweet.retweeted_status !== undefined || createdAt === null) {
      ignored += 1;
      continue;
    }
    const content = tweet.extended_tweet?.full_text ?? tweet.full_text ?? tweet.text ?? "";
    const handle = tweet.user.screen_name;
    const item: InboundItem = {
      platform: "x",
      externalId: tweet.id_str,
      account,
      channel: tweet.in_reply_to_user_id_str === account ? "reply" : "mention",
      event: "created",
      versionKey: versionKey("created", createdAt, content),
      author: {
        ...(authorId ? { platformId: authorId } : {}),
        ...(handle ? { handle: `@${handle}` } : {}),
        ...(tweet.user.name ? { name: tweet.user.name } : {}),
      },
      text: content,
      createdAt,
      occurredAt: createdAt,
      permalink: handle
        ? `https://x.com/${handle}/status/${tweet.id_str}`
        : `https://x.com/i/web/status/${tweet.id_str}`,
      ref: { latestId: tweet.id_str },
    };
    if (tweet.in_reply_to_status_id_str) item.replyToId = tweet.in_reply_to_status_id_str;
    items.push(item);
  }
  for (const event of body.value.direct_message_events ?? []) {
    const message = event.message_create;
    const at = fromUnix(Number(event.created_timestamp));
    if (event.type !== "message_create" || !message || message.sender_id === account || at === null) {
      ignored += 1;
      continue;
    }
    const sender = body.value.users?.[message.sender_id];
    items.push({
      platform: "x",
      externalId: event.id,
      account,
      channel: "dm",
      event: "created",
      versionKey: versionKey("created", at, message.message_data.text),
      author: {
        platformId: message.sender_id,
        ...(sender?.screen_name ? { handle: `@${sender.screen_name}` } : {}),
        ...(sender?.name ? { name: sender.name } : {}),
      },
      text: message.message_data.text,
      createdAt: at,
      occurredAt: at,
      threadId: message.sender_id,
      ref: { participantId: message.sender_id },
    });
  }
  for (const deletion of body.value.tweet_delete_events ?? []) {
    const at = fromUnix(Number(deletion.timestamp_ms));
    if (at === null || deletion.status.user_id === account) {
      ignored += 1;
      continue;
    }
    items.push({
      platform: "x",
      externalId: deletion.status.id,
      account,
      // A deletion names only the tweet; the inbox matches it to the stored item by id.
      channel: "mention",
      event: "deleted",
      versionKey: versionKey("deleted", at, ""),
      author: { platformId: deletion.status.user_id },
      text: "",
      createdAt: at,
      occurredAt: at,
    });
  }
  return ok({ items, ignored });
}
