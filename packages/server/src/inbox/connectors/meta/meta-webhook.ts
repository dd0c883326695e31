import { z } from "zod";
import type {
  InboundItem,
  InvalidPayload,
  ParsedWebhook,
  WebhookRequest,
  WebhookVerdict,
} from "../connector.js";
import { type AttachmentKind, MAX_TEXT } from "../connector.js";
import { ok, type Result } from "../connector-error.js";
import { fromUnix, readJsonBody, validate, versionKey } from "../normalise.js";
import { sameSecret, singleHeader, verifyHexSignature } from "../webhook-signature.js";

export interface MetaWebhookSecrets {
  /** The Meta app's secret: X-Hub-Signature-256 is HMAC-SHA256 of the raw body under it. */
  appSecret?: string;
  /** The token typed into the app's Webhooks settings, echoed back in hub.verify_token. */
  verifyToken?: string;
  maxBodyBytes: number;
}

/** Meta's challenge is a number; accept only a short plain token so the echo cannot carry markup. */
const CHALLENGE = /^[A-Za-z0-9_.-]{1,256}$/;

/**
 * Meta's two webhook requests: the set-up handshake (GET with hub.mode=subscribe, hub.verify_token,
 * hub.challenge: answer the challenge) and deliveries (POST signed with X-Hub-Signature-256).
 */
export function verifyMetaWebhook(request: WebhookRequest, secrets: MetaWebhookSecrets): WebhookVerdict {
  if (request.method === "GET") {
    const mode = request.query.get("hub.mode");
    const token = request.query.get("hub.verify_token") ?? "";
    const challenge = request.query.get("hub.challenge") ?? "";
    if (!secrets.verifyToken)
      return { kind: "rejected", status: 403, reason: "No verify token is configured." };
    if (mode !== "subscribe" || !sameSecret(token, secrets.verifyToken)) {
      return { kind: "rejected", status: 403, reason: "The verify token does not match." };
    }
    if (!CHALLENGE.test(challenge))
      return { kind: "rejected", status: 400, reason: "The challenge is not valid." };
    return { kind: "handshake", status: 200, contentType: "text/plain; charset=utf-8", body: challenge };
  }
  if (request.method !== "POST")
    return { kind: "rejected", status: 405, reason: "Only GET and POST are used." };
  if (request.rawBody.byteLength > secrets.maxBodyBytes) {
    return { kind: "rejected", status: 413, reason: "The body is too large." };
  }
  if (!secrets.appSecret) return { kind: "rejected", status: 401, reason: "No app secret is configured." };
  const signature = singleHeader(request.headers, "x-hub-signature-256");
  if (!verifyHexSignature(secrets.appSecret, request.rawBody, signature)) {
    return { kind: "rejected", status: 401, reason: "The signature does not match." };
  }
  return { kind: "verified" };
}

const id = z.union([z.string().min(1).max(500), z.number().int().nonnegative()]).transform(String);
const text = z.string().max(MAX_TEXT);
const unixTime = z.number().nonnegative();
const from = z.object({ id, name: z.string().max(300).optional(), username: z.string().max(300).optional() });

const changeSchema = z.object({ field: z.string().max(100), value: z.unknown() });
const entrySchema = z.object({
  id,
  time: unixTime,
  changes: z.array(changeSchema).max(1000).optional(),
  messaging: z.array(z.unknown()).max(1000).optional(),
});
const bodySchema = (object: "page" | "instagram") =>
  z.object({ object: z.literal(object), entry: z.array(entrySchema).max(1000) });

const messagingSchema = z.object({
  sender: z.object({ id }),
  recipient: z.object({ id }),
  timestamp: unixTime,
  message: z
    .object({
      mid: id,
      text: text.optional(),
      is_echo: z.boolean().optional(),
      is_deleted: z.boolean().optional(),
      reply_to: z.object({ mid: id.optional() }).optional(),
      attachments: z
        .array(
          z.object({
            type: z.string().max(50),
            payload: z.object({ url: z.string().max(4000).optional() }).nullish(),
          }),
        )
        .max(50)
        .optional(),
    })
    .optional(),
  message_edit: z.object({ mid: id, text }).optional(),
});

export type Entry = z.infer<typeof entrySchema>;
export type Change = z.infer<typeof changeSchema>;
export type EntryParser = (entry: Entry, change: Change) => Result<InboundItem | null, InvalidPayload>;

/**
 * Parses a verified delivery: every entry's `changes` through `parseChange` (null: of no interest),
 * and every `messaging` event as a direct message. Our own messages (echoes) are ignored.
 */
export function parseMetaWebhook(
  request: WebhookRequest,
  object: "page" | "instagram",
  platform: "facebook" | "instagram",
  maxBodyBytes: number,
  parseChange: EntryParser,
): Result<ParsedWebhook, InvalidPayload> {
  const json = readJsonBody(request.rawBody, maxBodyBytes);
  if (!json.ok) return json;
  const body = validate(bodySchema(object), json.value, "The delivery");
  if (!body.ok) return body;
  const items: InboundItem[] = [];
  let ignored = 0;
  for (const [i, entry] of body.value.entry.entries()) {
    for (const change of entry.changes ?? []) {
      const item = parseChange(entry, change);
      if (!item.ok)
        return { ok: false, error: { ...item.error, message: `entry ${i}: ${item.error.message}` } };
      if (item.value === null) ignored += 1;
      else items.push(item.value);
    }
    for (const raw of entry.messaging ?? []) {
      const event = validate(messagingSchema, raw, `entry ${i}: a messaging event`);
      if (!event.ok) return event;
      const item = messageItem(platform, event.value);
      if (item === null) ignored += 1;
      else items.push(item);
    }
  }
  return ok({ items, ignored });
}

function messageItem(
  platform: "facebook" | "instagram",
  event: z.infer<typeof messagingSchema>,
): InboundItem | null {
  const at = fromUnix(event.timestamp);
  if (at === null) return null;
  const base = {
    platform,
    account: event.recipient.id,
    channel: "dm" as const,
    author: { platformId: event.sender.id },
    createdAt: at,
    occurredAt: at,
    threadId: event.sender.id,
    ref: { recipientId: event.sender.id },
  };
  if (event.message_edit) {
    const { mid, text: edited } = event.message_edit;
    return {
      ...base,
      externalId: mid,
      event: "edited",
      versionKey: versionKey("edited", at, edited),
      text: edited,
    };
  }
  const message = event.message;
  if (!message || message.is_echo) return null;
  const kind = message.is_deleted ? "deleted" : "created";
  const body = message.text ?? "";
  const item: InboundItem = {
    ...base,
    externalId: message.mid,
    event: kind,
    versionKey: versionKey(kind, at, body),
    text: body,
  };
  if (message.reply_to?.mid) item.replyToId = message.reply_to.mid;
  const attachments = (message.attachments ?? []).slice(0, 20).map((a) => attachment(a.type, a.payload?.url));
  if (attachments.length > 0) item.attachments = attachments;
  return item;
}

const KINDS: Readonly<Record<string, AttachmentKind>> = {
  image: "image",
  video: "video",
  audio: "audio",
  file: "file",
};

/** An attachment as the inbox keeps it: its kind, and its link only when it is a web address. */
export function attachment(type: string, url: string | undefined): { kind: AttachmentKind; url?: string } {
  const kind = KINDS[type] ?? "other";
  return url && /^https:\/\/[^\s]+$/.test(url) && URL.canParse(url) ? { kind, url } : { kind };
}

export const metaSchemas = { id, text, unixTime, from };
