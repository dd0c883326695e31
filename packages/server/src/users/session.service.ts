import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@parapet/core";
import type { ServiceDeps } from "../deps.js";
import { decoyPasswordHash, verifyPassword } from "./passwords.js";
import { deleteSession, findSession, insertSession, touchSession } from "./sessions.repository.js";
import { findUserByEmail, findUserById, type UserRecord } from "./users.repository.js";

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
  ip?: string;
  userAgent?: string;
}

export async function signIn(options: SignInOptions, deps: ServiceDeps): Promise<SignedInSession> {
  const user = await findUserByEmail(deps.db, options.email);
  const passwordHash = user?.passwordHash ?? (await decoyPasswordHash());
  const passwordOk = await verifyPassword(passwordHash, options.password);
  if (!user?.passwordHash || !passwordOk) throw new AppError("unauthenticated", SIGN_IN_FAILED);
  if (user.status !== "active") {
    throw new AppError(
      "unauthenticated",
      "This account has been deactivated. Ask your Parapet administrator.",
    );
  }
  const now = deps.clock.now();
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + deps.settings.absoluteTimeoutMs);
  await insertSession(deps.db, {
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
  return { token, csrfToken, expiresAt, user };
}

/** The session a cookie names, if it is live; an idle or expired one is removed. */
export async function resolveSession(token: string, deps: ServiceDeps): Promise<CurrentSession | undefined> {
  const id = hashSessionToken(token);
  const session = await findSession(deps.db, id);
  if (!session) return undefined;
  const now = deps.clock.now();
  const idleSince = now.getTime() - session.last_seen_at.getTime();
  if (session.expires_at <= now || idleSince >= deps.settings.idleTimeoutMs) {
    await deleteSession(deps.db, id);
    return undefined;
  }
  const user = await findUserById(deps.db, session.user_id);
  if (user?.status !== "active") {
    await deleteSession(deps.db, id);
    return undefined;
  }
  // Writing last_seen_at on every request would make each read a write; once a minute is enough.
  if (idleSince > 60_000) await touchSession(deps.db, id, now);
  return { sessionId: id, csrfToken: session.csrf_token, user };
}

export async function signOut(sessionId: string, deps: ServiceDeps): Promise<void> {
  await deleteSession(deps.db, sessionId);
}
