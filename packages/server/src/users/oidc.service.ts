import { AppError, isRole, type Role } from "@parapet/core";
import * as client from "openid-client";
import { recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { findOrganisationBySlug } from "../organisations/organisations.repository.js";
import { replaceRoles } from "../people/people.repository.js";
import { type SignedInSession, startSession } from "./session.service.js";
import {
  findUserByEmail,
  findUserById,
  findUserBySubject,
  insertUser,
  type UserRecord,
} from "./users.repository.js";

/**
 * OpenID Connect single sign-on (trusts use Microsoft Entra ID). Read from the
 * environment at the edge (config.ts). `groupRoles` maps the IdP's group ids
 * (Entra's `groups` claim) to Parapet roles; the IdP is the source of truth,
 * so a person's roles are set from their groups at every sign-in.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The organisation whose people sign in through this IdP. */
  organisationSlug: string;
  groupRoles: Readonly<Record<string, readonly Role[]>>;
  /** Only for an IdP on loopback in development and tests. */
  allowInsecureHttp?: boolean;
}

/** How long a sign-in may take between the redirect and the callback. */
export const STATE_TTL_MS = 10 * 60 * 1000;

export class OidcSignIn {
  readonly #settings: OidcSettings;
  #config: Promise<client.Configuration> | undefined;

  constructor(settings: OidcSettings) {
    this.#settings = settings;
  }

  #configuration(): Promise<client.Configuration> {
    this.#config ??= client
      .discovery(
        new URL(this.#settings.issuer),
        this.#settings.clientId,
        this.#settings.clientSecret,
        undefined,
        {
          ...(this.#settings.allowInsecureHttp ? { execute: [client.allowInsecureRequests] } : {}),
        },
      )
      .catch((error: unknown) => {
        this.#config = undefined;
        throw new AppError("unauthenticated", `Single sign-on is unavailable: ${(error as Error).message}`);
      });
    return this.#config;
  }

  /** The IdP URL to send the browser to, and the state to bind to the browser in a cookie. */
  async start(deps: ServiceDeps): Promise<{ url: string; state: string }> {
    const config = await this.#configuration();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await deps.db
      .insertInto("oidc_login_states")
      .values({ state, nonce, code_verifier: codeVerifier, created_at: deps.clock.now() })
      .execute();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.#settings.redirectUri,
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /** Checks the IdP's answer (state, PKCE, nonce, ID token), maps groups to roles and starts a session. */
  async finish(
    options: {
      callbackPath: string;
      cookieState: string | undefined;
      ip?: string;
      userAgent?: string;
      requestId?: string;
    },
    deps: ServiceDeps,
  ): Promise<SignedInSession> {
    const callbackUrl = new URL(options.callbackPath, this.#settings.redirectUri);
    const state = callbackUrl.searchParams.get("state") ?? "";
    if (!options.cookieState || options.cookieState !== state)
      throw new AppError("unauthenticated", "This sign-in was not started in this browser. Start again.");
    const pending = await deps.db
      .deleteFrom("oidc_login_states")
      .where("state", "=", state)
      .returningAll()
      .executeTakeFirst();
    if (!pending || deps.clock.now().getTime() - pending.created_at.getTime() > STATE_TTL_MS)
      throw new AppError("unauthenticated", "This sign-in has expired. Start again.");
    const config = await this.#configuration();
    let claims: client.IDToken;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as client.IDToken;
    } catch (error) {
      throw new AppError("unauthenticated", `Single sign-on did not complete: ${(error as Error).message}`);
    }
    return this.#signInWithClaims(claims, options, deps);
  }

  async #signInWithClaims(
    claims: client.IDToken,
    options: { ip?: string; userAgent?: string; requestId?: string },
    deps: ServiceDeps,
  ): Promise<SignedInSession> {
    const email = stringClaim(claims.email) ?? stringClaim(claims.preferred_username);
    if (!email?.includes("@"))
      throw new AppError("unauthenticated", "The identity provider sent no email address.");
    const groups = Array.isArray(claims.groups)
      ? claims.groups.filter((g): g is string => typeof g === "string")
      : [];
    const roles = rolesForGroups(groups, this.#settings.groupRoles);
    if (roles.length === 0)
      throw new AppError(
        "forbidden",
        "Your account is not in a group that may use Parapet. Ask your administrator.",
      );
    const organisation = await findOrganisationBySlug(deps.db, this.#settings.organisationSlug);
    if (!organisation)
      throw new AppError(
        "unauthenticated",
        "Single sign-on is set up for an organisation that does not exist.",
      );
    const name = stringClaim(claims.name) ?? email;
    return deps.db.transaction().execute(async (trx) => {
      let user = await findUserBySubject(trx, organisation.id, claims.sub);
      if (!user) {
        const byEmail = await findUserByEmail(trx, email, { organisationId: organisation.id });
        if (byEmail?.externalSubject)
          throw new AppError(
            "conflict",
            "That email address belongs to another account. Ask your administrator.",
          );
        if (byEmail) {
          await trx
            .updateTable("users")
            .set({ external_subject: claims.sub })
            .where("id", "=", byEmail.id)
            .execute();
          user = byEmail;
        } else {
          const id = await insertUser(trx, {
            organisationId: organisation.id,
            email,
            displayName: name.slice(0, 200),
            passwordHash: null,
            roles,
            externalSubject: claims.sub,
          });
          await recordAudit(
            trx,
            {
              actor: { kind: "system", id: null, organisationId: organisation.id, roles: [] },
              action: "user.provisioned_by_sso",
              entity: { type: "user", id },
              after: { roles, groups },
            },
            deps,
          );
          user = (await findUserById(trx, id)) as UserRecord;
        }
      }
      if (user.status !== "active")
        throw new AppError(
          "unauthenticated",
          "This account has been deactivated. Ask your Parapet administrator.",
        );
      if (user.roles.join() !== roles.join()) {
        await replaceRoles(trx, user, roles);
        await recordAudit(
          trx,
          {
            actor: { kind: "system", id: null, organisationId: organisation.id, roles: [] },
            action: "user.roles_changed",
            entity: { type: "user", id: user.id },
            before: { roles: user.roles },
            after: { roles, source: "sso_groups" },
          },
          deps,
        );
        user = { ...user, roles };
      }
      return startSession(trx, user, { ...options, method: "oidc" }, deps);
    });
  }
}

export function rolesForGroups(groups: readonly string[], mapping: OidcSettings["groupRoles"]): Role[] {
  const roles = new Set<Role>();
  for (const group of groups) for (const role of mapping[group] ?? []) roles.add(role);
  return [...roles].sort();
}

/** `group=role+role;group=role` (PARAPET_OIDC_GROUP_ROLES) → the mapping; refuses unknown roles. */
export function parseGroupRoles(text: string): Record<string, Role[]> {
  const mapping: Record<string, Role[]> = {};
  for (const pair of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [group, roles] = pair.split("=").map((p) => p.trim());
    if (!group || !roles) throw new Error(`PARAPET_OIDC_GROUP_ROLES: "${pair}" is not group=role+role`);
    mapping[group] = roles.split("+").map((role) => {
      if (!isRole(role)) throw new Error(`PARAPET_OIDC_GROUP_ROLES: "${role}" is not a Parapet role`);
      return role;
    });
  }
  return mapping;
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= 254 ? value : undefined;
}
