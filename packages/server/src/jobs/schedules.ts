import type { z } from "zod";
import type { Deps } from "../create-deps.js";
import type { JobKind } from "./job-kind.js";

/**
 * A job enqueued once per period (every hour, every day). Every worker ticks
 * every schedule; the job's key is the period's start, so however many workers
 * tick, and however often, each period gets one job (the unique key makes the
 * second enqueue a no-op). A period missed while no worker ran is not caught up:
 * the next period's job does the same work.
 */
export class RecurringSchedule<Schema extends z.ZodType = z.ZodType> {
  readonly kind: JobKind<Schema>;
  readonly everyMs: number;
  readonly #payload: z.input<Schema>;
  #lastPeriod = -1;

  constructor(kind: JobKind<Schema>, everyMs: number, payload: z.input<Schema>) {
    this.kind = kind;
    this.everyMs = everyMs;
    this.#payload = payload;
  }

  /** The key of the period `at` falls in, e.g. `every-3600000ms:2026-11-24T10:00:00.000Z`. */
  keyAt(at: Date): string {
    const start = Math.floor(at.getTime() / this.everyMs) * this.everyMs;
    return `every-${this.everyMs}ms:${new Date(start).toISOString()}`;
  }

  /** Enqueues this period's job unless this process has already done so. */
  async tick(deps: Pick<Deps, "db" | "clock" | "jobs">): Promise<void> {
    const now = deps.clock.now();
    const period = Math.floor(now.getTime() / this.everyMs);
    if (period === this.#lastPeriod) return;
    await deps.jobs.enqueue(deps.db, this.kind, this.#payload, {
      key: this.keyAt(now),
      organisationId: null,
    });
    this.#lastPeriod = period;
  }
}
