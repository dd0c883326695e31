import { randomBytes } from "node:crypto";
import {
  AppError,
  personRefusal,
  personState,
  personWorkflow,
  type Role,
  workflowActorFor,
} from "@parapet/core";
import { revokeTokensOf } from "../api-tokens/api-tokens.service.js";
import type { OrganisationActor } from "../audit/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Deps } from "../create-deps.js";
import type { ServiceDeps } from "../deps.js";
import { sendMailJob } from "../mail/mail.job.js";
import { assertPasswordAllowed } from "../users/password-policy.js";
import { hashPassword } from "../users/passwords.js";
import { deleteSessionsOfUser } from "../users/sessions.repository.js";
import {
  findUserByEmail,
  findUserById,
  findUserInOrganisation,
  insertUser,
  type UserRecord,
} from "../users/users.repository.js";
import { hashInvitationToken } from "./invitation-token.js";
import {
  insertInvitation,
  listPeople,
  lockInvitation,
  markInvitationUsed,
  type PersonSummary,
  replaceRoles,
  setPasswordHash,
  setUserStatus,
} from "./people.repository.js";

/** How long a set-password link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export { hashInvitationToken };

export function listOrganisationPeople(
  actor: OrganisationActor,
  deps: ServiceDeps,
): Promise<PersonSummary[]> {
  return listPeople(deps.db, actor.organisationId);
}

async function personOrNotFound(
  deps: ServiceDeps["db"],
  actor: OrganisationActor,
  id: string,
): Promise<UserRecord> {
  const user = await findUserInOrganisation(deps, actor.organisationId, id);
  if (!user) throw new AppError("not_found", "There is no such person in your organisation.");
  return user;
}

export interface InviteUserOptions {
  actor: OrganisationActor;
  email: string;
  displayName: string;
  jobTitle?: string | undefined;
  roles: readonly Role[];
}

/**
 * Creates the person with no password and a one-time link to set one. When e-mail is
 * configured the link goes to the person by e-mail (a job in the same transaction, which
 * makes the link's token when it sends), and nobody else sees it; otherwise the token is
 * returned, once, for the administrator to pass on.
 */
export async function inviteUser(
  options: InviteUserOptions,
  deps: ServiceDeps & Partial<Pick<Deps, "jobs" | "mail">>,
): Promise<{ userId: string; invitationToken: string | null; expiresAt: Date; emailed: boolean }> {
  const jobs = deps.mail ? deps.jobs : undefined;
  const token = randomBytes(32).toString("base64url");
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const userId = await deps.db.transaction().execute(async (trx) => {
    // Only this organisation's accounts are looked at: whether the address has an account
    // in another trust on this installation is none of this one's business (issue 13).
    if (await findUserByEmail(trx, options.email, { organisationId: options.actor.organisationId }))
      throw new AppError(
        "conflict",
        "Someone in your organisation already has an account with that email address.",
      );
    const roles = [...new Set(options.roles)].sort();
    const id = await insertUser(trx, {
      organisationId: options.actor.organisationId,
      email: options.email,
      displayName: options.displayName,
      ...(options.jobTitle ? { jobTitle: options.jobTitle } : {}),
      passwordHash: null,
      roles,
    });
    await insertInvitation(trx, {
      tokenHash: hashInvitationToken(token),
      userId: id,
      organisationId: options.actor.organisationId,
      now,
      expiresAt,
    });
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "user.invited",
        entity: { type: "user", id },
        after: { roles, status: "active" },
      },
      deps,
    );
    if (jobs)
      await jobs.enqueue(
        trx,
        sendMailJob,
        { template: "invitation", userId: id },
        { key: `invitation:${id}:${now.toISOString()}`, organisationId: options.actor.organisationId },
      );
    return id;
  });
  return { userId, invitationToken: jobs ? null : token, expiresAt, emailed: jobs !== undefined };
}

export async function assignRoles(
  options: { actor: OrganisationActor; userId: string; roles: readonly Role[] },
  deps: ServiceDeps,
): Promise<UserRecord> {
  const roles = [...new Set(options.roles)].sort();
  await deps.db.transaction().execute(async (trx) => {
    const user = await personOrNotFound(trx, options.actor, options.userId);
    // Roles change while a person is active or deactivated, never once anonymised (the final state).
    if (personWorkflow.isFinal(personState(user)))
      throw new AppError("invalid_transition", "This person has been anonymised.");
    if (user.id === options.actor.id && user.roles.includes("admin") && !roles.includes("admin"))
      throw new AppError(
        "conflict",
        "You cannot remove your own administrator role; ask another administrator.",
      );
    await replaceRoles(trx, user, roles);
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "user.roles_changed",
        entity: { type: "user", id: user.id },
        before: { roles: user.roles },
        after: { roles },
      },
      deps,
    );
  });
  return (await findUserById(deps.db, options.userId)) as UserRecord;
}

/** Deactivating ends every session of the person and revokes every token they own, in the same transaction. */
export async function setActive(
  options: { actor: OrganisationActor; userId: string; active: boolean },
  deps: ServiceDeps,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const user = await personOrNotFound(trx, options.actor, options.userId);
    const from = personState(user);
    // Asking for the state the person is in already changes nothing (as before the workflow).
    if (from === (options.active ? "active" : "deactivated")) return;
    const event = options.active ? "reactivate" : "deactivate";
    const result = personWorkflow.check(from, event, workflowActorFor(options.actor, "people.manage"), {
      personId: user.id,
    });
    if (!result.ok) throw personRefusal(result, event);
    const status = result.to === "active" ? "active" : "deactivated";
    await setUserStatus(trx, user.id, status, deps.clock.now());
    if (!options.active) {
      await deleteSessionsOfUser(trx, user.id);
      await revokeTokensOf(trx, { actor: options.actor, userId: user.id, reason: "owner_deactivated" }, deps);
    }
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: options.active ? "user.reactivated" : "user.deactivated",
        entity: { type: "user", id: user.id },
        before: { status: user.status },
        after: { status },
      },
      deps,
    );
  });
}

/**
 * Uses a set-password link once: sets the password (NCSC rules) and spends the link.
 * The password is hashed before the transaction, not inside it: an argon2id hash takes
 * tens of milliseconds, and on PGlite a transaction holds the only database session.
 */
export async function acceptInvitation(
  options: { token: string; password: string; requestId?: string },
  deps: ServiceDeps,
): Promise<void> {
  const tokenHash = hashInvitationToken(options.token);
  const spent = () =>
    new AppError("not_found", "This link has expired or been used. Ask your administrator for a new one.");
  const usable = async (db: ServiceDeps["db"], now: Date) => {
    const invitation = await lockInvitation(db, tokenHash);
    if (!invitation || invitation.used_at || invitation.expires_at <= now) throw spent();
    const user = await findUserById(db, invitation.user_id);
    if (user?.status !== "active") throw spent();
    return user;
  };
  const checked = await usable(deps.db, deps.clock.now());
  assertPasswordAllowed(options.password, { email: checked.email, displayName: checked.displayName });
  const hash = await hashPassword(options.password);
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    // Checked again under the lock: the link may have been used while the password was hashed.
    const user = await usable(trx, now);
    if (user.id !== checked.id) throw spent();
    await setPasswordHash(trx, user.id, hash, now);
    await markInvitationUsed(trx, tokenHash, now);
    await recordAudit(
      trx,
      {
        actor: {
          kind: "user",
          id: user.id,
          organisationId: user.organisationId,
          roles: user.roles,
          ...(options.requestId ? { requestId: options.requestId } : {}),
        },
        action: "user.password_set",
        entity: { type: "user", id: user.id },
        after: { via: "invitation" },
      },
      deps,
    );
  });
}
