import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { type Permission, TOKEN_SCOPES } from "../http/permissions.js";
import {
  type ApiTokenRecord,
  findApiToken,
  findApiTokenByHash,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from "./api-tokens.repository.js";

const TOKEN_PREFIX = "ppt_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface CreateApiTokenOptions {
  actor: OrganisationActor;
  name: string;
  scopes: readonly string[];
}

/** Creates a token; the secret is returned this once and only its SHA-256 is kept. */
export async function createApiToken(
  options: CreateApiTokenOptions,
  deps: ServiceDeps,
): Promise<{ token: string; record: ApiTokenRecord }> {
  const unknown = options.scopes.filter((scope) => !(TOKEN_SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0 || options.scopes.length === 0) {
    throw new AppError(
      "validation",
      `Choose scopes from: ${TOKEN_SCOPES.join(", ")}.${unknown.length ? ` Not allowed: ${unknown.join(", ")}.` : ""}`,
    );
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const scopes = [...new Set(options.scopes)].sort();
  const record = await deps.db.transaction().execute(async (trx) => {
    const created = await insertApiToken(trx, {
      organisationId: options.actor.organisationId,
      name: options.name,
      tokenHash: hashApiToken(token),
      scopes,
      createdBy: options.actor.kind === "user" ? options.actor.id : null,
      now: deps.clock.now(),
    });
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "api_token.created",
        entity: { type: "api_token", id: created.id },
        after: { scopes },
      },
      deps,
    );
    return created;
  });
  return { token, record };
}

export function listTokens(actor: OrganisationActor, deps: ServiceDeps): Promise<ApiTokenRecord[]> {
  return listApiTokens(deps.db, actor.organisationId);
}

export async function revokeToken(
  options: { actor: OrganisationActor; id: string },
  deps: ServiceDeps,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const token = await findApiToken(trx, options.actor.organisationId, options.id);
    if (!token) throw new AppError("not_found", "There is no such API token in your organisation.");
    if (token.revokedAt) return;
    await revokeApiToken(trx, token.id, deps.clock.now());
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "api_token.revoked",
        entity: { type: "api_token", id: token.id },
        before: { revoked: false },
        after: { revoked: true },
      },
      deps,
    );
  });
}

export interface ResolvedApiToken {
  id: string;
  organisationId: string;
  scopes: readonly Permission[];
}

/** The live token a bearer header names, noting when it was last used (at most once a minute). */
export async function resolveApiToken(
  token: string,
  deps: ServiceDeps,
): Promise<ResolvedApiToken | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const record = await findApiTokenByHash(deps.db, hashApiToken(token));
  if (!record || record.revokedAt) return undefined;
  const now = deps.clock.now();
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > 60_000) {
    await touchApiToken(deps.db, record.id, now);
  }
  return {
    id: record.id,
    organisationId: record.organisationId,
    scopes: record.scopes.filter((s): s is Permission => (TOKEN_SCOPES as readonly string[]).includes(s)),
  };
}
