import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { auditListSchema, auditQuerySchema, verifyReplySchema } from "./audit.schema.js";
import { exportAuditCsv, listAudit } from "./audit-query.service.js";
import { verifyOrganisationTrail } from "./verify-organisation-trail.js";

const tags = ["audit"];

export const auditRoutes: FastifyPluginAsyncZod<{ deps: ServiceDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/audit",
    {
      config: { permission: "audit.read" },
      schema: {
        tags,
        summary: "The audit trail, newest first, filtered by person, entity, action and date",
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => listAudit({ actor: actorOf(request), query: request.query }, deps),
  );

  app.get(
    "/api/v1/audit/export.csv",
    {
      config: { permission: "audit.read" },
      schema: {
        tags,
        summary: "The filtered audit trail as CSV",
        querystring: auditQuerySchema,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const csv = await exportAuditCsv({ actor: actorOf(request), query: request.query }, deps);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="parapet-audit.csv"')
        .send(csv);
    },
  );

  app.get(
    "/api/v1/audit/verify",
    {
      config: { permission: "audit.read" },
      schema: {
        tags,
        summary:
          "Recompute your organisation's keyed chain and hold it against its checkpoints (`parapet audit verify` checks every chain)",
        response: { 200: verifyReplySchema },
      },
      // A long trail takes a while; the default 30 s would cut it off.
      handlerTimeout: 300_000,
    },
    async (request) => verifyOrganisationTrail(actorOf(request), deps),
  );
};
