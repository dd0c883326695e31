import { z } from "zod";
import {
  type ActionOptions,
  type ActionOutcome,
  type ActionRequest,
  type CallOptions,
  type Capabilities,
  type Connector,
  type CredentialUpdate,
  supports,
} from "../connector.js";
import { type ConnectorError, fail, ok, permanent, type Result } from "../connector-error.js";
import type { HttpSettings } from "../http.js";
import {
  type BlueskySession,
  createSession,
  deterministicTid,
  graphemeCount,
  refreshSession,
  xrpc,
} from "./bluesky-api.js";
import { pollNotifications } from "./bluesky-poll.js";
import { setReplyHidden } from "./bluesky-threadgate.js";

export interface BlueskyConfig {
  /** The account's handle or DID. */
  identifier: string;
  /** An app password (Settings → Privacy and security → App passwords), never the account password. */
  appPassword: string;
  /** A session stored from an earlier refresh; without one, the first call asks for a refresh. */
  session?: BlueskySession;
  /** The account's PDS or the entryway, e.g. https://bsky.social. */
  http: HttpSettings;
  maxPagesPerPoll?: number;
  /** The moderation service reports go to (atproto-proxy); Bluesky's own by default. */
  moderationService?: string;
}

export const BLUESKY_CAPABILITIES: Capabilities = {
  actions: {
    reply: ["mention", "reply"],
    hide: ["reply"],
    unhide: ["reply"],
    delete: [],
    report: ["mention", "reply"],
    block: ["mention", "reply"],
  },
  webhook: false,
  poll: true,
  refresh: true,
};

const BLUESKY_MODERATION = "did:plc:ar7c4by46qjdydhdevvrndac#atproto_labeler";
const POST = "app.bsky.feed.post";
const MAX_GRAPHEMES = 300;

export function createBlueskyConnector(config: BlueskyConfig): Connector {
  let session = config.session;
  const withSession = async <T>(
    call: (s: BlueskySession) => Promise<Result<T, ConnectorError>>,
  ): Promise<Result<T, ConnectorError>> => {
    if (!session) {
      return fail({
        kind: "token_expired",
        refreshable: true,
        message: "No Bluesky session is open yet; Parapet will open one.",
      });
    }
    return call(session);
  };
  return {
    platform: "bluesky",
    capabilities: BLUESKY_CAPABILITIES,
    poll: (cursor, options = {}) =>
      withSession((s) => pollNotifications(config.http, s, config.maxPagesPerPoll ?? 5, cursor, options)),
    perform: (action, options) => withSession((s) => perform(config, s, action, options)),
    refresh: async (options: CallOptions = {}): Promise<Result<CredentialUpdate, ConnectorError>> => {
      let next: Result<BlueskySession, ConnectorError> | null = null;
      if (session) {
        next = await refreshSession(config.http, session.refreshJwt, options.signal);
        if (!next.ok && next.error.kind === "rate_limited") return next;
      }
      if (next === null || !next.ok) {
        next = await createSession(config.http, config.identifier, config.appPassword, options.signal);
      }
      if (!next.ok) return next;
      session = next.value;
      return ok({ credentials: { ...session } });
    },
  };
}

const createdRecord = z.object({ uri: z.string().max(1000), cid: z.string().max(200) });

/** Writes a record under a key derived from the job, after checking an earlier attempt has not. */
async function createOnce(
  http: HttpSettings,
  session: BlueskySession,
  collection: string,
  record: Record<string, unknown>,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const rkey = deterministicTid(options.idempotencyKey, options.requestedAt);
  const existing = await xrpc(http, "com.atproto.repo.getRecord", {
    method: "GET",
    query: { repo: session.did, collection, rkey },
    bearer: session.accessJwt,
    signal: options.signal,
  });
  if (existing.ok) {
    const found = createdRecord.safeParse(existing.value);
    if (found.success) return ok({ externalId: found.data.uri, alreadyDone: true });
  } else if (existing.error.kind !== "permanent" || existing.error.status !== 400) {
    return existing; // RecordNotFound is a 400; anything else (expiry, throttling) stops here.
  }
  const created = await xrpc(http, "com.atproto.repo.createRecord", {
    method: "POST",
    json: { repo: session.did, collection, rkey, record },
    bearer: session.accessJwt,
    signal: options.signal,
  });
  if (!created.ok) return created;
  const parsed = createdRecord.safeParse(created.value);
  if (!parsed.success) return permanent("Bluesky accepted the record but did not say its address.");
  return ok({ externalId: parsed.data.uri, alreadyDone: false });
}

async function perform(
  config: BlueskyConfig,
  session: BlueskySession,
  action: ActionRequest,
  options: ActionOptions,
): Promise<Result<ActionOutcome, ConnectorError>> {
  const { target } = action;
  if (!supports(BLUESKY_CAPABILITIES, action.kind, target.channel)) {
    return permanent(`Bluesky does not let an account ${action.kind} a ${target.channel} through its API.`);
  }
  if (action.kind === "hide" || action.kind === "unhide") {
    return setReplyHidden(config.http, session, target, action.kind === "hide", options);
  }
  const cid = target.ref?.cid;
  if (!cid)
    return permanent(
      "The post's content id (cid) is missing, so Bluesky cannot be told which version is meant.",
    );
  const createdAt = options.requestedAt.toISOString();
  switch (action.kind) {
    case "reply": {
      if (graphemeCount(action.text) > MAX_GRAPHEMES) {
        return permanent(`Bluesky posts are at most ${MAX_GRAPHEMES} characters; shorten the reply.`);
      }
      const parent = { uri: target.externalId, cid };
      const root =
        target.ref?.rootUri && target.ref.rootCid
          ? { uri: target.ref.rootUri, cid: target.ref.rootCid }
          : parent;
      return createOnce(
        config.http,
        session,
        POST,
        { $type: POST, text: action.text, createdAt, reply: { root, parent } },
        options,
      );
    }
    case "block": {
      const subject = target.author.platformId;
      if (!subject) return permanent("The post does not say who wrote it, so nobody can be blocked.");
      const collection = "app.bsky.graph.block";
      return createOnce(config.http, session, collection, { $type: collection, subject, createdAt }, options);
    }
    case "report": {
      const result = await xrpc(config.http, "com.atproto.moderation.createReport", {
        method: "POST",
        headers: { "atproto-proxy": config.moderationService ?? BLUESKY_MODERATION },
        json: {
          reasonType: "com.atproto.moderation.defs#reasonOther",
          reason: action.reason.slice(0, 2000),
          subject: { $type: "com.atproto.repo.strongRef", uri: target.externalId, cid },
        },
        bearer: session.accessJwt,
        signal: options.signal,
      });
      return result.ok ? ok({ alreadyDone: false }) : result;
    }
    default:
      return permanent(`Bluesky has no API to ${action.kind} someone else's post.`);
  }
}
