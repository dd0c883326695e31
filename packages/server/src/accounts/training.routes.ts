import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import {
  completionSchema,
  importCompletions,
  myTraining,
  recordCompletion,
  trainingRecords,
} from "./training.service.js";

const tags = ["training"];
const loose = z.looseObject({});
const MAX_CSV = 1_000_000;

/** Training records and approved users (docs/accounts.md, "Training"). */
export const trainingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/training",
    {
      config: { permission: "training.read" },
      schema: {
        tags,
        summary:
          "The pack's training modules and everyone's standing: in date, expiring, expired or not done",
        response: { 200: loose },
      },
    },
    async (request) => trainingRecords(deps, actorOf(request)),
  );

  app.get(
    "/api/v1/training/me",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary: "Your own training, and whether you are an approved user (and if not, why)",
        response: { 200: loose },
      },
    },
    async (request) => myTraining(deps, actorOf(request)),
  );

  app.post(
    "/api/v1/training/completions",
    {
      config: { permission: "training.manage" },
      schema: {
        tags,
        summary: "Record that a person completed a module on a day (audited)",
        body: completionSchema,
        response: { 200: z.object({ recorded: z.boolean() }) },
      },
    },
    async (request) => recordCompletion(deps, actorOf(request), request.body),
  );

  app.post(
    "/api/v1/training/import",
    {
      config: { permission: "training.manage" },
      bodyLimit: MAX_CSV * 2,
      schema: {
        tags,
        summary:
          "Import completions from a workforce system's CSV (email, module, completed_on): all or nothing; a dry run reports every bad row by line",
        body: z.strictObject({ csv: z.string().min(1).max(MAX_CSV), dryRun: z.boolean().default(true) }),
        response: { 200: loose },
      },
    },
    async (request) => importCompletions(deps, actorOf(request), request.body.csv, request.body.dryRun),
  );
};
