import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import { actorOf } from "../http/actor.js";
import { type Me, meSchema, sessionSchema, signInBodySchema } from "./auth.schema.js";
import { signIn, signOut } from "./session.service.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import type { UserRecord } from "./users.repository.js";

export interface AuthRoutesOptions {
  deps: ServiceDeps;
  secureCookies: boolean;
  /** Sign-in attempts allowed per IP address per minute, before any lockout. */
  signInPerMinute?: number;
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

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { deps, secureCookies, signInPerMinute = 30 },
) => {
  app.post(
    "/api/v1/auth/sign-in",
    {
      config: { permission: "public", rateLimit: { max: signInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password (and a TOTP code if the person has turned one on)",
        body: signInBodySchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const session = await signIn(
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers["user-agent"] ?? "",
          requestId: request.id,
        },
        deps,
      );
      setSessionCookie(reply, session, secureCookies);
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
      if (request.session)
        await signOut({ sessionId: request.session.sessionId, actor: actorOf(request) }, deps);
      clearSessionCookie(reply, secureCookies);
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

  // What the web shell asks on its first load: not being signed in is an answer there, not an
  // error (GET /api/v1/me answers 401, which the browser logs in its console as a failure).
  app.get(
    "/api/v1/session",
    {
      config: { permission: "public" },
      schema: {
        tags: ["auth"],
        summary: "Whether this browser is signed in and, if so, what GET /api/v1/me answers",
        response: { 200: sessionSchema },
      },
    },
    async (request): Promise<z.infer<typeof sessionSchema>> => {
      const session = request.session;
      return session ? { signedIn: true, ...toMe(session.user, session.csrfToken) } : { signedIn: false };
    },
  );
};
