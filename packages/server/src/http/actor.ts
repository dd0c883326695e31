import { AppError } from "@parapet/core";
import type { FastifyRequest } from "fastify";
import type { Actor, OrganisationActor } from "../audit/actor.js";

/** Who is calling: the signed-in person or the API token, for services and the audit trail. */
export function actorOf(request: FastifyRequest): OrganisationActor {
  const session = request.session;
  if (session) {
    return {
      kind: "user",
      id: session.user.id,
      organisationId: session.user.organisationId,
      roles: session.user.roles,
      requestId: request.id,
    };
  }
  const token = request.apiToken;
  if (token) {
    return {
      kind: "api_token",
      id: token.id,
      organisationId: token.organisationId,
      roles: [],
      requestId: request.id,
    };
  }
  throw new AppError("unauthenticated", "Sign in to continue.");
}

/** The caller of a public route: who they are if signed in, otherwise anonymous. */
export function optionalActorOf(request: FastifyRequest): Actor {
  if (request.session || request.apiToken) return actorOf(request);
  return { kind: "anonymous", id: null, organisationId: null, roles: [], requestId: request.id };
}
