import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";

const healthSchema = z.object({ status: z.enum(["ok", "unavailable"]), database: z.string() });

/** /healthz answers within a second: a load balancer's probe must not hang on a database that does not. */
export const HEALTH_DEADLINE_MS = 900;

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
        summary:
          "200 when the server and its database answer; 503 within a second when the database does not",
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (request, reply) => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), HEALTH_DEADLINE_MS);
      });
      const query = sql`select 1`.execute(deps.db).then(
        () => "ok" as const,
        (error: unknown) => error,
      );
      const outcome = await Promise.race([query, deadline]);
      clearTimeout(timer);
      if (outcome === "ok") return { status: "ok" as const, database: databaseKind };
      if (outcome === "late") request.log.warn(`database did not answer within ${HEALTH_DEADLINE_MS} ms`);
      else request.log.warn({ err: outcome }, "database health check failed");
      return reply.status(503).send({ status: "unavailable" as const, database: databaseKind });
    },
  );
};
