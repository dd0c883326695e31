/**
 * Who is acting, as every service that changes state needs to know for the
 * audit trail. Built at the HTTP edge from the session or API token.
 */
export interface Actor {
  kind: "user" | "api_token" | "system" | "anonymous";
  /** The user's id, or the API token's id; null for the system and the anonymous. */
  id: string | null;
  organisationId: string | null;
  roles: readonly string[];
  requestId?: string;
}

export const SYSTEM_ACTOR: Actor = { kind: "system", id: null, organisationId: null, roles: [] };

/** An actor that must belong to an organisation: every organisation-scoped service needs one. */
export interface OrganisationActor extends Actor {
  organisationId: string;
}
