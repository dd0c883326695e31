import { AppError, personRefusal, personState, personWorkflow, workflowActorFor } from "@parapet/core";
import { apiTokensCreatedBy } from "../api-tokens/api-tokens.repository.js";
import { revokeTokensOf } from "../api-tokens/api-tokens.service.js";
import type { OrganisationActor } from "../audit/actor.js";
import { auditEventsAbout } from "../audit/audit.repository.js";
import { recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { findUserInOrganisation } from "../users/users.repository.js";
import { anonymiseUserRow, invitationsOf, sessionsOf } from "./people.repository.js";

/**
 * UK GDPR Article 15: everything Parapet holds about one member of staff. Secrets
 * (password hash, TOTP secret) are named as held but not disclosed. The export
 * itself is recorded in the audit trail.
 */
export async function exportPerson(options: { actor: OrganisationActor; userId: string }, deps: ServiceDeps) {
  const user = await findUserInOrganisation(deps.db, options.actor.organisationId, options.userId);
  if (!user) throw new AppError("not_found", "There is no such person in your organisation.");
  const [sessions, invitations, tokens, audit] = await Promise.all([
    sessionsOf(deps.db, user.id),
    invitationsOf(deps.db, user.id),
    apiTokensCreatedBy(deps.db, user.organisationId, user.id),
    auditEventsAbout(deps.db, user.organisationId, user.id),
  ]);
  await deps.db
    .transaction()
    .execute((trx) =>
      recordAudit(
        trx,
        { actor: options.actor, action: "user.data_exported", entity: { type: "user", id: user.id } },
        deps,
      ),
    );
  return {
    generatedAt: deps.clock.now().toISOString(),
    legalBasis: "UK GDPR Article 15 (right of access)",
    person: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      jobTitle: user.jobTitle,
      status: user.status,
      roles: user.roles,
      organisation: { id: user.organisationId, name: user.organisationName },
      createdAt: user.createdAt.toISOString(),
      passwordSet: user.passwordHash !== null,
      secondFactorEnabledAt: user.totpEnabledAt?.toISOString() ?? null,
      singleSignOnSubject: user.externalSubject,
      anonymisedAt: user.anonymisedAt?.toISOString() ?? null,
    },
    sessions: sessions.map((s) => ({
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      expiresAt: s.expires_at.toISOString(),
      ipAddress: s.ip,
      userAgent: s.user_agent,
    })),
    invitations: invitations.map((i) => ({
      createdAt: i.created_at.toISOString(),
      expiresAt: i.expires_at.toISOString(),
      usedAt: i.used_at?.toISOString() ?? null,
    })),
    apiTokensCreated: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      scopes: t.scopes,
      createdAt: t.createdAt.toISOString(),
      expiresAt: t.expiresAt.toISOString(),
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
    auditEvents: audit.map((e) => ({
      seq: e.seq,
      occurredAt: e.occurred_at.toISOString(),
      role: e.actor_id === user.id ? "actor" : "subject",
      action: e.action,
      entityType: e.entity_type,
      entityId: e.entity_id,
      summary: JSON.parse(e.summary) as unknown,
    })),
  };
}

/**
 * UK GDPR Article 17, for someone who has left: their name, email, job title,
 * credentials, sessions and invitations go; their id stays. Audit rows name
 * people only by id, so the chain still verifies and still shows what the id did.
 */
export async function anonymisePerson(
  options: { actor: OrganisationActor; userId: string },
  deps: ServiceDeps,
) {
  await deps.db.transaction().execute(async (trx) => {
    const user = await findUserInOrganisation(trx, options.actor.organisationId, options.userId);
    if (!user) throw new AppError("not_found", "There is no such person in your organisation.");
    const from = personState(user);
    // Anonymising someone anonymised already changes nothing (as before the workflow).
    if (from === "anonymised") return;
    const result = personWorkflow.check(
      from,
      "anonymise",
      workflowActorFor(options.actor, "people.anonymise"),
      {
        personId: user.id,
      },
    );
    if (!result.ok) throw personRefusal(result, "anonymise");
    await anonymiseUserRow(trx, user.id, deps.clock.now());
    await revokeTokensOf(trx, { actor: options.actor, userId: user.id, reason: "owner_anonymised" }, deps);
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "user.anonymised",
        entity: { type: "user", id: user.id },
        before: { anonymised: false },
        after: { anonymised: true },
      },
      deps,
    );
  });
}
