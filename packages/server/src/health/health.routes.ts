import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";

const healthSchema = z.object({ status: z.enum(["ok", "unavailable"]), database: z.string() });

export const healthRoutes: FastifyPluginAsyncZod<{ deps: ServiceDeps; databaseKind: string }> = async (
  app,
  { deps, databaseKind },
) => {
  app.get(
    "/healthz",
    {
      config: { permission: "public" },
      schema: {
        tags: ["health"],
        summary: "200 when the server and its database answer",
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(deps.db);
        return { status: "ok" as const, database: databaseKind };
      } catch (error) {
        request.log.warn({ err: error }, "database health check failed");
        return reply.status(503).send({ status: "unavailable" as const, database: databaseKind });
      }
    },
  );
};
