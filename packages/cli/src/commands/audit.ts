import type { Command } from "commander";
import type { RemoteOptions } from "../remote.js";
import { withRemote } from "./server.js";

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("the audit trail");
  withRemote(audit.command("verify"))
    .description(
      "recompute the audit trail's hash chain: exit 0 if intact, 1 naming the first broken row ($DATABASE_URL, or PGlite in $PARAPET_DATA_DIR or ./data)",
    )
    .option("--json", "print the result as JSON")
    // The database code loads only when this runs (dynamic import), not for every command.
    .action(async (options: { json?: boolean } & RemoteOptions) =>
      (await import("./audit-verify.js")).verifyAudit(options),
    );
}
