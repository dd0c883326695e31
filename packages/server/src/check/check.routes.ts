import { checkInputSchema, checkPost, checkResultSchema } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { packQuerySchema } from "../packs/packs.schema.js";
import { findPackOrThrow } from "../packs/packs.service.js";

/** Per client; the general API limit is far lower. */
export const CHECKS_PER_MINUTE = 120_000;

/**
 * POST /api/v1/check (docs/interfaces.md §5): one draft post in, one result out. A pure
 * function that stores nothing, so it is public: no session and no CSRF token,
 * as external evaluators and the browser page call it the same way.
 */
export const checkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/check",
    {
      // Checking is pure CPU with nothing stored; batch callers and the 500 req/s
      // target need more than the general per-client limit.
      config: { permission: "public", rateLimit: { max: CHECKS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ["check"],
        summary: "Check a draft post against a policy pack",
        querystring: packQuerySchema,
        body: checkInputSchema,
        response: { 200: checkResultSchema },
      },
    },
    async (request) => checkPost(findPackOrThrow(request.query.pack), request.body),
  );
};
