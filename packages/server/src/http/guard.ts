import { timingSafeEqual } from "node:crypto";
import { AppError } from "@parapet/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type ResolvedApiToken, resolveApiToken } from "../api-tokens/api-tokens.service.js";
import type { ServiceDeps } from "../deps.js";
import { type CurrentSession, resolveSession } from "../users/session.service.js";
import { PERMISSIONS, type Permission, rolesAllow } from "./permissions.js";

export const SESSION_COOKIE = "parapet_session";
export const CSRF_HEADER = "x-csrf-token";
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyInstance {
    /** Every route's declared permission, by "METHOD /url" (for the route-walk test). */
    routePermissions: ReadonlyMap<string, Permission | undefined>;
  }
  interface FastifyRequest {
    session: CurrentSession | undefined;
    /** Set instead of `session` when the caller sent `Authorization: Bearer <API token>`. */
    apiToken: ResolvedApiToken | undefined;
  }
}

/**
 * Checks, before any handler runs, that the caller may take the route's action:
 * a live session for anything but `public`, a role the permission table allows,
 * and the session's CSRF token on every state-changing request.
 */
export function registerGuard(app: FastifyInstance, deps: ServiceDeps): void {
  app.decorateRequest("session", undefined);
  app.decorateRequest("apiToken", undefined);
  const routePermissions = new Map<string, Permission | undefined>();
  app.decorate("routePermissions", routePermissions);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routePermissions.set(`${method} ${route.url}`, route.config?.permission);
  });
  // preValidation, not preHandler: a caller who may not use a route learns nothing
  // about what it accepts (a 401/403 comes before any 400 about the body).
  app.addHook("preValidation", async (request) => {
    if (request.is404) return;
    const permission: Permission | undefined = request.routeOptions.config.permission;
    if (permission === undefined) {
      throw new Error(`route ${request.routeOptions.url} declares no permission`);
    }
    if (STATE_CHANGING.has(request.method)) refuseCrossSite(request);
    const bearer = bearerToken(request.headers.authorization);
    if (bearer !== undefined) {
      request.apiToken = await resolveApiToken(bearer, deps);
      if (!request.apiToken)
        throw new AppError("unauthenticated", "The API token is not valid: it may have been revoked.");
      if (PERMISSIONS[permission] === null) return;
      // A token is not a browser session: no cookie, so no CSRF; it may do only what its scopes list.
      if (!request.apiToken.scopes.includes(permission))
        throw new AppError("forbidden", `This API token is not scoped for ${permission}.`);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.session = await resolveSession(token, deps);
    const allowed = PERMISSIONS[permission];
    if (allowed === null) return;
    const session = request.session;
    if (!session)
      throw new AppError(
        "unauthenticated",
        "Sign in to continue: your session has ended or you are not signed in.",
      );
    if (STATE_CHANGING.has(request.method)) checkCsrf(request, session);
    if (!rolesAllow(permission, session.user.roles)) {
      throw new AppError(
        "forbidden",
        "Your role does not allow this. Ask your Parapet administrator if you need it.",
      );
    }
  });
}

function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1])
    throw new AppError("unauthenticated", "Send the API token as `Authorization: Bearer <token>`.");
  return match[1];
}

function checkCsrf(request: FastifyRequest, session: CurrentSession): void {
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(typeof sent === "string" ? sent : "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError("csrf", "The request is missing its security token. Reload the page and try again.");
  }
}

/** A browser says where a request comes from; another site's page may not change anything here. */
function refuseCrossSite(request: FastifyRequest): void {
  const origin = request.headers.origin;
  const fetchSite = request.headers["sec-fetch-site"];
  const fromElsewhere =
    fetchSite === "cross-site" ||
    (typeof origin === "string" && origin !== "null" && !sameHost(origin, request.host));
  if (fromElsewhere) throw new AppError("csrf", "Requests from other websites are not accepted.");
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
