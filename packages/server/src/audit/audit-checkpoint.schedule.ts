import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { readChainHeads } from "./audit.repository.js";
import type { AuditDeps } from "./audit.service.js";

/** Writes a checkpoint line for every chain head that moved since the last one. */
export async function writeAuditCheckpoints(deps: AuditDeps & { db: Kysely<DB> }): Promise<number> {
  return deps.auditTrail.checkpoints.record(await readChainHeads(deps.db), deps.clock.now());
}

/**
 * Checkpoints now, then every `auditTrail.checkpointEveryMs` (60 s unless
 * PARAPET_AUDIT_CHECKPOINT_SECONDS says otherwise), and once more on stop. Rows written
 * since the last checkpoint are protected by the key only: removing them from the end
 * is seen only once a checkpoint has recorded them (docs/people-and-security.md).
 */
export function scheduleAuditCheckpoints(
  deps: AuditDeps & { db: Kysely<DB> },
  log: FastifyBaseLogger,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(() =>
      writeAuditCheckpoints(deps).then(
        (written) => {
          if (written > 0)
            log.info({ checkpoints: written, file: deps.auditTrail.checkpoints.path }, "audit checkpoint");
        },
        (error: unknown) => log.warn({ err: error }, "audit checkpoint failed; it will try again"),
      ),
    );
    return running;
  };
  run();
  const timer = setInterval(run, deps.auditTrail.checkpointEveryMs).unref();
  return () => {
    clearInterval(timer);
    return run();
  };
}
