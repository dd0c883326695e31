import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { auditListSchema, auditQuerySchema, verifyReplySchema } from "./audit.schema.js";
import { exportAuditCsv, listAudit } from "./audit-query.service.js";
import { verifyAuditChain } from "./verify-audit-chain.js";

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
        summary: "Recompute the hash chain of the whole trail (as `parapet audit verify` does)",
        response: { 200: verifyReplySchema },
      },
    },
    async () => {
      const result = await verifyAuditChain(deps.db);
      return result.ok
        ? { ok: true, rows: result.rows, brokenAt: null, reason: null }
        : { ok: false, rows: result.rows, brokenAt: result.seq, reason: result.reason };
    },
  );
};
