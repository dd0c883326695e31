import { type Command, InvalidArgumentError } from "commander";
import type { RemoteOptions } from "../remote.js";

// The server, its database drivers and Fastify load only when one of these commands
// runs (dynamic import): `parapet check` and `triage` start faster and smaller without them.

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return port;
}

export function registerServerCommands(program: Command): void {
  program
    .command("serve")
    .description("run the API and web UI (migrates the database first)")
    .option("--port <port>", "port to listen on (default 8080, or $PORT)", parsePort)
    .option("--host <host>", "address to listen on (default 127.0.0.1, or $HOST)")
    .action(async (options: { port?: number; host?: string }) =>
      (await import("./server-run.js")).serve(options, false),
    );

  program
    .command("start")
    .description("what `npm start` runs: serve, with the demo organisation created on first run")
    .option("--port <port>", "port to listen on (default 8080, or $PORT)", parsePort)
    .option("--host <host>", "address to listen on (default 127.0.0.1, or $HOST)")
    .action(async (options: { port?: number; host?: string }) =>
      (await import("./server-run.js")).serve(options, true),
    );

  program
    .command("worker")
    .description(
      "run background jobs (e-mail, platform calls, housekeeping) until stopped; on PostgreSQL run as many as you like — `serve` on PGlite runs its own",
    )
    .option("--concurrency <n>", "jobs run at once (default 4, or $PARAPET_WORKER_CONCURRENCY)", parseCount)
    .action(async (options: { concurrency?: number }) =>
      (await import("./server-run.js")).runWorker(options),
    );

  withRemote(
    program
      .command("migrate")
      .description(
        "apply database migrations and exit ($DATABASE_URL, or PGlite in $PARAPET_DATA_DIR or ./data); with --url, ask a running server whether its database is up to date",
      ),
  ).action(async (options: RemoteOptions) => (await import("./server-run.js")).migrateDatabase(options));

  withRemote(
    program
      .command("seed-demo")
      .description(
        "create the demo organisation, its users and its register, requests, training and inbox where missing (with --url, on a running demo server)",
      )
      .option(
        "--no-content",
        "only the organisation and its users (the register, requests and inbox left empty)",
      ),
  ).action(async (options: RemoteOptions & { content?: boolean }) =>
    (await import("./server-run.js")).seedDemoOrganisation(options),
  );
}

/** `--url` and `--token`: ask a running server instead of opening its database (which it holds). */
export function withRemote(command: Command): Command {
  return command
    .option("--url <url>", "ask the Parapet server running at this address instead of opening the database")
    .option(
      "--token <token>",
      "API token for --url (better: set $PARAPET_API_TOKEN, which `ps` does not show)",
    );
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("a whole number from 1 to 64");
  return n;
}
