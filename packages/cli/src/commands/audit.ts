import type { Command } from "commander";
import type { RemoteOptions } from "../remote.js";
import { withRemote } from "./server.js";

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("the audit trail");
  withRemote(audit.command("verify"))
    .description(
      "recompute every organisation's keyed audit chain and hold it against the checkpoint file: exit 0 if intact, 1 naming each chain's first bad row or missing rows ($PARAPET_AUDIT_KEY, $DATABASE_URL, or PGlite and its key in $PARAPET_DATA_DIR or ./data; with --url, the server checks the token's organisation)",
    )
    .option("--json", "print the result as JSON")
    .option(
      "--checkpoints <file>",
      "the checkpoint file (default $PARAPET_AUDIT_CHECKPOINTS, or audit-checkpoints.jsonl in the data directory)",
    )
    // The database code loads only when this runs (dynamic import), not for every command.
    .action(async (options: { json?: boolean; checkpoints?: string } & RemoteOptions) =>
      (await import("./audit-verify.js")).verifyAudit(options),
    );
  audit
    .command("checkpoint")
    .description(
      "append a checkpoint of every chain's head to the checkpoint file now (the server does it every minute; on PGlite, stop the server first)",
    )
    .option("--checkpoints <file>", "the checkpoint file (default as for verify)")
    .action(async (options: { checkpoints?: string }) =>
      (await import("./audit-verify.js")).checkpointAudit(options),
    );
}
