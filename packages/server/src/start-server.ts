import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import { scheduleAuditCheckpoints } from "./audit/audit-checkpoint.schedule.js";
import { openAuditTrail } from "./audit/audit-trail.js";
import { prepareAuditTrail } from "./audit/legacy-trail.js";
import { systemClock } from "./clock.js";
import type { ServerConfig } from "./config.js";
import { type Database, openDatabase } from "./db/database.js";
import { migrate } from "./db/migrate.js";
import { DEFAULT_SESSION_SETTINGS } from "./deps.js";
import { scheduleHousekeeping } from "./housekeeping/housekeeping.schedule.js";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./organisations/seed-demo.js";
import { warmUpDefaultPack, warmUpOtherPacksWhenIdle } from "./warm-up.js";
import { buildWebUi, webBuildIsStale } from "./web-ui/web-build.js";

export interface StartOptions {
  config: ServerConfig;
  seedDemo: boolean;
  /** Where human-readable progress goes (the JSON request log goes to stdout). */
  say: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Migrates, optionally seeds the demo trust, builds the UI if needed, and listens. */
export async function startServer({ config, seedDemo: seed, say }: StartOptions): Promise<RunningServer> {
  if (webBuildIsStale()) await buildWebUi(say);
  const auditTrail = openAuditTrail(config.auditTrail, say);
  const database = await openDatabase(config.database);
  try {
    const applied = await migrate(database);
    if (applied.length > 0)
      say(`Applied ${applied.length} database migration(s) to ${database.description}.`);
    await prepareAuditTrail({ db: database.db, clock: systemClock, auditTrail }, say);
    if (seed && (await seedDemo(database.db)).created)
      say("Created the demo organisation, Fenmoor Community Health NHS Trust.");
    warmUpDefaultPack();
    const app = await buildApp({
      database,
      clock: systemClock,
      auditTrail,
      logger: { level: config.logLevel },
      secureCookies: config.secureCookies,
      serveWebUi: true,
      warmEngine: true,
      ...(config.oidc ? { oidc: config.oidc } : {}),
      ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    let lastRequestAt = performance.now();
    app.server.on("request", () => {
      lastRequestAt = performance.now();
    });
    const stopWarmingUp = warmUpOtherPacksWhenIdle(() => lastRequestAt);
    const serviceDeps = {
      db: database.db,
      clock: systemClock,
      settings: DEFAULT_SESSION_SETTINGS,
      auditTrail,
    };
    const stopHousekeeping = scheduleHousekeeping(serviceDeps, app.log);
    const stopCheckpoints = scheduleAuditCheckpoints(serviceDeps, app.log);
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopWarmingUp();
      stopping ??= stopHousekeeping()
        .then(() => app.close())
        .then(stopCheckpoints)
        .then(() => database.close());
      return stopping;
    };
    return { app, database, url, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export function signInHelp(url: string): string[] {
  return [
    `Parapet is running at ${url}`,
    `Sign in with one of the demo accounts (password: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((user) => `  ${user.email.padEnd(32)} ${user.jobTitle}`),
    "Press Ctrl-C to stop.",
  ];
}
