import { databaseFromEnv, migrate, openDatabase } from "@parapet/server";
import { verifyAuditChain } from "@parapet/server/audit/verify-audit-chain.js";
import type { Command } from "commander";
import { EXIT } from "../exit.js";

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("the audit trail");
  audit
    .command("verify")
    .description(
      "recompute the audit trail's hash chain: exit 0 if intact, 1 naming the first broken row ($DATABASE_URL, or PGlite in $PARAPET_DATA_DIR or ./data)",
    )
    .option("--json", "print the result as JSON")
    .action(async (options: { json?: boolean }) => {
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
    });
}
