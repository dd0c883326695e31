// `parapet audit verify`, loaded only when it runs: it needs the server's database code.
import { databaseFromEnv, migrate, openDatabase } from "@parapet/server";
import { verifyAuditChain } from "@parapet/server/audit/verify-audit-chain.js";
import { EXIT } from "../exit.js";

export async function verifyAudit(options: { json?: boolean }): Promise<void> {
  const database = await openDatabase(databaseFromEnv(process.env));
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
