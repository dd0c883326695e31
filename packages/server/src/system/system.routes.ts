import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { describeDatabase, ensureDemoOrganisation } from "./system.service.js";

const tags = ["system"];

export const systemRoutes: FastifyPluginAsyncZod<{ deps: Deps; demo: boolean }> = async (
  app,
  { deps, demo },
) => {
  app.get(
    "/api/v1/system/database",
    {
      config: { permission: "system.read" },
      schema: {
        tags,
        summary: "The database and its migrations (what `parapet migrate --url` reports)",
        response: {
          200: z.object({
            database: z.enum(["pglite", "postgres"]),
            upToDate: z.boolean(),
            migrationsApplied: z.number(),
            latestMigration: z.string().nullable(),
            pendingMigrations: z.array(z.string()),
          }),
        },
      },
    },
    async () => describeDatabase(deps),
  );

  app.post(
    "/api/v1/system/demo-organisation",
    {
      config: { permission: "system.demo" },
      schema: {
        tags,
        summary:
          "Create the demo organisation unless it exists (servers started as a demonstration only; what `parapet seed-demo --url` asks)",
        response: { 200: z.object({ created: z.boolean() }) },
      },
    },
    async () => ensureDemoOrganisation({ demo }, deps),
  );
};
