import type { Clock } from "../clock.js";
import type { ParapetConfig } from "../config.js";
import { createDeps, type Deps } from "../create-deps.js";
import type { JobKind } from "./job-kind.js";
import { defaultSchedules } from "./job-kinds.js";
import { JobWorker, type WorkerSettings } from "./job-worker.js";

export interface WorkerProcess {
  worker: JobWorker;
  deps: Deps;
  /** Stops claiming, lets running jobs finish or gives them back, then closes the database. */
  stop(): Promise<void>;
}

/**
 * What `parapet worker` runs: the process's dependencies (migrated, secrets
 * checked), one worker with Parapet's schedules, until stopped. On PostgreSQL
 * run as many as the work needs, on as many machines; they share the jobs table
 * and never run one job twice at once.
 */
export async function startWorkerProcess(
  config: ParapetConfig,
  options: {
    say: (line: string) => void;
    settings?: Partial<WorkerSettings>;
    jobKinds?: readonly JobKind[];
    clock?: Clock;
  },
): Promise<WorkerProcess> {
  const deps = await createDeps(config, {
    prepare: true,
    say: options.say,
    ...(options.jobKinds ? { jobKinds: options.jobKinds } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const worker = new JobWorker(deps, { ...config.worker, ...options.settings }, defaultSchedules());
  worker.start();
  let stopping: Promise<void> | undefined;
  return {
    worker,
    deps,
    stop() {
      stopping ??= worker.stop().finally(() => deps.close());
      return stopping;
    },
  };
}
