import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import { adminAuditView, exportAdminAudit, signOffAdmins } from "./admin-audit.service.js";

const tags = ["accounts"];

/** The annual admin-rights audit (RWT §9.2; docs/accounts.md). */
export const adminAuditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/accounts/admin-audit",
    {
      config: { permission: "accounts.register.read" },
      schema: {
        tags,
        summary:
          "Every account that is not closed, its admins and its admin-rights sign-off: due, changed or signed off",
        response: { 200: z.looseObject({}) },
      },
    },
    async (request) => adminAuditView(deps, actorOf(request)),
  );

  app.get(
    "/api/v1/accounts/admin-audit.csv",
    {
      config: { permission: "accounts.register.read" },
      schema: { tags, summary: "The admin-rights audit as CSV, for the committee", produces: ["text/csv"] },
    },
    async (request, reply) =>
      reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="admin-rights-audit.csv"')
        .send(await exportAdminAudit(deps, actorOf(request))),
  );

  app.post(
    "/api/v1/accounts/:id/admin-audit",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary: "Sign off an account's admins as they stand now (audited)",
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ note: z.string().max(2000).optional() }),
        response: {
          200: z.object({
            signedOffOn: z.string(),
            admins: z.array(z.object({ name: z.string(), email: z.string() })),
          }),
        },
      },
    },
    async (request) => signOffAdmins(deps, actorOf(request), request.params.id, request.body.note),
  );
};
