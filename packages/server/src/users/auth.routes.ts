import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import { SESSION_COOKIE } from "../http/guard.js";
import { type Me, meSchema, signInBodySchema } from "./auth.schema.js";
import { signIn, signOut } from "./session.service.js";
import type { UserRecord } from "./users.repository.js";

export interface AuthRoutesOptions {
  deps: ServiceDeps;
  secureCookies: boolean;
}

function toMe(user: UserRecord, csrfToken: string): Me {
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      jobTitle: user.jobTitle,
      roles: user.roles,
    },
    organisation: {
      id: user.organisationId,
      name: user.organisationName,
      slug: user.organisationSlug,
      packId: user.packId,
    },
    csrfToken,
  };
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { deps, secureCookies }) => {
  app.post(
    "/api/v1/auth/sign-in",
    {
      config: { permission: "public" },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password",
        body: signInBodySchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const session = await signIn(
        { ...request.body, ip: request.ip, userAgent: request.headers["user-agent"] ?? "" },
        deps,
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: secureCookies,
        expires: session.expiresAt,
      });
      return toMe(session.user, session.csrfToken);
    },
  );

  app.post(
    "/api/v1/auth/sign-out",
    {
      config: { permission: "signed_in" },
      schema: { tags: ["auth"], summary: "Sign out", response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.session) await signOut(request.session.sessionId, deps);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/me",
    {
      config: { permission: "signed_in" },
      schema: {
        tags: ["auth"],
        summary: "The signed-in user, their organisation and roles",
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const session = request.session;
      if (!session) throw new Error("guard let an anonymous request through");
      return toMe(session.user, session.csrfToken);
    },
  );
};
