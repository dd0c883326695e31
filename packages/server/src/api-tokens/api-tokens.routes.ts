import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { TOKEN_SCOPES } from "../http/permissions.js";
import { idParamSchema, safeText } from "../http/safe-text.js";
import type { ApiTokenRecord } from "./api-tokens.repository.js";
import { createApiToken, listTokens, MAX_TOKEN_DAYS, revokeToken, tokenState } from "./api-tokens.service.js";

const tags = ["api-tokens"];

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** When it stops working. */
  expiresAt: z.string(),
  /** The person it belongs to: it works only while they are an active member. */
  owner: z.object({ id: z.string().nullable(), name: z.string().nullable(), active: z.boolean() }),
  /** Whether it works now, and if not why. */
  state: z.enum(["active", "revoked", "expired", "owner_inactive"]),
});

function toView(record: ApiTokenRecord, now: Date): z.infer<typeof tokenSchema> {
  return {
    id: record.id,
    name: record.name,
    scopes: record.scopes,
    createdAt: record.createdAt.toISOString(),
    lastUsedAt: record.lastUsedAt?.toISOString() ?? null,
    revokedAt: record.revokedAt?.toISOString() ?? null,
    expiresAt: record.expiresAt.toISOString(),
    owner: { id: record.createdBy, name: record.ownerName, active: record.ownerActive },
    state: tokenState(record, now),
  };
}

export const apiTokenRoutes: FastifyPluginAsyncZod<{ deps: ServiceDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/api-tokens",
    {
      config: { permission: "api_tokens.manage" },
      schema: {
        tags,
        summary:
          "API tokens of your organisation (never their secrets), with each one's owner, last use and expiry",
        response: { 200: z.object({ tokens: z.array(tokenSchema), scopes: z.array(z.string()) }) },
      },
    },
    async (request) => ({
      tokens: (await listTokens(actorOf(request), deps)).map((t) => toView(t, deps.clock.now())),
      scopes: [...TOKEN_SCOPES],
    }),
  );

  app.post(
    "/api/v1/api-tokens",
    {
      config: { permission: "api_tokens.manage" },
      schema: {
        tags,
        summary: "Create an API token; its secret is in this reply only",
        body: z.object({
          name: safeText({ max: 100 }),
          scopes: z.array(z.string().max(100)).min(1).max(50),
          expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).optional(),
        }),
        response: { 201: tokenSchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const { token, record } = await createApiToken({ actor: actorOf(request), ...request.body }, deps);
      return reply.status(201).send({ ...toView(record, deps.clock.now()), token });
    },
  );

  app.delete(
    "/api/v1/api-tokens/:id",
    {
      config: { permission: "api_tokens.manage" },
      schema: {
        tags,
        summary: "Revoke an API token at once",
        params: idParamSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeToken({ actor: actorOf(request), id: request.params.id }, deps);
      return reply.status(204).send(null);
    },
  );
};
