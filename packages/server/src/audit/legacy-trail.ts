import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { findLegacySeal, LEGACY_SEAL_ACTION, lockChainHead, readChainHeads } from "./audit.repository.js";
import { type AuditDeps, recordAudit } from "./audit.service.js";
import { INSTALLATION_CHAIN, LEGACY_CHAIN } from "./audit-chain.js";
import { verifyAuditTrail } from "./verify-audit-chain.js";

/**
 * An installation upgraded from before per-organisation chains has its old rows in the
 * legacy chain (SHA-256, no key). On the first start with a key, this verifies that
 * chain by its old rule and records where it ends (rows, last hash, and whether it
 * verified) in a keyed row of the installation chain, which checkpoints then anchor:
 * after this, a changed, added or removed legacy row is seen. What happened to the
 * legacy rows before the seal is known only as far as the old chain could show, and
 * the seal says so when it did not verify. Runs once; later calls find the seal.
 */
export async function sealLegacyTrail(
  deps: AuditDeps & { db: Kysely<DB> },
): Promise<{ sealed: boolean; rows: number; intact: boolean }> {
  const [head] = await readChainHeads(deps.db, LEGACY_CHAIN);
  if (!head || head.seq === 0 || (await findLegacySeal(deps.db)))
    return { sealed: false, rows: 0, intact: true };
  const report = await verifyAuditTrail(deps.db, deps.auditTrail, { chains: [LEGACY_CHAIN] });
  const legacy = report.chains[0];
  const problem = legacy?.problem;
  const sealed = await deps.db.transaction().execute(async (trx) => {
    await lockChainHead(trx, INSTALLATION_CHAIN);
    if (await findLegacySeal(trx)) return false;
    await recordAudit(
      trx,
      {
        actor: { kind: "system", id: null, organisationId: null, roles: [] },
        organisationId: null,
        action: LEGACY_SEAL_ACTION,
        entity: { type: "audit_chain", id: LEGACY_CHAIN },
        after: {
          // The head as found: the seal vouches for these rows from now on, not for their past.
          headSeq: head.seq,
          headHash: head.hash,
          rows: legacy?.rows ?? 0,
          verified: !problem,
          ...(problem ? { brokenAt: problem.chainSeq, reason: problem.reason } : {}),
          keyId: deps.auditTrail.key.id,
        },
      },
      deps,
    );
    return true;
  });
  if (sealed) await deps.auditTrail.checkpoints.record(await readChainHeads(deps.db), deps.clock.now());
  return { sealed, rows: legacy?.rows ?? 0, intact: !problem };
}

/** At start, after migrating: seal the legacy chain if there is one and say so. */
export async function prepareAuditTrail(
  deps: AuditDeps & { db: Kysely<DB> },
  say: (line: string) => void,
): Promise<void> {
  const result = await sealLegacyTrail(deps);
  if (result.sealed)
    say(
      result.intact
        ? `Sealed the ${result.rows} audit rows written before per-organisation chains: they verified, and are now anchored to the keyed trail.`
        : `Sealed the audit rows written before per-organisation chains, but they did NOT verify (${result.rows} rows before the first fault): \`parapet audit verify\` will keep reporting it.`,
    );
}
