import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import { jobListSchema, jobsQuerySchema, jobViewSchema, toJobView } from "./jobs.schema.js";
import { listJobsForAdmin, retryJob } from "./jobs.service.js";

const tags = ["jobs"];

export const jobsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/jobs",
    {
      config: { permission: "jobs.manage" },
      schema: {
        tags,
        summary:
          "Background jobs of your organisation and the installation: by default those failing or given up (dead-lettered)",
        querystring: jobsQuerySchema,
        response: { 200: jobListSchema },
      },
    },
    async (request) => {
      const { jobs, counts } = await listJobsForAdmin({ actor: actorOf(request), ...request.query }, deps);
      return { jobs: jobs.map((job) => toJobView(job, deps.jobs.registry)), counts };
    },
  );

  app.post(
    "/api/v1/jobs/:id/retry",
    {
      config: { permission: "jobs.manage" },
      schema: {
        tags,
        summary: "Run a failing job now, or give a dead one a full set of attempts again (audited)",
        params: z.object({ id: z.uuid("must be a job's id") }),
        response: { 200: jobViewSchema },
      },
    },
    async (request) =>
      toJobView(
        await retryJob({ actor: actorOf(request), jobId: request.params.id }, deps),
        deps.jobs.registry,
      ),
  );
};
