// What `serve`, `start`, `migrate` and `seed-demo` do; loaded only when one of them runs (see server.ts).
import {
  databaseFromEnv,
  migrate,
  openDatabase,
  seedDemo,
  serverConfigFromEnv,
  signInHelp,
  startServer,
} from "@parapet/server";

const say = (line: string) => process.stderr.write(`${line}\n`);

export async function serve(options: { port?: number; host?: string }, withDemo: boolean): Promise<void> {
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

export async function migrateDatabase(): Promise<void> {
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
}

export async function seedDemoOrganisation(): Promise<void> {
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
}
