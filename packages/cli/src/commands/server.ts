import {
  databaseFromEnv,
  migrate,
  openDatabase,
  seedDemo,
  serverConfigFromEnv,
  signInHelp,
  startServer,
} from "@parapet/server";
import { type Command, InvalidArgumentError } from "commander";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return port;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function serve(options: { port?: number; host?: string }, withDemo: boolean): Promise<void> {
  const config = serverConfigFromEnv(process.env, options);
  const server = await startServer({ config, seedDemo: withDemo, say });
  for (const line of withDemo ? signInHelp(server.url) : [`Parapet is running at ${server.url}`]) say(line);
  await new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) process.exit(130);
      say(`Received ${signal}: stopping (closing the database cleanly)…`);
      server.stop().then(resolve, (error: unknown) => {
        say(`Error while stopping: ${(error as Error).message}`);
        process.exitCode = 1;
        resolve();
      });
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

export function registerServerCommands(program: Command): void {
  program
    .command("serve")
    .description("run the API and web UI (migrates the database first)")
    .option("--port <port>", "port to listen on (default 8080, or $PORT)", parsePort)
    .option("--host <host>", "address to listen on (default 127.0.0.1, or $HOST)")
    .action((options: { port?: number; host?: string }) => serve(options, false));

  program
    .command("start")
    .description("what `npm start` runs: serve, with the demo organisation created on first run")
    .option("--port <port>", "port to listen on (default 8080, or $PORT)", parsePort)
    .option("--host <host>", "address to listen on (default 127.0.0.1, or $HOST)")
    .action((options: { port?: number; host?: string }) => serve(options, true));

  program
    .command("migrate")
    .description(
      "apply database migrations and exit ($DATABASE_URL, or PGlite in $PARAPET_DATA_DIR or ./data)",
    )
    .action(async () => {
      const database = await openDatabase(databaseFromEnv(process.env));
      try {
        const applied = await migrate(database);
        say(
          applied.length === 0
            ? `${database.description} is up to date.`
            : `Applied ${applied.map((m) => `${m.version}_${m.name}`).join(", ")}.`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command("seed-demo")
    .description("create the demo organisation and users if they do not exist")
    .action(async () => {
      const database = await openDatabase(databaseFromEnv(process.env));
      try {
        await migrate(database);
        const { created } = await seedDemo(database.db);
        say(
          created
            ? "Created the demo organisation, Fenmoor Community Health NHS Trust."
            : "The demo organisation exists already.",
        );
      } finally {
        await database.close();
      }
    });
}
