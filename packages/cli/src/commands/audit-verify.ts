// `parapet audit verify`, loaded only when it runs: it needs the server's database code.
import { createDeps, migrate, parapetConfigFromEnv } from "@parapet/server";
import { verifyAuditChain } from "@parapet/server/audit/verify-audit-chain.js";
import { EXIT } from "../exit.js";
import { askServer, type RemoteOptions } from "../remote.js";

export async function verifyAudit(options: { json?: boolean } & RemoteOptions): Promise<void> {
  if (options.url) return verifyRemotely({ ...options, url: options.url });
  const { database } = await createDeps(parapetConfigFromEnv(process.env), { logLevel: false });
  try {
    await migrate(database);
    const started = performance.now();
    const result = await verifyAuditChain(database.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.ok) {
      if (!options.json)
        process.stdout.write(
          `Audit trail intact: ${result.rows} rows verified in ${seconds} s (head ${result.headHash.slice(0, 16)}…).\n`,
        );
      process.exitCode = EXIT.ok;
    } else {
      if (!options.json)
        process.stdout.write(
          `Audit trail BROKEN at row ${result.seq}: ${result.reason}. ${result.rows} rows before it verified.\n`,
        );
      process.exitCode = EXIT.judged;
    }
  } finally {
    await database.close();
  }
}

/** The running server recomputes the chain over its own, current database. */
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
      `Audit trail intact: ${result.rows} rows verified by the server at ${options.url}.\n`,
    );
  else
    process.stdout.write(
      `Audit trail BROKEN at row ${result.brokenAt}: ${result.reason}. ${result.rows} rows before it verified.\n`,
    );
  process.exitCode = result.ok ? EXIT.ok : EXIT.judged;
}
