import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { describeOrganisation, setOrganisationPack } from "./organisation.service.js";
import { packReview } from "./pack-review.service.js";

const tags = ["organisation"];

const packSummarySchema = z.object({
  id: z.string(),
  organisation: z.string(),
  document: z.string(),
  version: z.string(),
  nextReviewDate: z.string(),
});

const organisationSchema = z.object({
  name: z.string(),
  slug: z.string(),
  packId: z.string(),
  /** The pack in force; null when the server no longer has it (a pack directory removed). */
  pack: packSummarySchema.extend({ reviewOverdue: z.boolean() }).nullable(),
  /** The packs this server loaded, one of which the organisation may choose. */
  packs: z.array(packSummarySchema),
});

/** The organisation's settings page: which policy pack it applies (administrators). */
export const organisationRoutes: FastifyPluginAsyncZod<{ deps: ServiceDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/organisation",
    {
      config: { permission: "organisation.manage" },
      schema: {
        tags,
        summary: "Your organisation and the policy pack it applies",
        response: { 200: organisationSchema },
      },
    },
    async (request) => describeOrganisation(actorOf(request), deps),
  );
  app.get(
    "/api/v1/organisation/pack-review",
    {
      config: { permission: "signed_in" },
      schema: {
        tags,
        summary: "The policy behind your organisation's pack, and whether it is past its review date",
        response: {
          200: z.object({
            document: z.string(),
            organisation: z.string(),
            version: z.string(),
            nextReviewDate: z.string(),
            overdue: z.boolean(),
          }),
        },
      },
    },
    async (request) => packReview(deps, actorOf(request)),
  );
  app.put(
    "/api/v1/organisation/pack",
    {
      config: { permission: "organisation.manage" },
      schema: {
        tags,
        summary: "Set the policy pack your organisation's check page and inbox apply",
        body: z.object({ packId: z.string().min(1).max(64) }),
        response: { 200: organisationSchema.extend({ changed: z.boolean() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { changed } = await setOrganisationPack({ actor, packId: request.body.packId }, deps);
      return { ...(await describeOrganisation(actor, deps)), changed };
    },
  );
};
