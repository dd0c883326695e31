import type { Role } from "@parapet/core";
import type { Kysely } from "kysely";
import { loadAccountsPack } from "../accounts/accounts-pack.js";
import { addMonths, isoDay } from "../accounts/dates.js";
import { insertCompletions } from "../accounts/training.repository.js";
import type { Actor } from "../audit/actor.js";
import { type AuditDeps, recordAudit } from "../audit/audit.service.js";
import type { DB } from "../db/schema.js";
import { hashPassword } from "../users/passwords.js";
import { insertUser } from "../users/users.repository.js";
import { findOrganisationBySlug, insertOrganisation } from "./organisations.repository.js";

/** A fictional trust, so that a fresh install has something to sign in to and look at. */
export const DEMO_ORGANISATION = {
  slug: "fenmoor",
  name: "Fenmoor Community Health NHS Trust",
  packId: "nhs-core",
} as const;

/** Shown on the console and the sign-in page of a demo install; never use it for real data. */
export const DEMO_PASSWORD = "fenmoor-demo-2026";

export const DEMO_USERS: ReadonlyArray<{
  email: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  /** The demo pack's training modules this person has done (the communications team: all). */
  trained: "all" | readonly string[];
}> = [
  {
    email: "staff@fenmoor.example",
    displayName: "Priya Shah",
    jobTitle: "Staff nurse",
    roles: ["staff"],
    trained: ["social_media_policy", "information_governance"],
  },
  {
    email: "manager@fenmoor.example",
    displayName: "Tom Hughes",
    jobTitle: "Ward manager",
    roles: ["staff", "line_manager"],
    trained: ["social_media_policy"],
  },
  {
    email: "comms@fenmoor.example",
    displayName: "Alex Morgan",
    jobTitle: "Communications officer",
    roles: ["communications_officer"],
    trained: "all",
  },
  {
    email: "head-of-comms@fenmoor.example",
    displayName: "Jo Bennett",
    jobTitle: "Head of Communications",
    roles: ["communications_officer", "head_of_communications"],
    trained: "all",
  },
  {
    email: "ig@fenmoor.example",
    displayName: "Dev Patel",
    jobTitle: "Information governance lead",
    roles: ["information_governance"],
    trained: ["social_media_policy", "information_governance"],
  },
  {
    email: "hr@fenmoor.example",
    displayName: "Rachel Owen",
    jobTitle: "HR business partner",
    roles: ["hr"],
    trained: ["social_media_policy"],
  },
  {
    email: "admin@fenmoor.example",
    displayName: "Chris Taylor",
    jobTitle: "Parapet administrator",
    roles: ["admin"],
    trained: ["social_media_policy"],
  },
];

/**
 * Creates the demo organisation and its users unless it exists already; says which happened.
 * Every row it makes is audited in the same transaction, so the organisation's trail starts
 * at its creation and `parapet audit verify` accounts for every person in it.
 */
export async function seedDemo(db: Kysely<DB>, deps: AuditDeps): Promise<{ created: boolean }> {
  if (await findOrganisationBySlug(db, DEMO_ORGANISATION.slug)) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const organisationId = await insertOrganisation(trx, DEMO_ORGANISATION);
    const actor: Actor = { kind: "system", id: null, organisationId, roles: [] };
    await recordAudit(
      trx,
      {
        actor,
        action: "organisation.created",
        entity: { type: "organisation", id: organisationId },
        after: { packId: DEMO_ORGANISATION.packId, demo: true },
      },
      deps,
    );
    const modules = loadAccountsPack(DEMO_ORGANISATION.packId).training.modules.map((m) => m.id);
    // Done two months before the demo starts: in date, and the annual ones not yet expiring.
    const completedOn = isoDay(addMonths(deps.clock.now(), -2));
    for (const { trained, ...user } of DEMO_USERS) {
      const userId = await insertUser(trx, { ...user, organisationId, passwordHash });
      const done = trained === "all" ? modules : modules.filter((m) => trained.includes(m));
      await insertCompletions(
        trx,
        done.map((moduleId) => ({
          organisationId,
          userId,
          moduleId,
          completedOn,
          source: "recorded" as const,
          recordedBy: null,
          now: deps.clock.now(),
        })),
      );
      await recordAudit(
        trx,
        {
          actor,
          action: "user.created",
          entity: { type: "user", id: userId },
          after: { roles: [...user.roles], status: "active", training: done },
        },
        deps,
      );
    }
  });
  return { created: true };
}
