// What `serve`, `start`, `worker`, `migrate` and `seed-demo` do; loaded only when one of them runs (see server.ts).
import {
  createDeps,
  migrate,
  parapetConfigFromEnv,
  seedDemo,
  seedDemoContent,
  serverConfigFromEnv,
  signInHelp,
  startServer,
} from "@parapet/server";
import { startWorkerProcess } from "@parapet/server/jobs/start-worker.js";
import { askServer, type RemoteOptions } from "../remote.js";

const say = (line: string) => process.stderr.write(`${line}\n`);

export async function serve(options: { port?: number; host?: string }, withDemo: boolean): Promise<void> {
  const config = serverConfigFromEnv(process.env, options);
  const server = await startServer({ config, seedDemo: withDemo, say });
  for (const line of withDemo ? signInHelp(server.url) : [`Parapet is running at ${server.url}`]) say(line);
  await untilSignalled(() => server.stop(), "closing the database cleanly");
}

export async function runWorker(options: { concurrency?: number }): Promise<void> {
  const config = parapetConfigFromEnv(process.env);
  const running = await startWorkerProcess(config, {
    say,
    ...(options.concurrency ? { settings: { concurrency: options.concurrency } } : {}),
  });
  say(`Parapet worker running jobs from ${running.deps.database.description}. Press Ctrl-C to stop.`);
  await untilSignalled(() => running.stop(), "running jobs finish or are given back");
}

/** Resolves once a first SIGINT or SIGTERM has stopped cleanly; a second one exits at once. */
function untilSignalled(stop: () => Promise<void>, how: string): Promise<void> {
  return new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) process.exit(130);
      say(`Received ${signal}: stopping (${how})…`);
      stop().then(resolve, (error: unknown) => {
        say(`Error while stopping: ${(error as Error).message}`);
        process.exitCode = 1;
        resolve();
      });
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

interface DatabaseReport {
  upToDate: boolean;
  migrationsApplied: number;
  latestMigration: string | null;
  pendingMigrations: string[];
}

export async function migrateDatabase(options: RemoteOptions): Promise<void> {
  if (options.url) {
    const report = await askServer<DatabaseReport>(
      { ...options, url: options.url },
      "/api/v1/system/database",
      {
        scope: "system.read",
      },
    );
    say(
      report.upToDate
        ? `The server's database is up to date: ${report.migrationsApplied} migrations applied, the latest ${report.latestMigration} (a server migrates when it starts).`
        : `The server's database lacks ${report.pendingMigrations.join(", ")}: restart the server to apply them.`,
    );
    return;
  }
  const deps = await createDeps(parapetConfigFromEnv(process.env), { logLevel: false });
  try {
    const applied = await migrate(deps.database);
    say(
      applied.length === 0
        ? `${deps.database.description} is up to date.`
        : `Applied ${applied.map((m) => `${m.version}_${m.name}`).join(", ")}.`,
    );
  } finally {
    await deps.close();
  }
}

export async function seedDemoOrganisation(options: RemoteOptions & { content?: boolean }): Promise<void> {
  const report = (created: boolean) =>
    say(
      created
        ? "Created the demo organisation, Fenmoor Community Health NHS Trust."
        : "The demo organisation exists already.",
    );
  if (options.url) {
    const reply = await askServer<{ created: boolean }>(
      { ...options, url: options.url },
      "/api/v1/system/demo-organisation",
      { method: "POST", scope: "system.demo" },
    );
    report(reply.created);
    return;
  }
  const deps = await createDeps(parapetConfigFromEnv(process.env), { logLevel: false, prepare: true, say });
  try {
    report((await seedDemo(deps.db, deps)).created);
    // Its register, requests, training and inbox (the inbox's messages are triaged by the server's jobs).
    if (options.content !== false) await seedDemoContent(deps);
  } finally {
    await deps.close();
  }
}
