import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { OrganisationActor } from "../audit/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { AuditTrail } from "../audit/audit-trail.js";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import type { JobKind, JobRegistry } from "./job-kind.js";
import {
  countJobs,
  insertJob,
  insertJobs,
  type JobRow,
  type JobView,
  listJobs,
  lockJobForOrganisation,
  requeueJob,
} from "./jobs.repository.js";

export interface EnqueueOptions {
  /**
   * Unique per kind: what makes enqueueing idempotent, and what the handler
   * passes to the outside system. Derive it from what causes the job ("reply to
   * message <id>, draft <n>"), never from the time of day alone.
   */
  key: string;
  /** The organisation the job works for; null for the whole installation. */
  organisationId: string | null;
  /** When it may run first (default now). */
  runAt?: Date;
}

/** Enqueues jobs; built once by createDeps, shared by every service and the workers. */
export class Jobs {
  readonly registry: JobRegistry;
  readonly #clock: Clock;

  constructor(registry: JobRegistry, clock: Clock) {
    this.registry = registry;
    this.#clock = clock;
  }

  /**
   * Adds a job in the caller's transaction (docs/architecture.md: side effects are
   * jobs): it exists only if the transaction commits. A second call with the same
   * kind and key adds nothing and returns the first job's id.
   */
  async enqueue<Schema extends z.ZodType>(
    trx: Kysely<DB>,
    kind: JobKind<Schema>,
    payload: z.input<Schema>,
    options: EnqueueOptions,
  ): Promise<{ id: string; enqueued: boolean }> {
    if (!this.registry.has(kind as unknown as JobKind))
      throw new Error(`job kind ${kind.kind} is not registered, so no worker would run it`);
    const parsed = kind.payload.safeParse(payload);
    if (!parsed.success)
      throw new Error(`payload of job ${kind.kind} is not valid: ${parsed.error.issues[0]?.message}`);
    const now = this.#clock.now();
    return insertJob(trx, {
      organisationId: options.organisationId,
      kind: kind.kind,
      payload: parsed.data,
      idempotencyKey: options.key,
      runAt: options.runAt ?? now,
      maxAttempts: this.registry.retryPolicy(kind as unknown as JobKind).maxAttempts,
      now,
    });
  }

  /**
   * enqueue for several jobs of one kind in the caller's transaction, with one multi-row
   * insert: a delivery of fifty messages enqueues its fifty triage jobs in one statement.
   * Returns how many were added (a (kind, key) already there adds nothing).
   */
  async enqueueMany<Schema extends z.ZodType>(
    trx: Kysely<DB>,
    kind: JobKind<Schema>,
    jobs: readonly { payload: z.input<Schema>; options: EnqueueOptions }[],
  ): Promise<number> {
    if (jobs.length === 0) return 0;
    if (!this.registry.has(kind as unknown as JobKind))
      throw new Error(`job kind ${kind.kind} is not registered, so no worker would run it`);
    const now = this.#clock.now();
    const maxAttempts = this.registry.retryPolicy(kind as unknown as JobKind).maxAttempts;
    return insertJobs(
      trx,
      jobs.map(({ payload, options }) => {
        const parsed = kind.payload.safeParse(payload);
        if (!parsed.success)
          throw new Error(`payload of job ${kind.kind} is not valid: ${parsed.error.issues[0]?.message}`);
        return {
          organisationId: options.organisationId,
          kind: kind.kind,
          payload: parsed.data,
          idempotencyKey: options.key,
          runAt: options.runAt ?? now,
          maxAttempts,
          now,
        };
      }),
    );
  }
}

export interface JobsAdminDeps {
  db: Kysely<DB>;
  clock: Clock;
  auditTrail: AuditTrail;
  jobs: Jobs;
}

export async function listJobsForAdmin(
  options: { actor: OrganisationActor; view: JobView; limit: number },
  deps: JobsAdminDeps,
): Promise<{ jobs: JobRow[]; counts: Awaited<ReturnType<typeof countJobs>> }> {
  const [jobs, counts] = [
    await listJobs(deps.db, {
      organisationId: options.actor.organisationId,
      view: options.view,
      limit: options.limit,
    }),
    await countJobs(deps.db, options.actor.organisationId),
  ];
  return { jobs, counts };
}

/**
 * An administrator sends a failing job to run now, or a dead one back for a
 * full set of attempts; the audit row commits with the change.
 */
export async function retryJob(
  options: { actor: OrganisationActor; jobId: string },
  deps: JobsAdminDeps,
): Promise<JobRow> {
  return deps.db.transaction().execute(async (trx) => {
    const job = await lockJobForOrganisation(trx, options.jobId, options.actor.organisationId);
    if (!job) throw new AppError("not_found", "There is no such job in your organisation.");
    const failing = job.status === "pending" && job.attempts > 0;
    if (job.status !== "dead" && !failing) {
      const why = {
        pending: "it has not failed: it is waiting for its turn",
        running: "it is running now",
        succeeded: "it has succeeded",
        dead: "",
      }[job.status];
      throw new AppError("invalid_transition", `This job cannot be retried: ${why}.`);
    }
    const now = deps.clock.now();
    await requeueJob(trx, job, now);
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "job.retried",
        entity: { type: "job", id: job.id },
        before: { status: job.status, attempts: job.attempts, kind: job.kind },
        after: { status: "pending", attempts: job.status === "dead" ? 0 : job.attempts },
      },
      deps,
    );
    return {
      ...job,
      status: "pending" as const,
      run_at: now,
      attempts: job.status === "dead" ? 0 : job.attempts,
      finished_at: null,
    };
  });
}
