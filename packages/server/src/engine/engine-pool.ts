import { Worker } from "node:worker_threads";
import { AppError, type CheckInput, type ErrorCode, type TriageInput } from "@parapet/core";
import { DEFAULT_PACK_ID } from "../packs/packs.schema.js";
import type { EngineJob, EngineReply } from "./engine-worker.js";

/**
 * Texts longer than this are checked or triaged in a worker thread: a 100,000-character
 * post takes some hundreds of milliseconds, and on the server's own thread every other
 * request would wait for it. Shorter texts (nearly all of them) stay on the main thread,
 * where they take tens of microseconds and a hop to a worker would cost more than the work.
 */
export const OFF_THREAD_CHARACTERS = { check: 20_000, triage: 5_000 } as const;

/** Long texts waiting for the worker beyond this are refused (429), not queued without end. */
export const MAX_WAITING = 16;

type Job = EngineJob extends infer J ? (J extends { id: number } ? Omit<J, "id"> : never) : never;

/** A worker with nothing to do for this long is stopped (started again by the next long text). */
export const WORKER_IDLE_MS = 5 * 60 * 1000;

/**
 * One worker thread for the long texts, started on first use (or by warm()) and again
 * if it ever dies. The machine's other core does the long work; the per-client character
 * budget (http/character-budget.ts) keeps any one client from filling its queue.
 *
 * The server does not start it at start-up: its own copy of the compiled pack, lexicons and
 * triage tables is ~130 MB of memory and ~1.5 s of CPU, for texts over 20,000 characters that
 * most servers never receive. The first such text waits for it to start instead, and a worker
 * idle for WORKER_IDLE_MS is stopped, giving that memory back.
 */
export class EnginePool {
  #worker: Worker | undefined;
  #next = 1;
  readonly #waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  readonly #maxWaiting: number;
  readonly #idleMs: number;
  #idleTimer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: { maxWaiting?: number; idleMs?: number } = {}) {
    this.#maxWaiting = options.maxWaiting ?? MAX_WAITING;
    this.#idleMs = options.idleMs ?? WORKER_IDLE_MS;
  }

  /** Whether the worker thread is running now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  check(pack: string, input: CheckInput): Promise<unknown> {
    return this.#run({ kind: "check", pack, input });
  }

  triage(pack: string, input: TriageInput, now: Date): Promise<unknown> {
    return this.#run({ kind: "triage", pack, input, now: now.getTime() });
  }

  /** Starts the worker and compiles the default pack in it, so the first long text does not wait for that. */
  async warm(): Promise<void> {
    await this.check(DEFAULT_PACK_ID, {
      id: "warm-up",
      text: "Warming up: patient on ward 7, call 07700 900123.",
    });
    await this.triage(
      DEFAULT_PACK_ID,
      { id: "warm-up", text: "Thank you to the team on ward 7." },
      new Date(),
    );
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#idleTimer);
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #run(job: Job): Promise<unknown> {
    if (this.#closed) return Promise.reject(new Error("the engine pool is closed"));
    if (this.#waiting.size >= this.#maxWaiting)
      return Promise.reject(
        new AppError("rate_limited", "The server is busy with long texts: try again in a few seconds.", {
          retryAfterSeconds: 2,
        }),
      );
    clearTimeout(this.#idleTimer);
    const worker = this.#ensureWorker();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ ...job, id } as EngineJob);
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const here = import.meta.url;
    // From the bundle (dist/) the worker is its own entry; from the TypeScript sources a
    // small boot file registers the TypeScript loader first.
    const worker = here.endsWith(".ts")
      ? new Worker(new URL("./engine-worker-boot.mjs", here), {
          workerData: { module: new URL("./engine-worker.ts", here).href },
        })
      : new Worker(new URL("./engine-worker.mjs", here));
    worker.unref();
    worker.on("message", (reply: EngineReply) => {
      const waiting = this.#waiting.get(reply.id);
      if (!waiting) return;
      this.#waiting.delete(reply.id);
      if (this.#waiting.size === 0) this.#stopWhenIdle(worker);
      if ("result" in reply) waiting.resolve(reply.result);
      else if (reply.error.app)
        waiting.reject(new AppError(reply.error.code as ErrorCode, reply.error.message, reply.error.details));
      else waiting.reject(new Error(`the checker failed in its worker: ${reply.error.message}`));
    });
    const fail = (error: Error) => {
      // A worker stopped for idleness (or one already replaced) exits while its successor may be working.
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      for (const waiting of this.#waiting.values()) waiting.reject(error);
      this.#waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!this.#closed) fail(new Error(`the checker's worker stopped (exit ${code}); it is started again`));
    });
    this.#worker = worker;
    return worker;
  }

  #stopWhenIdle(worker: Worker): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#worker !== worker || this.#waiting.size > 0) return;
      // Forgotten first, so its exit is not taken for a failure and the next job starts a new one.
      this.#worker = undefined;
      void worker.terminate();
    }, this.#idleMs).unref();
  }
}
