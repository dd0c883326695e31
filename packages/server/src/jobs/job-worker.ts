import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Deps } from "../create-deps.js";
import { retryDelayMs } from "./backoff.js";
import { DEFAULT_JOB_TIMEOUT_MS, type JobKind, PermanentJobError, RetryLaterError } from "./job-kind.js";
import {
  claimDueJobGroups,
  type Held,
  type JobRow,
  markFailed,
  markSucceeded,
  markSucceededMany,
  releaseJob,
  renewLease,
} from "./jobs.repository.js";
import type { RecurringSchedule } from "./schedules.js";

export interface WorkerSettings {
  /** Jobs run at once by this worker. */
  concurrency: number;
  /** How often an idle worker looks for due jobs. */
  pollMs: number;
  /**
   * How long a claim holds a job without renewal. The worker renews it every
   * third of this while the job runs; a worker killed mid-job (kill -9) leaves
   * its job to be taken over this long after its last renewal.
   */
  leaseMs: number;
  /** On stop, how long running jobs get to finish before they are given back. */
  stopGraceMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = {
  concurrency: 4,
  pollMs: 500,
  leaseMs: 30_000,
  stopGraceMs: 10_000,
};

/** Errors are stored for administrators to read; keep them to a readable size. */
const MAX_ERROR_LENGTH = 1000;
/** After aborting a handler, how long it gets to notice before its job is given back anyway. */
const ABORT_GRACE_MS = 2000;
const MAX_POLL_BACKOFF_MS = 30_000;

interface Running {
  held: readonly Held[];
  controller: AbortController;
  done: Promise<void>;
}

class StopRequested extends Error {
  constructor() {
    super("the worker is stopping");
  }
}
class LeaseLost extends Error {
  constructor() {
    super("another worker took the job over (this worker's lease expired)");
  }
}

/**
 * Claims due jobs and runs them, a few at a time, until stopped. Each claim is
 * one short statement and each outcome another: no transaction is held while a
 * handler runs, so a network call never holds the database (PGlite has one
 * session). Run as `parapet worker`, or in-process by `parapet serve` on PGlite.
 */
export class JobWorker {
  readonly id: string;
  readonly #deps: Deps;
  readonly #settings: WorkerSettings;
  readonly #schedules: readonly RecurringSchedule[];
  /** Kinds claimed and run in batches (JobKind.batch). */
  readonly #batchKinds: readonly JobKind[];
  readonly #running = new Map<string, Running>();
  /** Batch kinds with a batch running in this worker: one at a time each (see runOnce). */
  readonly #batchesRunning = new Set<string>();
  #stopping = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #unlisten: Promise<() => Promise<void>> | undefined;

  constructor(
    deps: Deps,
    settings: Partial<WorkerSettings> = {},
    schedules: readonly RecurringSchedule[] = [],
  ) {
    this.#deps = deps;
    this.#settings = { ...DEFAULT_WORKER_SETTINGS, ...settings };
    this.#schedules = schedules;
    this.#batchKinds = deps.jobs.registry.kinds().filter((kind) => kind.batch);
    this.id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  start(): void {
    if (this.#loop) return;
    this.#loop = this.#run();
    // A job enqueued anywhere (this process or another) wakes an idle worker at once: the
    // database announces new jobs when their transaction commits (migration 0009). The poll
    // stays, for a lost announcement and for jobs whose run_at comes later.
    this.#unlisten = this.#deps.database
      .listen(
        (payload) => {
          if (isJobAnnouncement(payload)) this.#wake?.();
        },
        // Jobs enqueued while the connection was down were not announced: look at once.
        { onReconnect: () => this.#wake?.() },
      )
      .catch((error: unknown) => {
        this.#deps.log.warn({ err: error }, "the job worker cannot hear new jobs; it polls instead");
        return async () => undefined;
      });
  }

  /**
   * Stops claiming, lets running jobs finish for the grace period, then aborts
   * and gives back those still running (they run again at once elsewhere, or at
   * the next start). Resolves when no handler of this worker is left running.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#loop;
    const unlisten = this.#unlisten;
    this.#unlisten = undefined;
    if (unlisten) await (await unlisten)().catch(() => undefined);
    const all = () => Promise.all([...this.#running.values()].map((r) => r.done));
    if (await settledWithin(all(), this.#settings.stopGraceMs)) return;
    for (const running of this.#running.values()) running.controller.abort(new StopRequested());
    // Handlers honour their signal (network calls made with it end at once); one that
    // does not is given back regardless, so that stopping never hangs on it.
    if (await settledWithin(all(), ABORT_GRACE_MS)) return;
    const now = this.#deps.clock.now();
    for (const running of this.#running.values())
      for (const held of running.held) {
        await releaseJob(this.#deps.db, held, now).catch(() => false);
        this.#deps.log.warn({ job: held.id }, "job given back while its handler was still running");
      }
  }

  /**
   * One pass: enqueues what the schedules owe, claims as many due jobs as there
   * are free slots and starts them. Returns the jobs started (tests drive the
   * worker with this and a test clock instead of start()).
   */
  async runOnce(): Promise<JobRow[]> {
    for (const schedule of this.#schedules) await schedule.tick(this.#deps);
    const free = this.#settings.concurrency - this.#running.size;
    if (free <= 0 || this.#stopping) return [];
    const now = this.#deps.clock.now();
    const leaseUntil = new Date(now.getTime() + this.#settings.leaseMs);
    const claimed: JobRow[] = [];
    // A batch kind's due jobs are claimed together, up to its batch size, and take one slot. A
    // worker runs one batch of a kind at a time: what arrives meanwhile waits for the next claim,
    // so a burst makes fuller batches rather than more of them. Each batch is one transaction
    // that appends to the organisation's audit chain once, so fewer batches are fewer turns at
    // the chain head every writer of the organisation takes (docs/benchmarks.md, 4 December); and
    // no other batch's CPU work runs in this process while the head is held until commit.
    // One statement claims the batches and the single jobs (claimDueJobGroups): a batch kind
    // already running here is asked for none.
    const groups = await claimDueJobGroups(this.#deps.db, {
      now,
      leaseUntil,
      workerId: this.id,
      free,
      batches: this.#batchKinds.map((kind) => ({
        kinds: [kind.kind],
        size: this.#batchesRunning.has(kind.kind) ? 0 : (kind.batch?.size ?? 0),
      })),
      single: { exceptKinds: this.#batchKinds.map((kind) => kind.kind), limit: free },
    });
    this.#batchKinds.forEach((kind, i) => {
      const batch = groups[i] ?? [];
      if (batch.length === 0) return;
      this.#startBatch(kind, batch);
      claimed.push(...batch);
    });
    const single = groups[this.#batchKinds.length] ?? [];
    for (const job of single) this.#start(job);
    claimed.push(...single);
    return claimed;
  }

  /** Resolves when every job started so far has finished (tests). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running.values()].map((r) => r.done));
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stopping) {
      let claimed: JobRow[] = [];
      try {
        claimed = await this.runOnce();
        failures = 0;
      } catch (error) {
        if (this.#stopping) break;
        failures += 1;
        this.#deps.log.warn({ err: error }, "the job worker could not reach the database; it will try again");
      }
      // A full batch suggests more are due: look again at once, or when a slot frees.
      const full = claimed.length > 0 && this.#running.size >= this.#settings.concurrency;
      if (claimed.length > 0 && !full) continue;
      // While the database is unreachable, look less and less often (up to every 30 s).
      const wait = Math.min(MAX_POLL_BACKOFF_MS, this.#settings.pollMs * 2 ** Math.min(failures, 10));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }

  #start(job: JobRow): void {
    const held = { id: job.id, lockToken: job.lock_token ?? "" };
    const controller = new AbortController();
    const running: Running = { held: [held], controller, done: Promise.resolve() };
    // This worker lost the job's lease (its event loop or the database stalled) and has
    // now claimed it again: the old attempt is aborted, and the new one waits for it.
    const previous = this.#running.get(job.id);
    previous?.controller.abort(new LeaseLost());
    running.done = (previous?.done ?? Promise.resolve())
      .then(() => this.#execute(job, held, controller))
      .finally(() => {
        if (this.#running.get(job.id) === running) this.#running.delete(job.id);
        this.#wake?.();
      });
    this.#running.set(job.id, running);
  }

  #startBatch(kind: JobKind, jobs: readonly JobRow[]): void {
    const held = jobs.map((job) => ({ id: job.id, lockToken: job.lock_token ?? "" }));
    const controller = new AbortController();
    const key = `batch:${jobs[0]?.id}`;
    const running: Running = { held, controller, done: Promise.resolve() };
    this.#batchesRunning.add(kind.kind);
    running.done = this.#executeBatch(kind, jobs, held, controller).finally(() => {
      if (this.#running.get(key) === running) this.#running.delete(key);
      this.#batchesRunning.delete(kind.kind);
      this.#wake?.();
    });
    this.#running.set(key, running);
  }

  /**
   * Runs a batch of one kind in one call: leases renewed together, successes marked with one
   * statement, each failure recorded on its own job (retried or dead-lettered as a single
   * job's would be).
   */
  async #executeBatch(
    kind: JobKind,
    jobs: readonly JobRow[],
    held: readonly Held[],
    controller: AbortController,
  ): Promise<void> {
    const { db, clock, log } = this.#deps;
    const batch = kind.batch;
    const started = performance.now();
    let renewedAt = performance.now();
    const lost = new Set<string>();
    const renew = setInterval(() => {
      if (performance.now() - renewedAt > this.#settings.leaseMs) controller.abort(new LeaseLost());
      const sentAt = performance.now();
      const until = new Date(clock.now().getTime() + this.#settings.leaseMs);
      Promise.all(
        held
          .filter((h) => !lost.has(h.id))
          .map((h) => renewLease(db, h, until).then((ok) => ok || lost.add(h.id))),
      ).then(
        () => {
          renewedAt = sentAt;
          if (lost.size === held.length) controller.abort(new LeaseLost());
        },
        (error: unknown) => log.warn({ err: error, kind: kind.kind }, "could not renew a batch's leases"),
      );
    }, this.#settings.leaseMs / 3);
    const timeout = setTimeout(
      () => controller.abort(new Error("the job took longer than its time limit")),
      kind.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS,
    );
    const outcomes: unknown[] = jobs.map(() => undefined);
    const valid: { index: number; job: JobRow; payload: unknown }[] = [];
    jobs.forEach((job, index) => {
      const parsed = kind.payload.safeParse(job.payload);
      if (parsed.success) valid.push({ index, job, payload: parsed.data });
      else
        outcomes[index] = new PermanentJobError(
          `The job's details are not valid: ${parsed.error.issues[0]?.message}`,
        );
    });
    try {
      if (!batch) throw new Error(`jobs of kind ${kind.kind} do not run in batches`);
      const results = await batch.run({
        deps: this.#deps,
        jobs: valid.map(({ job, payload }) => ({
          id: job.id,
          payload,
          idempotencyKey: `${job.kind}:${job.idempotency_key}`,
          attempt: job.attempts,
          organisationId: job.organisation_id,
        })),
        signal: controller.signal,
      });
      valid.forEach(({ index }, i) => {
        outcomes[index] = results[i];
      });
    } catch (error) {
      for (const { index } of valid) outcomes[index] = error;
    } finally {
      clearInterval(renew);
      clearTimeout(timeout);
    }
    const reason: unknown = controller.signal.reason;
    const fields = { kind: kind.kind, jobs: jobs.length, ms: elapsed(started) };
    try {
      if (reason instanceof LeaseLost) {
        log.warn(fields, "a batch lost its leases; other workers have its jobs now");
        return;
      }
      const succeeded = held.filter((_, i) => outcomes[i] === undefined);
      const marked = await markSucceededMany(db, succeeded, clock.now());
      if (marked.size < succeeded.length)
        log.warn(fields, "some jobs of a batch finished after this worker had lost them; they may run again");
      log.info({ ...fields, succeeded: marked.size }, "batch of jobs finished");
      for (let i = 0; i < jobs.length; i += 1) {
        const job = jobs[i];
        const h = held[i];
        if (outcomes[i] === undefined || !job || !h) continue;
        const jobFields = { job: job.id, kind: job.kind, attempt: job.attempts, ms: fields.ms };
        if (reason instanceof StopRequested) {
          await releaseJob(db, h, clock.now());
          continue;
        }
        await this.#recordFailure(job, h, kind, outcomes[i], jobFields);
      }
    } catch (error) {
      log.warn({ ...fields, err: error }, "could not record a batch's outcome; its jobs will run again");
    }
  }

  async #execute(job: JobRow, held: Held, controller: AbortController): Promise<void> {
    const { db, clock, log } = this.#deps;
    const kind = this.#deps.jobs.registry.get(job.kind);
    const started = performance.now();
    let renewedAt = performance.now();
    const renew = setInterval(() => {
      // Not renewed for a whole lease (a stalled event loop, an unreachable database):
      // another worker may have the job by now, so stop before acting twice.
      if (performance.now() - renewedAt > this.#settings.leaseMs) controller.abort(new LeaseLost());
      const sentAt = performance.now();
      const until = new Date(clock.now().getTime() + this.#settings.leaseMs);
      renewLease(db, held, until).then(
        (ok) => {
          if (ok) renewedAt = sentAt;
          else controller.abort(new LeaseLost());
        },
        (error: unknown) => log.warn({ err: error, job: job.id }, "could not renew a job's lease"),
      );
    }, this.#settings.leaseMs / 3);
    const timeout = setTimeout(
      () => controller.abort(new Error("the job took longer than its time limit")),
      kind?.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS,
    );
    let failure: unknown;
    try {
      await runHandler(kind, job, this.#deps, controller.signal);
    } catch (error) {
      failure = error;
    } finally {
      clearInterval(renew);
      clearTimeout(timeout);
    }
    const reason: unknown = controller.signal.reason;
    const fields = { job: job.id, kind: job.kind, attempt: job.attempts, ms: elapsed(started) };
    try {
      if (failure === undefined) {
        // Fenced by the lock token: false when the job was given back or taken over meanwhile.
        if (await markSucceeded(db, held, clock.now())) log.info(fields, "job succeeded");
        else log.warn(fields, "job finished after this worker had lost it; it may run again");
      } else if (reason instanceof LeaseLost) {
        log.warn(fields, "job lost its lease; another worker has it now");
      } else if (reason instanceof StopRequested) {
        if (await releaseJob(db, held, clock.now()))
          log.info(fields, "job given back unfinished: the worker is stopping");
      } else {
        await this.#recordFailure(job, held, kind, reason ?? failure, fields);
      }
    } catch (error) {
      // The database went away: the lease will expire and the job will run again.
      log.warn({ ...fields, err: error }, "could not record a job's outcome; it will run again");
    }
  }

  async #recordFailure(
    job: JobRow,
    held: Held,
    kind: JobKind | undefined,
    error: unknown,
    fields: Record<string, unknown>,
  ): Promise<void> {
    const { db, clock, log, random } = this.#deps;
    const now = clock.now();
    const policy = kind ? this.#deps.jobs.registry.retryPolicy(kind) : undefined;
    const dead = error instanceof PermanentJobError || job.attempts >= job.max_attempts;
    const delay =
      error instanceof RetryLaterError
        ? Math.max(0, error.delayMs)
        : retryDelayMs(policy ?? DEFAULT_UNKNOWN_RETRY, job.attempts, random);
    const message = describeError(error);
    await markFailed(db, held, { dead, runAt: new Date(now.getTime() + delay), error: message, now });
    const outcome = dead ? "job failed and was dead-lettered" : "job failed; it will be retried";
    log.warn({ ...fields, error: message, ...(dead ? {} : { retryInMs: delay }) }, outcome);
  }
}

const DEFAULT_UNKNOWN_RETRY = { maxAttempts: 10, baseDelayMs: 60_000, maxDelayMs: 60 * 60 * 1000 };

async function runHandler(kind: JobKind | undefined, job: JobRow, deps: Deps, signal: AbortSignal) {
  if (!kind)
    throw new Error(
      `This version of Parapet has no handler for jobs of kind "${job.kind}": upgrade it, or the job will fail.`,
    );
  const parsed = kind.payload.safeParse(job.payload);
  if (!parsed.success)
    throw new PermanentJobError(`The job's details are not valid: ${parsed.error.issues[0]?.message}`);
  // Awaited to the end even after an abort: while the handler runs its lease is
  // renewed, so no other worker can start the same job alongside it.
  await kind.run({
    deps,
    payload: parsed.data,
    idempotencyKey: `${job.kind}:${job.idempotency_key}`,
    attempt: job.attempts,
    organisationId: job.organisation_id,
    signal,
  });
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const oneLine = text.replace(/\s+/g, " ").trim() || "The job failed without saying why.";
  return oneLine.length > MAX_ERROR_LENGTH ? `${oneLine.slice(0, MAX_ERROR_LENGTH - 1)}…` : oneLine;
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function isJobAnnouncement(payload: string): boolean {
  try {
    return (JSON.parse(payload) as { type?: unknown }).type === "job";
  } catch {
    return false;
  }
}
