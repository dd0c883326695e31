import { z } from "zod";
import type { ActionOptions, ActionOutcome, ActionTarget } from "../connector.js";
import { type ConnectorError, ok, permanent, type Result } from "../connector-error.js";
import type { HttpSettings } from "../http.js";
import { type BlueskySession, xrpc } from "./bluesky-api.js";

const THREADGATE = "app.bsky.feed.threadgate";
/** The threadgate lexicon's limit on hidden replies per thread. */
const MAX_HIDDEN = 300;

const gateSchema = z.object({
  cid: z.string().max(200).optional(),
  value: z
    .object({
      post: z.string().max(1000),
      createdAt: z.string().max(50),
      allow: z.array(z.unknown()).max(50).optional(),
      hiddenReplies: z.array(z.string().max(1000)).max(1000).optional(),
    })
    .loose(),
});

/**
 * Hides (or unhides) a reply in a thread we started: Bluesky keeps the list in the root post's
 * threadgate record (`hiddenReplies`), whose record key is the root post's. The gate's other rules
 * (who may reply) are kept as they are; the write is guarded with swapRecord so a concurrent change
 * is never lost (it comes back as a transient error and the job runs again).
 */
export async function setReplyHidden(
  http: HttpSettings,
  session: BlueskySession,
  target: ActionTarget,
  hidden: boolean,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const root = target.ref?.rootUri ?? target.threadId;
  const ourPosts = `at://${session.did}/app.bsky.feed.post/`;
  if (!root?.startsWith(ourPosts)) {
    return permanent(
      "Bluesky only lets an account hide replies in threads it started; this reply is in someone else's thread.",
    );
  }
  const rkey = root.slice(ourPosts.length);
  const existing = await xrpc(http, "com.atproto.repo.getRecord", {
    method: "GET",
    query: { repo: session.did, collection: THREADGATE, rkey },
    bearer: session.accessJwt,
    signal: options.signal,
  });
  let gate: z.infer<typeof gateSchema> | null = null;
  if (existing.ok) {
    const parsed = gateSchema.safeParse(existing.value);
    if (!parsed.success)
      return permanent("The thread's reply settings on Bluesky are not in the documented shape.");
    gate = parsed.data;
  } else if (existing.error.kind !== "permanent" || existing.error.status !== 400) {
    return existing;
  }
  const current = gate?.value.hiddenReplies ?? [];
  const already = current.includes(target.externalId) === hidden;
  if (already) return ok({ alreadyDone: true });
  const hiddenReplies = hidden
    ? [...current, target.externalId]
    : current.filter((uri) => uri !== target.externalId);
  if (hiddenReplies.length > MAX_HIDDEN) {
    return permanent(`Bluesky lets a thread hide at most ${MAX_HIDDEN} replies; unhide some first.`);
  }
  const record = {
    ...(gate?.value ?? { post: root, createdAt: options.requestedAt.toISOString() }),
    $type: THREADGATE,
    hiddenReplies,
  };
  const written = await xrpc(http, "com.atproto.repo.putRecord", {
    method: "POST",
    json: {
      repo: session.did,
      collection: THREADGATE,
      rkey,
      record,
      ...(gate?.cid ? { swapRecord: gate.cid } : {}),
    },
    bearer: session.accessJwt,
    signal: options.signal,
  });
  if (!written.ok) {
    if (written.error.kind === "permanent" && written.error.platformCode === "InvalidSwap") {
      return {
        ok: false,
        error: {
          kind: "transient",
          message: "The thread's reply settings changed meanwhile; Parapet will try again.",
        },
      };
    }
    return written;
  }
  return ok({ alreadyDone: false });
}
