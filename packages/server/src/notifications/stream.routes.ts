import { AppError, rolesAllow } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../create-deps.js";
import { findSessionWithUser } from "../users/users.repository.js";
import { DEFAULT_LIVE_EVENTS_SETTINGS, LiveEvents, type LiveEventsSettings } from "./live-events.js";
import { countUnread } from "./notifications.repository.js";

export interface StreamSettings extends LiveEventsSettings {
  /** A comment line this often keeps proxies from closing an idle stream, and rechecks the session. */
  heartbeatMs: number;
  /** Inbox changes are gathered this long and sent as one event (a burst of webhooks is one update). */
  inboxBatchMs: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  ...DEFAULT_LIVE_EVENTS_SETTINGS,
  heartbeatMs: 20_000,
  inboxBatchMs: 250,
};

/** The most inbox item ids one event names; past it the event says "many" and the page reloads. */
const MAX_IDS_PER_EVENT = 50;

/**
 * GET /api/v1/notifications/stream: server-sent events for the signed-in person — `unread`
 * (the bell's count, at once and after each new notification), `notification` (its id) and,
 * for people who see the inbox, `inbox` (ids of items that changed). Authenticated by the
 * session cookie like any page; ends when the session does (signed out, deactivated, timed
 * out: rechecked at every heartbeat, and at once on sign-out through the database's
 * announcement), and when the server stops.
 */
export const streamRoutes: FastifyPluginAsyncZod<{
  deps: Deps;
  settings?: Partial<StreamSettings> | undefined;
}> = async (app, { deps, settings: given }) => {
  const settings = { ...DEFAULT_STREAM_SETTINGS, ...given };
  const live = new LiveEvents(deps.database, settings);
  // Before the HTTP server waits for its connections to end: end the streams first.
  app.addHook("preClose", async () => live.stop());

  app.get(
    "/api/v1/notifications/stream",
    {
      config: { permission: "signed_in" },
      schema: {
        tags: ["notifications"],
        summary:
          "Live updates (text/event-stream): `unread` with the bell's count, `notification` with a new one's id, `inbox` with the ids of changed items",
        description: `Events: \`unread\` ({"unread": n}), \`notification\` ({"id": "…"}), \`inbox\` ({"ids": […]} or {"many": true}). A comment line every ${settings.heartbeatMs / 1000} s. At most ${settings.maxStreamsPerPerson} open streams per person (429 past that). Session cookie only, not API tokens.`,
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session) throw new AppError("forbidden", "Live updates are for people signed in, not API tokens.");
      // A plain GET (a script, a link followed by mistake) gets an answer, not a response that never ends.
      if (!String(request.headers.accept ?? "").includes("text/event-stream"))
        throw new AppError(
          "validation",
          "This address is a live stream: open it with an EventSource (Accept: text/event-stream).",
        );
      const user = session.user;
      let closed = false;
      let pendingIds = new Set<string>();
      let many = false;
      let batch: NodeJS.Timeout | undefined;
      const raw = reply.raw;
      const write = (chunk: string) => {
        if (!closed) raw.write(chunk);
      };
      const send = (event: string, data: unknown) =>
        write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const sendUnread = async () => {
        try {
          send("unread", { unread: await countUnread(deps.db, user.id) });
        } catch (error) {
          request.log.warn({ err: error }, "the bell's count could not be read for a live stream");
        }
      };
      const flushInbox = () => {
        batch = undefined;
        if (many) send("inbox", { many: true });
        else if (pendingIds.size > 0) send("inbox", { ids: [...pendingIds] });
        pendingIds = new Set();
        many = false;
      };
      let heartbeat: NodeJS.Timeout | undefined;
      let unsubscribe: () => void = () => undefined;
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(batch);
        unsubscribe();
        raw.end();
      };
      unsubscribe = await live.subscribe({
        organisationId: user.organisationId,
        userId: user.id,
        sessionId: session.sessionId,
        seesInbox: rolesAllow("inbox.read", user.roles),
        onNotification: (id) => {
          send("notification", { id });
          void sendUnread();
        },
        onInboxChanged: (id) => {
          if (pendingIds.size >= MAX_IDS_PER_EVENT) many = true;
          else pendingIds.add(id);
          batch ??= setTimeout(flushInbox, settings.inboxBatchMs);
        },
        close,
      });
      reply.hijack();
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-content-type-options": "nosniff",
        // Proxies such as nginx would otherwise hold events back in their buffer.
        "x-accel-buffering": "no",
      });
      write("retry: 3000\n\n");
      await sendUnread();
      heartbeat = setInterval(() => {
        write(": heartbeat\n\n");
        void stillSignedIn(deps, session.sessionId).then(
          (ok) => ok || close(),
          () => undefined,
        );
      }, settings.heartbeatMs);
      request.raw.on("close", close);
    },
  );
};

/** Whether the session is still live, as the guard would judge it (without extending it). */
async function stillSignedIn(deps: Deps, sessionId: string): Promise<boolean> {
  const session = await findSessionWithUser(deps.db, sessionId);
  if (session?.user.status !== "active") return false;
  const now = deps.clock.now();
  return (
    session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < deps.settings.idleTimeoutMs
  );
}
