import { type Command, InvalidArgumentError } from "commander";

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
    .command("migrate")
    .description(
      "apply database migrations and exit ($DATABASE_URL, or PGlite in $PARAPET_DATA_DIR or ./data)",
    )
    .action(async () => (await import("./server-run.js")).migrateDatabase());

  program
    .command("seed-demo")
    .description("create the demo organisation and users if they do not exist")
    .action(async () => (await import("./server-run.js")).seedDemoOrganisation());
}
