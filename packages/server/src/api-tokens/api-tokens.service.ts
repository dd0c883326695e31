import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { type AuditDeps, recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { type Permission, TOKEN_SCOPES } from "../http/permissions.js";
import {
  type ApiTokenRecord,
  findApiToken,
  findApiTokenByHash,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  revokeTokensOwnedBy,
  touchApiToken,
} from "./api-tokens.repository.js";

const TOKEN_PREFIX = "ppt_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token lasts this long unless its creator chooses otherwise, and never longer than a year. */
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreateApiTokenOptions {
  actor: OrganisationActor;
  name: string;
  scopes: readonly string[];
  /** Whole days from now until it stops working (1 to 365). */
  expiresInDays?: number | undefined;
}

/** Why a token does not work now, or undefined if it does: what the list shows an administrator. */
export function tokenState(
  record: Pick<ApiTokenRecord, "revokedAt" | "expiresAt" | "ownerActive">,
  now: Date,
): "active" | "revoked" | "expired" | "owner_inactive" {
  if (record.revokedAt) return "revoked";
  if (record.expiresAt <= now) return "expired";
  if (!record.ownerActive) return "owner_inactive";
  return "active";
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
  // A token belongs to the person who makes it (docs/people-and-security.md): only a signed-in person may.
  if (options.actor.kind !== "user" || !options.actor.id)
    throw new AppError("forbidden", "Only a signed-in person can create an API token.");
  const owner = options.actor.id;
  const days = options.expiresInDays ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new AppError("validation", `A token lasts from 1 to ${MAX_TOKEN_DAYS} days.`, {
      field: "expiresInDays",
    });
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const scopes = [...new Set(options.scopes)].sort();
  const now = deps.clock.now();
  const record = await deps.db.transaction().execute(async (trx) => {
    const created = await insertApiToken(trx, {
      organisationId: options.actor.organisationId,
      name: options.name,
      tokenHash: hashApiToken(token),
      scopes,
      createdBy: owner,
      now,
      expiresAt: new Date(now.getTime() + days * DAY_MS),
    });
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "api_token.created",
        entity: { type: "api_token", id: created.id },
        after: { scopes, expiresInDays: days },
      },
      deps,
    );
    return created;
  });
  return { token, record };
}

/**
 * When a person is deactivated or anonymised, in the same transaction: every token they
 * own is revoked and each revocation audited. Reactivating them does not bring a token back.
 */
export async function revokeTokensOf(
  trx: ServiceDeps["db"],
  options: { actor: OrganisationActor; userId: string; reason: "owner_deactivated" | "owner_anonymised" },
  deps: AuditDeps,
): Promise<void> {
  for (const id of await revokeTokensOwnedBy(trx, options.userId, deps.clock.now())) {
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "api_token.revoked",
        entity: { type: "api_token", id },
        before: { revoked: false },
        after: { revoked: true, reason: options.reason },
      },
      deps,
    );
  }
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

/**
 * The live token a bearer header names, noting when it was last used (at most once a
 * minute). Live: not revoked, not expired, and its owner still an active member of the
 * organisation (a token never outlives the person answerable for it).
 */
export async function resolveApiToken(
  token: string,
  deps: ServiceDeps,
): Promise<ResolvedApiToken | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const record = await findApiTokenByHash(deps.db, hashApiToken(token));
  const now = deps.clock.now();
  if (!record || tokenState(record, now) !== "active") return undefined;
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > 60_000) {
    await touchApiToken(deps.db, record.id, now);
  }
  return {
    id: record.id,
    organisationId: record.organisationId,
    scopes: record.scopes.filter((s): s is Permission => (TOKEN_SCOPES as readonly string[]).includes(s)),
  };
}
