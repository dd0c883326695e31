import { AppError, type ResolvedPack, summarisePack } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { packDirectory } from "../packs/load-packs-from-disk.js";
import {
  findOrganisationById,
  findOrganisationForUpdate,
  updateOrganisationPack,
} from "./organisations.repository.js";

function packSummary(id: string) {
  const resolved = packDirectory().resolved(id);
  return resolved ? summarisePack(resolved as ResolvedPack) : null;
}

/** The caller's organisation and the pack it applies, with the packs it could choose instead. */
export async function describeOrganisation(
  actor: OrganisationActor,
  deps: Pick<ServiceDeps, "db" | "clock">,
) {
  const organisation = await findOrganisationById(deps.db, actor.organisationId);
  if (!organisation) throw new AppError("not_found", "Your organisation no longer exists.");
  const today = deps.clock.now().toISOString().slice(0, 10);
  const packs = packDirectory()
    .ids()
    .map((id) => packSummary(id))
    .filter((p) => p !== null);
  const pack = packSummary(organisation.pack_id);
  return {
    name: organisation.name,
    slug: organisation.slug,
    packId: organisation.pack_id,
    pack: pack ? { ...pack, reviewOverdue: pack.nextReviewDate < today } : null,
    packs,
  };
}

/**
 * Sets the pack the organisation's check page and inbox apply: one of the packs this
 * server loaded (packs/<id>/), audited with the pack before and after in one transaction.
 */
export async function setOrganisationPack(
  options: { actor: OrganisationActor; packId: string },
  deps: ServiceDeps,
): Promise<{ changed: boolean }> {
  const { actor, packId } = options;
  if (!packSummary(packId))
    throw new AppError(
      "validation",
      `packId: there is no policy pack "${packId}" on this server. Known packs: ${packDirectory().ids().join(", ")}.`,
    );
  return deps.db.transaction().execute(async (trx) => {
    const organisation = await findOrganisationForUpdate(trx, actor.organisationId);
    if (!organisation) throw new AppError("not_found", "Your organisation no longer exists.");
    if (organisation.pack_id === packId) return { changed: false };
    await updateOrganisationPack(trx, organisation.id, packId);
    await recordAudit(
      trx,
      {
        actor,
        action: "organisation.pack_changed",
        entity: { type: "organisation", id: organisation.id },
        before: { packId: organisation.pack_id },
        after: { packId },
      },
      deps,
    );
    return { changed: true };
  });
}
