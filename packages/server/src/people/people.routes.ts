import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { idParamSchema } from "../http/safe-text.js";
import {
  inviteBodySchema,
  inviteReplySchema,
  personSchema,
  rolesBodySchema,
  setPasswordBodySchema,
} from "./people.schema.js";
import {
  acceptInvitation,
  assignRoles,
  inviteUser,
  listOrganisationPeople,
  setActive,
} from "./people.service.js";
import { anonymisePerson, exportPerson } from "./person-rights.service.js";

const tags = ["people"];

export const peopleRoutes: FastifyPluginAsyncZod<{ deps: ServiceDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/people",
    {
      config: { permission: "people.read" },
      schema: {
        tags,
        summary: "Everyone in your organisation",
        response: { 200: z.object({ people: z.array(personSchema) }) },
      },
    },
    async (request) => {
      const people = await listOrganisationPeople(actorOf(request), deps);
      return { people: people.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })) };
    },
  );

  app.post(
    "/api/v1/people/invitations",
    {
      config: { permission: "people.manage" },
      schema: {
        tags,
        summary: "Invite a person: creates them with a one-time set-password link",
        body: inviteBodySchema,
        response: { 201: inviteReplySchema },
      },
    },
    async (request, reply) => {
      const invited = await inviteUser({ actor: actorOf(request), ...request.body }, deps);
      return reply.status(201).send({
        userId: invited.userId,
        setPasswordPath: invited.invitationToken ? `/set-password#${invited.invitationToken}` : null,
        emailed: invited.emailed,
        expiresAt: invited.expiresAt.toISOString(),
      });
    },
  );

  app.put(
    "/api/v1/people/:id/roles",
    {
      config: { permission: "people.manage" },
      schema: {
        tags,
        summary: "Set a person's roles",
        params: idParamSchema,
        body: rolesBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await assignRoles(
        { actor: actorOf(request), userId: request.params.id, roles: request.body.roles },
        deps,
      );
      return reply.status(204).send(null);
    },
  );

  for (const [path, active] of [
    ["deactivate", false],
    ["reactivate", true],
  ] as const) {
    app.post(
      `/api/v1/people/:id/${path}`,
      {
        config: { permission: "people.manage" },
        schema: {
          tags,
          summary: active ? "Reactivate a person" : "Deactivate a person (ends their sessions at once)",
          params: idParamSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await setActive({ actor: actorOf(request), userId: request.params.id, active }, deps);
        return reply.status(204).send(null);
      },
    );
  }

  app.get(
    "/api/v1/people/:id/export",
    {
      config: { permission: "people.export" },
      schema: {
        tags,
        summary: "Everything held about a person, as JSON (UK GDPR Article 15)",
        params: idParamSchema,
      },
    },
    async (request, reply) => {
      const data = await exportPerson({ actor: actorOf(request), userId: request.params.id }, deps);
      reply.header("content-disposition", `attachment; filename="person-${data.person.id}.json"`);
      return data;
    },
  );

  app.post(
    "/api/v1/people/:id/anonymise",
    {
      config: { permission: "people.anonymise" },
      schema: {
        tags,
        summary: "Anonymise a departed (deactivated) person; the audit trail stays verifiable",
        params: idParamSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await anonymisePerson({ actor: actorOf(request), userId: request.params.id }, deps);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/auth/set-password",
    {
      config: { permission: "public", rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        tags: ["auth"],
        summary: "Set a password with a one-time invitation link",
        body: setPasswordBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await acceptInvitation({ ...request.body, requestId: request.id }, deps);
      return reply.status(204).send(null);
    },
  );
};
