import { severitySchema } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { describePack, listPacks, packSources } from "./packs.service.js";

const summary = z.object({
  id: z.string(),
  organisation: z.string(),
  document: z.string(),
  version: z.string(),
  nextReviewDate: z.string(),
});
const ruleSeverity = z.union([severitySchema, z.literal("off")]);
const detail = summary.extend({
  extends: z.string().nullable(),
  ratified: z.string(),
  reviewOverdue: z.boolean(),
  clauses: z.array(z.object({ id: z.string(), summary: z.string() })),
  allow: z.object({
    phones: z.array(z.string()),
    handles: z.array(z.string()),
    brands: z.array(z.string()),
    abbreviations: z.array(z.string()),
  }),
  rules: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      severity: z.object({ official: ruleSeverity, devolved: ruleSeverity, personal: ruleSeverity }),
      clause: z.string(),
      message: z.string(),
      suggestion: z.string(),
      detector: z.string(),
    }),
  ),
});
const params = z.object({ id: z.string().max(64) });

/** The policy packs (docs/interfaces.md §2): public reference data, read-only. */
export const packsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/packs",
    {
      config: { permission: "public" },
      schema: { tags: ["packs"], summary: "List the policy packs", response: { 200: z.array(summary) } },
    },
    async () => listPacks(),
  );
  app.get(
    "/api/v1/packs/:id",
    {
      config: { permission: "public" },
      schema: {
        tags: ["packs"],
        summary: "One pack: clauses, allow-lists and rules",
        params,
        response: { 200: detail },
      },
    },
    async (request) => describePack(request.params.id),
  );
  app.get(
    "/api/v1/packs/:id/sources",
    {
      config: { permission: "public" },
      schema: {
        tags: ["packs"],
        summary: "The pack's YAML and its parents', for checking in the browser",
        params,
        response: { 200: z.array(z.object({ file: z.string(), source: z.string() })) },
      },
    },
    async (request) => packSources(request.params.id),
  );
};
