import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import { itemParams, okSchema } from "./inbox.schema.js";
import { deleteView, listViews, saveView, viewFiltersSchema } from "./saved-views.service.js";
import { recordStaffStep, staffSupportOf } from "./staff-support.service.js";

const tags = ["inbox"];

const staffSupportSchema = z.object({
  offered: z.boolean(),
  clause: z.string().nullable(),
  canRecord: z.boolean(),
  steps: z.array(
    z.object({
      step: z.string(),
      label: z.string(),
      clause: z.string(),
      taken: z.object({ by: z.string(), at: z.string(), note: z.string().nullable() }).nullable(),
    }),
  ),
});
const stepParams = itemParams.extend({
  /** One of the pack's steps (an unknown one is a 404: the pack is the list). */
  step: z.string().min(1).max(60),
});
const stepBodySchema = z
  .object({ note: z.string().trim().min(1).max(1000).optional() })
  .strict()
  .nullish();

const viewSchema = z.object({
  id: z.string(),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});
const viewBodySchema = z.strictObject({
  name: z.string().trim().min(1, "give the view a name").max(80),
  filters: viewFiltersSchema,
});

/**
 * More of the inbox's API (docs/inbox.md): the steps for a message that names or targets a
 * member of staff (TEWV CORP-0068 §4.6), and each person's saved views of the queue.
 */
export const inboxExtraRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/inbox/:id/staff-support",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary:
          "The policy's steps for a message that names or targets a member of staff, each with its clause, and which were taken",
        params: itemParams,
        response: { 200: staffSupportSchema },
      },
    },
    async (request) => staffSupportOf(deps, actorOf(request), request.params.id),
  );
  app.post(
    "/api/v1/inbox/:id/staff-support/:step",
    {
      config: { permission: "inbox.work" },
      schema: {
        tags,
        summary:
          "Record that one of the policy's steps was taken (who and when, with an optional note); audited, once per step",
        params: stepParams,
        body: stepBodySchema,
        response: { 200: staffSupportSchema },
      },
    },
    async (request) =>
      recordStaffStep(deps, actorOf(request), request.params.id, request.params.step, request.body?.note),
  );

  app.get(
    "/api/v1/inbox/views",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary: "Your saved views of the queue (your own filters, by name)",
        response: { 200: z.object({ views: z.array(viewSchema) }) },
      },
    },
    async (request) => ({ views: await listViews(deps, actorOf(request)) }),
  );
  app.post(
    "/api/v1/inbox/views",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary: "Save the queue's current filters under a name (the same name again replaces them)",
        body: viewBodySchema,
        response: { 200: viewSchema },
      },
    },
    async (request) => saveView(deps, actorOf(request), request.body),
  );
  app.delete(
    "/api/v1/inbox/views/:viewId",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary: "Delete one of your saved views",
        params: z.object({ viewId: z.uuid("must be a saved view's id") }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await deleteView(deps, actorOf(request), request.params.viewId);
      return { ok: true as const };
    },
  );
};
