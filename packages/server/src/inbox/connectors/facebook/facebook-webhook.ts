import { z } from "zod";
import type { InboundEvent, InboundItem, InvalidPayload } from "../connector.js";
import { ok, type Result } from "../connector-error.js";
import { attachment, type Change, type Entry, metaSchemas } from "../meta/meta-webhook.js";
import { fromUnix, validate, versionKey } from "../normalise.js";

const { id, text, unixTime, from } = metaSchemas;

/** The `feed` field's value for a comment (Webhooks reference, Page object, `feed`). */
const feedSchema = z.object({
  item: z.string().max(50),
  verb: z.string().max(50),
  comment_id: id.optional(),
  post_id: id.optional(),
  parent_id: id.optional(),
  from: from.optional(),
  message: text.optional(),
  created_time: unixTime.optional(),
  post: z.object({ permalink_url: z.string().max(2000).optional() }).optional(),
  photo: z.string().max(4000).optional(),
  video: z.string().max(4000).optional(),
});

/** The `ratings` field's value: a recommendation (review) of the Page, or a comment on one. */
const ratingSchema = z.object({
  item: z.string().max(50),
  verb: z.string().max(50),
  open_graph_story_id: id.optional(),
  reviewer_id: id.optional(),
  reviewer_name: z.string().max(300).optional(),
  review_text: text.optional(),
  created_time: unixTime.optional(),
});

const VERBS: Readonly<Record<string, InboundEvent>> = {
  add: "created",
  edited: "edited",
  edit: "edited",
  remove: "deleted",
  delete: "deleted",
  hide: "hidden",
  unhide: "unhidden",
};

/** One change of a Page delivery: comments (feed) and reviews (ratings); the rest is of no interest. */
export function parseFeedChange(entry: Entry, change: Change): Result<InboundItem | null, InvalidPayload> {
  if (change.field === "feed") {
    const value = validate(feedSchema, change.value, "A feed change");
    if (!value.ok) return value;
    return ok(
      VISITOR_POSTS.has(value.value.item)
        ? visitorPostItem(entry, value.value)
        : commentItem(entry, value.value),
    );
  }
  if (change.field === "ratings") {
    const value = validate(ratingSchema, change.value, "A ratings change");
    if (!value.ok) return value;
    return ok(reviewItem(entry, value.value));
  }
  return ok(null);
}

/** A post someone else made on the Page's timeline: a message addressed to the organisation. */
const VISITOR_POSTS = new Set(["post", "status", "photo", "video"]);

function visitorPostItem(entry: Entry, value: z.infer<typeof feedSchema>): InboundItem | null {
  const event = VERBS[value.verb];
  if (!event || !value.post_id || !value.from || value.from.id === entry.id) return null;
  const eventAt = fromUnix(entry.time);
  const createdAt = (value.created_time !== undefined ? fromUnix(value.created_time) : null) ?? eventAt;
  if (createdAt === null || eventAt === null) return null;
  const occurredAt = event === "created" ? createdAt : eventAt;
  const body = value.message ?? "";
  const item: InboundItem = {
    platform: "facebook",
    externalId: value.post_id,
    account: entry.id,
    channel: "mention",
    event,
    versionKey: versionKey(event, occurredAt, body),
    author: author(value.from),
    text: body,
    createdAt,
    occurredAt,
    threadId: value.post_id,
  };
  if (value.photo) item.attachments = [attachment("image", value.photo)];
  return item;
}

function commentItem(entry: Entry, value: z.infer<typeof feedSchema>): InboundItem | null {
  const event = VERBS[value.verb];
  if (value.item !== "comment" || !event || !value.comment_id || !value.post_id) return null;
  if (value.from?.id === entry.id) return null; // the Page's own comment
  const eventAt = fromUnix(entry.time);
  const createdAt = (value.created_time !== undefined ? fromUnix(value.created_time) : null) ?? eventAt;
  if (createdAt === null || eventAt === null) return null;
  const occurredAt = event === "created" ? createdAt : eventAt;
  const body = value.message ?? "";
  const parent = value.parent_id ?? value.post_id;
  const item: InboundItem = {
    platform: "facebook",
    externalId: value.comment_id,
    account: entry.id,
    channel: parent === value.post_id ? "comment" : "reply",
    event,
    versionKey: versionKey(event, occurredAt, body),
    author: author(value.from),
    text: body,
    createdAt,
    occurredAt,
    replyToId: parent,
    threadId: value.post_id,
  };
  const attachments = [
    ...(value.photo ? [attachment("image", value.photo)] : []),
    ...(value.video ? [attachment("video", value.video)] : []),
  ];
  if (attachments.length > 0) item.attachments = attachments;
  const permalink = value.post?.permalink_url;
  if (permalink && /^https:\/\//.test(permalink)) item.permalink = permalink;
  return item;
}

function reviewItem(entry: Entry, value: z.infer<typeof ratingSchema>): InboundItem | null {
  const event = VERBS[value.verb];
  if (value.item !== "rating" || !event || !value.open_graph_story_id) return null;
  const eventAt = fromUnix(entry.time);
  const createdAt = (value.created_time !== undefined ? fromUnix(value.created_time) : null) ?? eventAt;
  if (createdAt === null || eventAt === null) return null;
  const occurredAt = event === "created" ? createdAt : eventAt;
  const body = value.review_text ?? "";
  const writer: InboundItem["author"] = {};
  if (value.reviewer_id) writer.platformId = value.reviewer_id;
  if (value.reviewer_name) writer.name = value.reviewer_name;
  return {
    platform: "facebook",
    externalId: value.open_graph_story_id,
    account: entry.id,
    channel: "review",
    event,
    versionKey: versionKey(event, occurredAt, body),
    author: writer,
    text: body,
    createdAt,
    occurredAt,
  };
}

function author(value: z.infer<typeof from> | undefined): InboundItem["author"] {
  const result: InboundItem["author"] = {};
  if (value?.id) result.platformId = value.id;
  if (value?.name) result.name = value.name;
  return result;
}
