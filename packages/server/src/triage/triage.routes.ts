import { triageInputSchema, triageMessage, triageResultSchema } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Clock } from "../clock.js";
import { packQuerySchema } from "../packs/packs.schema.js";
import { loadTriageConfig } from "./triage-config.reader.js";

/**
 * Like /check, triage is pure and cheap, and evaluators send thousands of
 * messages from one address: a high per-route limit replaces the global one.
 */
export const TRIAGE_PER_MINUTE = 120_000;

/**
 * POST /api/v1/triage (docs/interfaces.md §5): one inbound message in, one decision
 * out, stored nowhere. Public like /check: evaluators and the "Try triage"
 * page call it without a session. The clock is only used when the message
 * has no receivedAt.
 */
export const triageRoutes: FastifyPluginAsyncZod<{ clock: Clock }> = async (app, { clock }) => {
  app.post(
    "/api/v1/triage",
    {
      config: { permission: "public", rateLimit: { max: TRIAGE_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ["triage"],
        summary: "Triage one inbound public message: category, urgency, flags, route and deadline",
        querystring: packQuerySchema,
        body: triageInputSchema,
        response: { 200: triageResultSchema },
      },
    },
    async (request) =>
      triageMessage(request.body, loadTriageConfig(request.query.pack), { now: clock.now() }),
  );
};
