// `parapet audit verify` and `audit checkpoint`, loaded only when they run: they need the server's database code.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@parapet/core";
import { databaseFromEnv, migrate, openDatabase } from "@parapet/server";
import { writeAuditCheckpoints } from "@parapet/server/audit/audit-checkpoint.schedule.js";
import {
  type AuditTrail,
  auditTrailSettingsFromEnv,
  openAuditTrail,
} from "@parapet/server/audit/audit-trail.js";
import { prepareAuditTrail } from "@parapet/server/audit/legacy-trail.js";
import { type ChainReport, verifyAuditTrail } from "@parapet/server/audit/verify-audit-chain.js";
import { EXIT } from "../exit.js";

const say = (line: string) => process.stderr.write(`${line}\n`);

/** The trail's key as the server finds it, but never made here: a missing key is an error, not a new trail. */
function existingAuditTrail(options: { checkpoints?: string }): AuditTrail {
  const settings = auditTrailSettingsFromEnv({
    ...process.env,
    ...(options.checkpoints ? { PARAPET_AUDIT_CHECKPOINTS: options.checkpoints } : {}),
  });
  if (!settings.key && settings.dataDir) {
    if (!existsSync(join(settings.dataDir, "audit.key")))
      throw new AppError(
        "validation",
        `No audit key: PARAPET_AUDIT_KEY is not set and ${join(settings.dataDir, "audit.key")} does not exist (set PARAPET_DATA_DIR to the server's data directory)`,
      );
  }
  try {
    return openAuditTrail(settings);
  } catch (error) {
    throw new AppError("validation", (error as Error).message);
  }
}

export async function verifyAudit(options: { json?: boolean; checkpoints?: string }): Promise<void> {
  const trail = existingAuditTrail(options);
  const database = await openDatabase(databaseFromEnv(process.env));
  try {
    await migrate(database);
    const started = performance.now();
    const report = await verifyAuditTrail(database.db, trail);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      const names = new Map(
        (await database.db.selectFrom("organisations").select(["id", "name"]).execute()).map((o) => [
          o.id,
          o.name,
        ]),
      );
      for (const chain of report.chains) process.stdout.write(`${describeChain(chain, names)}\n`);
      const file = report.checkpoints;
      process.stdout.write(
        file.exists
          ? `Checkpoints: ${file.lines} in ${file.path}${file.problems.length ? `; ${file.problems.length} line(s) NOT made with this key` : ""}.\n`
          : `Checkpoints: none yet at ${file.path} (the server writes them every minute): rows removed from the end of a chain cannot be seen without them.\n`,
      );
      for (const problem of file.problems) process.stdout.write(`  ${problem}\n`);
      process.stdout.write(
        report.ok
          ? `Audit trail intact: ${report.rows} rows in ${report.chains.length} chain(s) verified in ${seconds} s.\n`
          : `Audit trail BROKEN: ${report.chains.filter((c) => c.problem).length} chain(s) altered; ${report.rows} rows verified before the faults.\n`,
      );
    }
    process.exitCode = report.ok ? EXIT.ok : EXIT.judged;
  } finally {
    await database.close();
  }
}

function describeChain(chain: ChainReport, names: ReadonlyMap<string, string>): string {
  const name =
    chain.chain === "legacy"
      ? "Rows from before per-organisation chains (legacy, SHA-256)"
      : chain.chain === "installation"
        ? "The installation (rows of no organisation)"
        : `${names.get(chain.chain) ?? "An organisation no longer in the database"} (${chain.chain})`;
  const problem = chain.problem;
  if (!problem)
    return `${name}: intact, ${chain.rows} rows, ${chain.checkpointsMatched} checkpoint(s) matched.`;
  const where = problem.missing
    ? `rows ${problem.missing.from}${problem.missing.to !== problem.missing.from ? ` to ${problem.missing.to}` : ""} MISSING`
    : `at row ${problem.chainSeq}${problem.seq !== null ? ` (entry ${problem.seq})` : ""}`;
  return `${name}: BROKEN ${where}: ${problem.reason}. ${chain.rows} rows before it verified.`;
}

/** Writes a checkpoint of every chain's head now (for cron, or before a backup is taken). */
export async function checkpointAudit(options: { checkpoints?: string }): Promise<void> {
  const trail = existingAuditTrail(options);
  const database = await openDatabase(databaseFromEnv(process.env));
  try {
    await migrate(database);
    await prepareAuditTrail({ db: database.db, clock: { now: () => new Date() }, auditTrail: trail }, say);
    const written = await writeAuditCheckpoints({
      db: database.db,
      clock: { now: () => new Date() },
      auditTrail: trail,
    });
    say(`Wrote ${written} checkpoint(s) to ${trail.checkpoints.path}.`);
  } finally {
    await database.close();
  }
}
