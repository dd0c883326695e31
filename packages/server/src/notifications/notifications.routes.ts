import { AppError } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import { countUnread, listNotifications, markRead } from "./notifications.repository.js";
import { ALERT_KINDS, PREFERENCE_KINDS, REGISTER_MAIL_KINDS } from "./preferences.repository.js";
import { readPreferences, setPreferences } from "./preferences.service.js";

const tags = ["notifications"];

const notificationSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  /** The inbox item it is about, for a link. */
  itemId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

const preferencesSchema = z.object({
  /** Whether this installation can send e-mail at all (PARAPET_SMTP_URL). */
  mailConfigured: z.boolean(),
  preferences: z.array(
    z.object({
      kind: z.enum(ALERT_KINDS),
      /** Always true: in-app alerts for crisis and threat cannot be turned off. */
      inApp: z.literal(true),
      email: z.boolean(),
      /** Whether the pack alerts this person (one of its alert roles). */
      onDuty: z.boolean(),
      /** Whether turning e-mail off is allowed now (someone else on duty still gets it). */
      canTurnEmailOff: z.boolean(),
    }),
  ),
  /** The account register's notifications: always in the app, e-mail as the person chooses. */
  register: z.array(
    z.object({
      kind: z.enum(REGISTER_MAIL_KINDS),
      label: z.string(),
      hint: z.string(),
      email: z.boolean(),
    }),
  ),
});

function userOf(request: Parameters<typeof actorOf>[0]): string {
  const actor = actorOf(request);
  if (actor.kind !== "user" || !actor.id)
    throw new AppError("forbidden", "Notifications are for people, not API tokens.");
  return actor.id;
}

/** In-app notifications: the bell's list, its unread count, and marking them read. */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/notifications",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary: "Your notifications, newest first",
        querystring: z.object({
          unread: z.enum(["true", "false"]).default("false"),
          limit: z.coerce.number().int().min(1).max(100).default(30),
          before: z.string().max(200).optional(),
        }),
        response: {
          200: z.object({
            notifications: z.array(notificationSchema),
            unread: z.number(),
            next: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const userId = userOf(request);
      const before = request.query.before ? decode(request.query.before) : undefined;
      const rows = await listNotifications(deps.db, {
        userId,
        unreadOnly: request.query.unread === "true",
        limit: request.query.limit,
        ...(before ? { before } : {}),
      });
      const page = rows.slice(0, request.query.limit);
      const last = page.at(-1);
      return {
        notifications: page.map((n) => ({
          id: n.id,
          title: n.title,
          body: n.body,
          itemId: n.item_id,
          createdAt: n.created_at.toISOString(),
          read: n.read_at !== null,
        })),
        unread: await countUnread(deps.db, userId),
        next:
          rows.length > page.length && last
            ? Buffer.from(`${last.created_at.toISOString()}|${last.id}`).toString("base64url")
            : null,
      };
    },
  );

  app.get(
    "/api/v1/notifications/unread-count",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary: "How many of your notifications are unread (the bell)",
        response: { 200: z.object({ unread: z.number() }) },
      },
    },
    async (request) => ({ unread: await countUnread(deps.db, userOf(request)) }),
  );

  app.post(
    "/api/v1/notifications/read",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary: "Mark some of your notifications read (all of them when no ids are given)",
        body: z.object({ ids: z.array(z.uuid()).max(200).optional() }),
        response: { 200: z.object({ marked: z.number() }) },
      },
    },
    async (request) => ({
      marked: await markRead(deps.db, {
        userId: userOf(request),
        now: deps.clock.now(),
        ...(request.body.ids ? { ids: request.body.ids } : {}),
      }),
    }),
  );

  app.get(
    "/api/v1/notifications/preferences",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary: "How you are told: crisis and threat alerts, and the account register's notifications",
        response: { 200: preferencesSchema },
      },
    },
    async (request) => {
      userOf(request);
      return readPreferences(actorOf(request), deps);
    },
  );

  app.put(
    "/api/v1/notifications/preferences",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary:
          "Turn e-mail for a kind on or off (a crisis or threat alert off only while someone else on duty still gets it: 409 otherwise)",
        body: z.object({
          preferences: z
            .array(z.object({ kind: z.enum(PREFERENCE_KINDS), email: z.boolean() }))
            .min(1)
            .max(PREFERENCE_KINDS.length),
        }),
        response: { 200: preferencesSchema },
      },
    },
    async (request) => {
      userOf(request);
      const actor = actorOf(request);
      await setPreferences({ actor, changes: request.body.preferences }, deps);
      return readPreferences(actor, deps);
    },
  );
};

function decode(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  if (Number.isNaN(createdAt.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id))
    throw new AppError("validation", "The cursor is not valid: start again from the first page.");
  return { createdAt, id };
}
