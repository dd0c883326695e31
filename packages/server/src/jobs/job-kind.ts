import type { z } from "zod";
import type { Deps } from "../create-deps.js";

/**
 * What a job's handler receives. `idempotencyKey` is the job's own key, stable
 * across every attempt: pass it to any outside system (an `Idempotency-Key`
 * header, an e-mail's Message-ID) so that a job run twice — after a crash, or
 * when a lease expired — has its effect once. `signal` aborts when the job times
 * out, its lease is lost or the worker stops: pass it to every network call.
 */
export interface JobContext<Payload> {
  deps: Deps;
  payload: Payload;
  idempotencyKey: string;
  /** 1 on the first attempt. */
  attempt: number;
  organisationId: string | null;
  signal: AbortSignal;
}

/** One job of a batch (JobKind.batch): what JobContext gives a single job, less the shared parts. */
export interface BatchJob<Payload> {
  id: string;
  payload: Payload;
  idempotencyKey: string;
  attempt: number;
  organisationId: string | null;
}

export interface BatchContext<Payload> {
  deps: Deps;
  jobs: readonly BatchJob<Payload>[];
  signal: AbortSignal;
}

export interface RetryPolicy {
  /** Attempts before the job is dead-lettered. */
  maxAttempts: number;
  /** Delay after the first failure; it doubles after each one. */
  baseDelayMs: number;
  /** The longest delay between two attempts. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 10,
  baseDelayMs: 15_000,
  maxDelayMs: 60 * 60 * 1000,
};

export interface JobKind<Schema extends z.ZodType = z.ZodType> {
  /** The stored code, e.g. `mail.send`; never shown to people. */
  kind: string;
  /** What an administrator reads on the jobs page, e.g. "Send an e-mail". */
  label: string;
  payload: Schema;
  /** A short, readable line about one job for the jobs page (no secrets; as little personal data as will do). */
  describe?(payload: z.output<Schema>): string;
  retry?: Partial<RetryPolicy>;
  /** The signal aborts after this long; the handler must then stop. Default five minutes. */
  timeoutMs?: number;
  run(context: JobContext<z.output<Schema>>): Promise<void>;
  /**
   * Jobs of this kind may be claimed up to `size` at a time and run in one call (one claim, a
   * few multi-row statements and one outcome statement for the lot): for kinds that arrive in
   * bursts and cost little each, such as triage. `run` returns one outcome per job, in order:
   * undefined when it succeeded, else the error (retried or dead-lettered as `run`'s would
   * be). A batch that throws fails every job in it.
   */
  batch?: {
    size: number;
    run(context: BatchContext<z.output<Schema>>): Promise<readonly unknown[]>;
  };
}

/** Declares a job kind with its payload's type inferred from its schema. */
export function defineJobKind<Schema extends z.ZodType>(kind: JobKind<Schema>): JobKind<Schema> {
  return kind;
}

export const DEFAULT_JOB_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Thrown by a handler when trying again cannot help (the payload refers to
 * something deleted, the platform refused the request as invalid): the job is
 * dead-lettered at once instead of retried.
 */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

/**
 * Thrown by a handler when the outside system said when to come back (HTTP 429
 * or 503 with `Retry-After`, X's `x-rate-limit-reset`): the next attempt waits
 * that long instead of the back-off.
 */
export class RetryLaterError extends Error {
  readonly delayMs: number;
  constructor(message: string, delayMs: number) {
    super(message);
    this.name = "RetryLaterError";
    this.delayMs = delayMs;
  }
}

/** The job kinds a worker can run, by code. A kind must be registered to be enqueued. */
export class JobRegistry {
  readonly #kinds = new Map<string, JobKind>();

  constructor(kinds: readonly JobKind[]) {
    for (const kind of kinds) {
      if (this.#kinds.has(kind.kind)) throw new Error(`job kind ${kind.kind} is registered twice`);
      this.#kinds.set(kind.kind, kind);
    }
  }

  get(kind: string): JobKind | undefined {
    return this.#kinds.get(kind);
  }

  has(kind: JobKind): boolean {
    return this.#kinds.get(kind.kind) === kind;
  }

  kinds(): JobKind[] {
    return [...this.#kinds.values()];
  }

  retryPolicy(kind: JobKind): RetryPolicy {
    return { ...DEFAULT_RETRY, ...kind.retry };
  }
}
