import type { ServiceDeps } from "../deps.js";
import type { OrganisationActor } from "./actor.js";
import { legacyRowsOf, organisationOfRow } from "./audit.repository.js";
import type { VerifyReply } from "./audit.schema.js";
import { LEGACY_CHAIN } from "./audit-chain.js";
import { verifyAuditTrail } from "./verify-audit-chain.js";

/**
 * What the Audit trail page shows an organisation's administrator: its own chain,
 * checked against its checkpoints, and the rows it has in the legacy chain (from
 * before per-organisation chains). Counts and row numbers are the organisation's
 * own only; other organisations' chains are not read.
 */
export async function verifyOrganisationTrail(
  actor: OrganisationActor,
  deps: ServiceDeps,
): Promise<VerifyReply> {
  const organisationId = actor.organisationId;
  const legacyRows = await legacyRowsOf(deps.db, organisationId);
  const chains = legacyRows > 0 ? [LEGACY_CHAIN, organisationId] : [organisationId];
  const report = await verifyAuditTrail(deps.db, deps.auditTrail, { chains });
  const own = report.chains.find((c) => c.chain === organisationId);
  const legacy = report.chains.find((c) => c.chain === LEGACY_CHAIN);
  const broken = [legacy, own].find((c) => c?.problem);
  const anchoredAt = deps.auditTrail.checkpoints
    .read()
    .checkpoints.filter((c) => c.chain === organisationId && c.seq <= (own?.headSeq ?? 0))
    .map((c) => c.at)
    .sort()
    .at(-1);
  const rows = (own?.rows ?? 0) + (legacy && !legacy.problem ? legacyRows : 0);
  if (!broken?.problem)
    return { ok: true, rows, brokenAt: null, reason: null, anchoredAt: anchoredAt ?? null };
  const problem = broken.problem;
  const ours =
    problem.seq !== null &&
    (broken === own || (await organisationOfRow(deps.db, problem.seq)) === organisationId);
  return {
    ok: false,
    rows,
    brokenAt: ours ? problem.seq : null,
    reason:
      broken === legacy
        ? `the part of the trail written before per-organisation chains has been altered: ${problem.reason}`
        : problem.reason,
    anchoredAt: anchoredAt ?? null,
    ...(problem.missing && broken === own ? { missing: problem.missing } : {}),
  };
}
