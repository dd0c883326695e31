// `parapet audit verify` and `audit checkpoint`, loaded only when they run: they need the server's database code.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@parapet/core";
import { createDeps, migrate, type ParapetConfig, parapetConfigFromEnv } from "@parapet/server";
import { writeAuditCheckpoints } from "@parapet/server/audit/audit-checkpoint.schedule.js";
import { AUDIT_KEY_FILE } from "@parapet/server/audit/audit-key.js";
import { prepareAuditTrail } from "@parapet/server/audit/legacy-trail.js";
import { type ChainReport, verifyAuditTrail } from "@parapet/server/audit/verify-audit-chain.js";
import { EXIT } from "../exit.js";
import { askServer, type RemoteOptions } from "../remote.js";

const say = (line: string) => process.stderr.write(`${line}\n`);

/** The configuration, checked to have the trail's key: a command never makes a new key (that would be a new trail). */
function configWithAuditKey(options: { checkpoints?: string }): ParapetConfig {
  const config = parapetConfigFromEnv({
    ...process.env,
    ...(options.checkpoints ? { PARAPET_AUDIT_CHECKPOINTS: options.checkpoints } : {}),
  });
  const { key, production, dataDir } = config.auditTrail;
  if (!key && production)
    throw new AppError(
      "validation",
      "PARAPET_AUDIT_KEY must be set in production (DATABASE_URL or NODE_ENV=production is set): it is the key the audit trail was written with",
    );
  if (!key && dataDir && !existsSync(join(dataDir, AUDIT_KEY_FILE)))
    throw new AppError(
      "validation",
      `No audit key: PARAPET_AUDIT_KEY is not set and ${join(dataDir, AUDIT_KEY_FILE)} does not exist (set PARAPET_DATA_DIR to the server's data directory)`,
    );
  return config;
}

async function withDeps<T>(
  options: { checkpoints?: string },
  work: (deps: Awaited<ReturnType<typeof createDeps>>) => Promise<T>,
) {
  let deps: Awaited<ReturnType<typeof createDeps>>;
  try {
    deps = await createDeps(configWithAuditKey(options), { logLevel: false });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("validation", (error as Error).message);
  }
  try {
    await migrate(deps.database);
    return await work(deps);
  } finally {
    await deps.close();
  }
}

export async function verifyAudit(
  options: { json?: boolean; checkpoints?: string } & RemoteOptions,
): Promise<void> {
  if (options.url) return verifyRemotely({ ...options, url: options.url });
  await withDeps(options, async (deps) => {
    const started = performance.now();
    const report = await verifyAuditTrail(deps.db, deps.auditTrail);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      const names = new Map(
        (await deps.db.selectFrom("organisations").select(["id", "name"]).execute()).map((o) => [
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
  });
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

/** The running server checks the token's organisation's chain against its checkpoints. */
async function verifyRemotely(options: { json?: boolean } & RemoteOptions & { url: string }): Promise<void> {
  const result = await askServer<{
    ok: boolean;
    rows: number;
    brokenAt: number | null;
    reason: string | null;
  }>(options, "/api/v1/audit/verify", { scope: "audit.read" });
  if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (result.ok)
    process.stdout.write(
      `Audit trail intact: ${result.rows} rows of the token's organisation verified by the server at ${options.url}.\n`,
    );
  else
    process.stdout.write(
      `Audit trail BROKEN${result.brokenAt !== null ? ` at entry ${result.brokenAt}` : ""}: ${result.reason}. ${result.rows} rows before it verified.\n`,
    );
  process.exitCode = result.ok ? EXIT.ok : EXIT.judged;
}

/** Writes a checkpoint of every chain's head now (for cron, or before a backup is taken). */
export async function checkpointAudit(options: { checkpoints?: string }): Promise<void> {
  await withDeps(options, async (deps) => {
    await prepareAuditTrail(deps, say);
    const written = await writeAuditCheckpoints(deps);
    say(`Wrote ${written} checkpoint(s) to ${deps.auditTrail.checkpoints.path}.`);
  });
}
