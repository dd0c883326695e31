import { AppError } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../deps.js";
import type { OidcSignIn } from "./oidc.service.js";
import { setSessionCookie } from "./session-cookie.js";

const STATE_COOKIE = "parapet_oidc_state";

export const oidcRoutes: FastifyPluginAsyncZod<{
  deps: ServiceDeps;
  oidc: OidcSignIn | undefined;
  secureCookies: boolean;
}> = async (app, { deps, oidc, secureCookies }) => {
  const configured = (): OidcSignIn => {
    if (!oidc) throw new AppError("not_found", "Single sign-on is not set up on this Parapet.");
    return oidc;
  };

  app.get(
    "/api/v1/auth/oidc",
    {
      config: { permission: "public" },
      schema: {
        tags: ["auth"],
        summary: "Whether single sign-on is available",
        response: { 200: z.object({ enabled: z.boolean() }) },
      },
    },
    async () => ({ enabled: oidc !== undefined }),
  );

  app.get(
    "/api/v1/auth/oidc/start",
    {
      config: { permission: "public", rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: { tags: ["auth"], summary: "Start single sign-on: redirects to the identity provider" },
    },
    async (_request, reply) => {
      const { url, state } = await configured().start(deps);
      // Lax, not Strict: the browser must send it on the IdP's top-level redirect back to us.
      reply.setCookie(STATE_COOKIE, state, {
        path: "/api/v1/auth/oidc",
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookies,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    "/api/v1/auth/oidc/callback",
    {
      config: { permission: "public", rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags: ["auth"],
        summary: "Where the identity provider sends the browser back; signs in and redirects home",
        querystring: z.record(z.string(), z.string().max(4096)),
      },
    },
    async (request, reply) => {
      const session = await configured().finish(
        {
          callbackPath: request.url,
          cookieState: request.cookies[STATE_COOKIE],
          ip: request.ip,
          userAgent: request.headers["user-agent"] ?? "",
          requestId: request.id,
        },
        deps,
      );
      reply.clearCookie(STATE_COOKIE, {
        path: "/api/v1/auth/oidc",
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookies,
      });
      setSessionCookie(reply, session, secureCookies);
      return reply.redirect("/", 302);
    },
  );
};
