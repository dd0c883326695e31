import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { Actor } from "../audit/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { DB } from "../db/schema.js";
import type { ServiceDeps } from "../deps.js";
import { decoyPasswordHash, verifyPassword } from "./passwords.js";
import { deleteSession, insertSession, touchSession } from "./sessions.repository.js";
import {
  attemptSucceeded,
  type ClaimedAttempt,
  claimAttempt,
  releaseAttempt,
  throttleKeys,
} from "./sign-in-throttle.js";
import { checkTotp, spendTotpStep } from "./totp.service.js";
import { findSessionWithUser, findUserByEmail, type UserRecord } from "./users.repository.js";

export interface SignedInSession {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRecord;
}

export interface CurrentSession {
  sessionId: string;
  csrfToken: string;
  user: UserRecord;
}

const SIGN_IN_FAILED = "The email address or password is not right. Check them and try again.";

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface SignInOptions {
  email: string;
  password: string;
  /** The 6-digit code, for people who have turned on a second factor. */
  totp?: string | undefined;
  /** The organisation's short name, for an address with accounts in more than one. */
  organisation?: string | undefined;
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

/**
 * Password sign-in with lockout and back-off (sign-in-throttle.ts) and, when the
 * person has set one up, a TOTP second factor. The attempt is counted before the
 * password is checked, so attempts sent together cannot outrun the lockout; a locked
 * account is refused without checking the password; an unknown email costs the same
 * time as a wrong password, and a deactivated account with the right password gets
 * the same answer as a wrong one (it would otherwise confirm the password).
 */
export async function signIn(options: SignInOptions, deps: ServiceDeps): Promise<SignedInSession> {
  const claim = await claimAttempt(deps.db, throttleKeys(options.email, options.ip), deps.clock.now());
  const user = await findUserByEmail(deps.db, options.email, { organisationSlug: options.organisation });
  const passwordHash = user?.passwordHash ?? (await decoyPasswordHash());
  const passwordOk = await verifyPassword(passwordHash, options.password);
  if (!user?.passwordHash || !passwordOk) return failSignIn(user, claim, "password", options, deps);
  if (user.status !== "active") return failSignIn(user, claim, "deactivated", options, deps);
  let totpStep: number | undefined;
  if (user.totpEnabledAt) {
    if (!options.totp) {
      await releaseAttempt(deps.db, claim.keys);
      throw new AppError("unauthenticated", "Enter the 6-digit code from your authenticator app.", {
        secondFactor: "totp",
      });
    }
    const check = await checkTotp(user, options.totp, deps.clock);
    if (!check.ok) return failSignIn(user, claim, "second_factor", options, deps);
    totpStep = check.step;
  }
  const step = totpStep;
  const session = await deps.db.transaction().execute(async (trx) => {
    // The code is spent by one conditional UPDATE: of several requests sending it at
    // once, exactly one finds the step still unused.
    if (step !== undefined && !(await spendTotpStep(trx, user.id, step))) return undefined;
    await attemptSucceeded(trx, claim.keys);
    return startSession(
      trx,
      user,
      { ...options, method: step !== undefined ? "password+totp" : "password" },
      deps,
    );
  });
  return session ?? failSignIn(user, claim, "second_factor", options, deps);
}

async function failSignIn(
  user: UserRecord | undefined,
  claim: ClaimedAttempt,
  factor: "password" | "second_factor" | "deactivated",
  options: SignInOptions,
  deps: ServiceDeps,
): Promise<never> {
  // Failures against real accounts are security events; unknown emails leave no row to fill the trail.
  if (user) {
    await deps.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        {
          actor: {
            kind: "anonymous",
            id: null,
            organisationId: user.organisationId,
            roles: [],
            ...requestIdOf(options),
          },
          action: claim.lockedAccount ? "auth.account_locked" : "auth.sign_in_failed",
          entity: { type: "user", id: user.id },
          after: { factor },
        },
        deps,
      ),
    );
  }
  throw new AppError(
    "unauthenticated",
    factor === "second_factor" ? "That code is not right. Try the current code." : SIGN_IN_FAILED,
  );
}

function requestIdOf(options: { requestId?: string | undefined }): { requestId?: string } {
  return options.requestId ? { requestId: options.requestId } : {};
}

/** Creates a session for someone whose identity is proven (password, or single sign-on) and audits it. */
export async function startSession(
  trx: Kysely<DB>,
  user: UserRecord,
  options: {
    ip?: string | undefined;
    userAgent?: string | undefined;
    requestId?: string | undefined;
    method: string;
  },
  deps: ServiceDeps,
): Promise<SignedInSession> {
  const now = deps.clock.now();
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + deps.settings.absoluteTimeoutMs);
  await insertSession(trx, {
    id: hashSessionToken(token),
    user_id: user.id,
    organisation_id: user.organisationId,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
    ip: options.ip?.slice(0, 100) ?? null,
    user_agent: options.userAgent?.slice(0, 500) ?? null,
  });
  await recordAudit(
    trx,
    {
      actor: {
        kind: "user",
        id: user.id,
        organisationId: user.organisationId,
        roles: user.roles,
        ...requestIdOf(options),
      },
      action: "auth.signed_in",
      entity: { type: "user", id: user.id },
      after: { method: options.method },
    },
    deps,
  );
  return { token, csrfToken, expiresAt, user };
}

/** The session a cookie names, if it is live; an idle or expired one is removed. */
export async function resolveSession(token: string, deps: ServiceDeps): Promise<CurrentSession | undefined> {
  const id = hashSessionToken(token);
  const session = await findSessionWithUser(deps.db, id);
  if (!session) return undefined;
  const now = deps.clock.now();
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleSince >= deps.settings.idleTimeoutMs) {
    await deleteSession(deps.db, id);
    return undefined;
  }
  if (session.user.status !== "active") {
    await deleteSession(deps.db, id);
    return undefined;
  }
  // Writing last_seen_at on every request would make each read a write; once a minute is enough.
  if (idleSince > 60_000) await touchSession(deps.db, id, now);
  return { sessionId: id, csrfToken: session.csrfToken, user: session.user };
}

export async function signOut(
  options: { sessionId: string; actor: Actor },
  deps: ServiceDeps,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await deleteSession(trx, options.sessionId);
    await recordAudit(
      trx,
      { actor: options.actor, action: "auth.signed_out", entity: { type: "user", id: options.actor.id } },
      deps,
    );
  });
}
