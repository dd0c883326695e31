import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import { scheduleAuditCheckpoints } from "./audit/audit-checkpoint.schedule.js";
import type { ServerConfig } from "./config.js";
import { createDeps, type Deps } from "./create-deps.js";
import { defaultSchedules } from "./jobs/job-kinds.js";
import { JobWorker } from "./jobs/job-worker.js";
import { packIdsInUse } from "./organisations/organisations.repository.js";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./organisations/seed-demo.js";
import { seedDemoContent } from "./organisations/seed-demo-content.js";
import { packDirectory } from "./packs/load-packs-from-disk.js";
import { warmUpDefaultPackInSteps, warmUpOnFirstUse, warmUpOtherPacksWhenIdle } from "./warm-up.js";
import { buildWebUi, webBuildIsStale } from "./web-ui/web-build.js";
import { releaseYoungGeneration } from "./young-generation.js";

export interface StartOptions {
  config: ServerConfig;
  seedDemo: boolean;
  /** Where human-readable progress goes (the JSON request log goes to stdout). */
  say: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  deps: Deps;
  /** The in-process job worker (always on PGlite; on PostgreSQL when PARAPET_IN_PROCESS_WORKER=true). */
  worker: JobWorker | undefined;
  url: string;
  stop(): Promise<void>;
}

/** Migrates, optionally seeds the demo trust, builds the UI if needed, listens and runs jobs. */
export async function startServer({ config, seedDemo: seed, say }: StartOptions): Promise<RunningServer> {
  if (webBuildIsStale()) await buildWebUi(say);
  const deps = await createDeps(config, { prepare: true, say });
  try {
    if (seed) {
      if ((await seedDemo(deps.db, deps)).created)
        say("Created the demo organisation, Fenmoor Community Health NHS Trust.");
      // Its register, requests, training and inbox: whatever of them is missing (idempotent). A
      // demo someone has changed (a person deactivated, say) still starts, with what it has.
      try {
        await seedDemoContent(deps);
      } catch (error) {
        say(
          `The demo organisation's content was not completed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    // Every pack file is parsed and validated before listening (an invalid pack fails the start)...
    packDirectory();
    const app = await buildApp({
      deps,
      secureCookies: config.secureCookies,
      serveWebUi: true,
      demo: seed,
      ...(config.oidc ? { oidc: config.oidc } : {}),
      ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    // ...and the default pack warmed on the first request other than a health probe, then the
    // others in use when idle (warm-up.ts).
    let lastRequestAt = performance.now();
    app.server.on("request", () => {
      lastRequestAt = performance.now();
    });
    let stopWarmingUp = () => {};
    const inUse = await packIdsInUse(deps.db);
    let stopping: Promise<void> | undefined;
    warmUpOnFirstUse(app.server, () => {
      // Held small since the start if `parapet start` asked (young-generation.ts): requests need it larger.
      releaseYoungGeneration();
      void warmUpDefaultPackInSteps(() => stopping !== undefined)
        .catch((error: unknown) => app.log.warn({ err: error }, "the default pack did not warm up"))
        .then(() => {
          if (!stopping) stopWarmingUp = warmUpOtherPacksWhenIdle(inUse, () => lastRequestAt);
        });
    });
    const worker = config.worker.inProcess
      ? new JobWorker(deps, config.worker, defaultSchedules())
      : undefined;
    worker?.start();
    if (!worker) say("Jobs are not run by this server: run `parapet worker` beside it.");
    // Checkpoints of every audit chain's head, outside the database (docs/people-and-security.md).
    const stopCheckpoints = scheduleAuditCheckpoints(deps, app.log);
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    deps.database.announceUrl(url);
    const stop = () => {
      stopWarmingUp();
      // The worker first (it finishes or gives back its jobs), then requests, a last audit checkpoint, then the database.
      stopping ??= (worker?.stop() ?? Promise.resolve())
        .then(() => app.close())
        .then(stopCheckpoints)
        .then(() => deps.close());
      return stopping;
    };
    return { app, deps, worker, url, stop };
  } catch (error) {
    await deps.close();
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
