import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { beginTotpSetup, confirmTotpSetup } from "./totp.service.js";

export const secondFactorRoutes: FastifyPluginAsyncZod<{ deps: ServiceDeps }> = async (app, { deps }) => {
  app.post(
    "/api/v1/me/second-factor",
    {
      config: { permission: "signed_in" },
      schema: {
        tags: ["auth"],
        summary: "Start setting up a TOTP second factor: a secret to add to an authenticator app",
        response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
      },
    },
    async (request) => beginTotpSetup(actorOf(request), deps),
  );

  app.post(
    "/api/v1/me/second-factor/confirm",
    {
      config: { permission: "signed_in" },
      schema: {
        tags: ["auth"],
        summary: "Turn on the second factor by entering a current code",
        body: z.object({ code: z.string().max(12) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await confirmTotpSetup({ actor: actorOf(request), code: request.body.code }, deps);
      return reply.status(204).send(null);
    },
  );
};
