import { z } from "zod";
import type { ActionOptions, ActionOutcome } from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import { type GraphSettings, graphCall, graphTime } from "./graph.js";

/** A reply made by an earlier attempt counts only if it was made after the person asked (less a minute of skew). */
const SKEW_MS = 60_000;

const idResponse = z.object({ id: z.string().min(1).max(500) });
const messageResponse = z.object({ message_id: z.string().min(1).max(500) });

const listing = z.object({
  data: z
    .array(
      z.object({
        id: z.string().max(500),
        message: z.string().optional(),
        text: z.string().optional(),
        created_time: z.string().max(50).optional(),
        timestamp: z.string().max(50).optional(),
        from: z.object({ id: z.string().max(500) }).optional(),
      }),
    )
    .max(500),
});

/**
 * Replies to a comment once however often the job runs: the Graph API takes no idempotency key,
 * so the connector first looks for a reply by our account with the same text made since the
 * person asked, and only posts when there is none.
 */
export async function replyToComment(
  graph: GraphSettings,
  options: ActionOptions,
  reply: {
    ourId: string;
    listPath: string;
    listFields: string;
    postPath: string;
    text: string;
  },
): Promise<Result<ActionOutcome, ConnectorError>> {
  const existing = await graphCall(graph, {
    method: "GET",
    path: reply.listPath,
    query: { fields: reply.listFields, limit: "100", filter: "stream", order: "reverse_chronological" },
    signal: options.signal,
  });
  if (!existing.ok) return existing;
  const found = findOurs(existing.value, reply.ourId, reply.text, options.requestedAt);
  if (found) return ok({ externalId: found, alreadyDone: true });
  const posted = await graphCall(graph, {
    method: "POST",
    path: reply.postPath,
    json: { message: reply.text },
    signal: options.signal,
  });
  if (!posted.ok) return posted;
  const parsed = idResponse.safeParse(posted.value);
  if (!parsed.success) return permanent("Meta accepted the reply but did not say its id.");
  return ok({ externalId: parsed.data.id, alreadyDone: false });
}

function findOurs(body: unknown, ourId: string, text: string, requestedAt: Date): string | null {
  const parsed = listing.safeParse(body);
  if (!parsed.success) return null;
  for (const entry of parsed.data.data) {
    const when = graphTime(entry.created_time ?? entry.timestamp);
    const recent = when !== null && Date.parse(when) >= requestedAt.getTime() - SKEW_MS;
    if (entry.from?.id === ourId && (entry.message ?? entry.text) === text && recent) return entry.id;
  }
  return null;
}

const conversations = z.object({
  data: z
    .array(
      z.object({
        messages: z
          .object({
            data: z
              .array(
                z.object({
                  id: z.string().max(500),
                  message: z.string().optional(),
                  created_time: z.string().max(50).optional(),
                  from: z.object({ id: z.string().max(500) }).optional(),
                }),
              )
              .max(500),
          })
          .optional(),
      }),
    )
    .max(50),
});

/**
 * Answers a private message through the Send API, once: the conversation with that person is
 * read first (Conversations API) for a message from us with the same text since the person asked.
 */
export async function replyToMessage(
  graph: GraphSettings,
  options: ActionOptions,
  message: {
    ourId: string;
    nodeId: string;
    platform: "messenger" | "instagram";
    recipientId: string;
    text: string;
  },
): Promise<Result<ActionOutcome, ConnectorError>> {
  const existing = await graphCall(graph, {
    method: "GET",
    path: `/${encodeURIComponent(message.nodeId)}/conversations`,
    query: {
      platform: message.platform,
      user_id: message.recipientId,
      fields: "messages.limit(25){id,message,created_time,from}",
    },
    signal: options.signal,
  });
  if (!existing.ok) return existing;
  const parsed = conversations.safeParse(existing.value);
  if (parsed.success) {
    for (const conversation of parsed.data.data) {
      for (const m of conversation.messages?.data ?? []) {
        const when = graphTime(m.created_time);
        const recent = when !== null && Date.parse(when) >= options.requestedAt.getTime() - SKEW_MS;
        if (m.from?.id === message.ourId && m.message === message.text && recent) {
          return ok({ externalId: m.id, alreadyDone: true });
        }
      }
    }
  }
  const sent = await graphCall(graph, {
    method: "POST",
    path: `/${encodeURIComponent(message.nodeId)}/messages`,
    json: {
      recipient: { id: message.recipientId },
      messaging_type: "RESPONSE",
      message: { text: message.text },
    },
    signal: options.signal,
  });
  if (!sent.ok) return sent;
  const id = messageResponse.safeParse(sent.value);
  if (!id.success) return permanent("Meta accepted the message but did not say its id.");
  return ok({ externalId: id.data.message_id, alreadyDone: false });
}
