import { type Kysely, type Selectable, sql } from "kysely";
import { namedStatement } from "../db/named-statements.js";
import type { DB, JobStatus, JobsTable } from "../db/schema.js";

export type JobRow = Selectable<JobsTable>;

export interface NewJob {
  organisationId: string | null;
  kind: string;
  payload: unknown;
  idempotencyKey: string;
  runAt: Date;
  maxAttempts: number;
  now: Date;
}

/**
 * Adds a job unless one of the same kind and key exists (whatever its status):
 * enqueueing is idempotent. Call it with the transaction that makes the change.
 */
export async function insertJob(db: Kysely<DB>, job: NewJob): Promise<{ id: string; enqueued: boolean }> {
  // Fixed text, prepared once per connection on pg (namedStatement): every delivery enqueues one.
  const result = await sql<{ id: string }>`${namedStatement("insert_job")}
    insert into jobs (organisation_id, kind, payload, idempotency_key, run_at, max_attempts, created_at)
    values (${job.organisationId}, ${job.kind}, ${JSON.stringify(job.payload)}, ${job.idempotencyKey},
      ${job.runAt}, ${job.maxAttempts}, ${job.now})
    on conflict (kind, idempotency_key) do nothing
    returning id`.execute(db);
  const inserted = result.rows[0];
  if (inserted) return { id: inserted.id, enqueued: true };
  const existing = await db
    .selectFrom("jobs")
    .select("id")
    .where("kind", "=", job.kind)
    .where("idempotency_key", "=", job.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, enqueued: false };
}

/**
 * insertJob for many jobs at once: one multi-row insert per few hundred, each skipped if its
 * (kind, key) exists. Returns how many were added.
 */
export async function insertJobs(db: Kysely<DB>, jobs: readonly NewJob[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < jobs.length; i += 500) {
    const rows = await db
      .insertInto("jobs")
      .values(
        jobs.slice(i, i + 500).map((job) => ({
          organisation_id: job.organisationId,
          kind: job.kind,
          payload: JSON.stringify(job.payload),
          idempotency_key: job.idempotencyKey,
          run_at: job.runAt,
          max_attempts: job.maxAttempts,
          created_at: job.now,
        })),
      )
      .onConflict((oc) => oc.columns(["kind", "idempotency_key"]).doNothing())
      .returning("id")
      .execute();
    added += rows.length;
  }
  return added;
}

export interface ClaimOptions {
  now: Date;
  leaseUntil: Date;
  limit: number;
  /** Prefixes each claim's lock token, so the database shows which worker holds a job. */
  workerId: string;
  /** Only jobs of these kinds (a batch of one kind). */
  kinds?: readonly string[];
  /** No jobs of these kinds (they are claimed in batches of their own). */
  exceptKinds?: readonly string[];
}

/**
 * Claims up to `limit` due jobs in one statement: pending jobs whose time has
 * come, and running jobs whose lease expired (their worker was killed or lost
 * the database). `FOR UPDATE SKIP LOCKED` lets concurrent workers on PostgreSQL
 * take disjoint rows without waiting for each other; a row another worker has
 * just claimed no longer matches when it is re-checked. Each claim gets a fresh
 * lock token that fences every later update of that row.
 *
 * A running job whose lease expired after its last allowed attempt is not run
 * again: the same statement dead-letters it.
 */
export async function claimDueJobs(db: Kysely<DB>, options: ClaimOptions): Promise<JobRow[]> {
  const { now, leaseUntil, limit, workerId } = options;
  if (options.kinds?.length)
    return (
      await claimDueJobGroups(db, {
        now,
        leaseUntil,
        workerId,
        free: 1,
        batches: [{ kinds: options.kinds, size: limit }],
        single: { exceptKinds: [], limit: 0 },
      })
    ).flat();
  return (
    await claimDueJobGroups(db, {
      now,
      leaseUntil,
      workerId,
      free: limit,
      batches: [],
      single: { exceptKinds: options.exceptKinds ?? [], limit },
    })
  ).flat();
}

export interface ClaimGroupsOptions {
  now: Date;
  leaseUntil: Date;
  workerId: string;
  /** Slots free in the worker: each non-empty batch takes one, each single job one. */
  free: number;
  /**
   * Batches, in order: each claims up to `size` due jobs of its kinds while a slot is free after
   * the batches before it (a size of 0 claims none: that kind's batch is running).
   */
  batches: readonly { kinds: readonly string[]; size: number }[];
  /** Single jobs, of any kind but these, for the slots the batches left free (at most `limit`). */
  single: { exceptKinds: readonly string[]; limit: number };
}

/**
 * A worker's whole claim, its batches and its single jobs, in one statement and one round trip
 * (it was one statement per batch kind and one for the rest: three a pass, most finding nothing;
 * docs/benchmarks.md, 7 December). The same rows are claimed as by those statements in turn: a
 * batch takes a slot only if it found jobs, and the single jobs get what is left. Its text depends
 * only on the number of batches, so it is prepared once per connection (namedStatement). Returns
 * each batch's jobs, then the single jobs, as the last group.
 */
export async function claimDueJobGroups(db: Kysely<DB>, options: ClaimGroupsOptions): Promise<JobRow[][]> {
  const { now, leaseUntil, workerId, free, batches, single } = options;
  const lost = `The attempt that started earlier did not finish: its worker stopped or lost the database before ${now.toISOString()}.`;
  const due = sql`((status = 'pending' and run_at <= ${now})
         or (status = 'running' and locked_until <= ${now} and attempts < max_attempts))`;
  // Slots the batches before batch i took: one each that found a job.
  const takenBefore = (i: number) =>
    i === 0
      ? sql`0`
      : sql.join(
          batches.slice(0, i).map((_, j) => sql`(exists (select 1 from ${sql.ref(`batch_${j}`)}))::int`),
          sql` + `,
        );
  const groups = batches.map(
    (batch, i) => sql`, ${sql.ref(`batch_${i}`)} as (
      select id, ${i}::int as grp from jobs
      where ${due} and kind = any(${batch.kinds}::text[])
      order by run_at, id
      limit (select case when ${free}::int - (${takenBefore(i)}) > 0 then ${batch.size}::int else 0 end)
      for update skip locked
    )`,
  );
  const claimed = batches.map((_, i) => sql`select id, grp from ${sql.ref(`batch_${i}`)} union all `);
  const result = await sql<JobRow & { grp: number }>`${namedStatement(`claim_${batches.length}`)}
    with abandoned as (
      update jobs set status = 'dead', finished_at = ${now}, locked_until = null, lock_token = null,
        last_error = ${`${lost} No attempts are left.`}
      where id in (
        select id from jobs
        where status = 'running' and locked_until <= ${now} and attempts >= max_attempts
        for update skip locked
      )
      returning jobs.id
    )${sql.join(groups, sql``)}, single as (
      select id, ${batches.length}::int as grp from jobs
      where ${due} and kind <> all(${single.exceptKinds}::text[])
      order by run_at, id
      limit (select greatest(0, least(${single.limit}::int, ${free}::int - (${takenBefore(batches.length)}))))
      for update skip locked
    ), due as (${sql.join(claimed, sql``)}select id, grp from single)
    update jobs set
      last_error = case when jobs.status = 'running' then ${lost} else jobs.last_error end,
      status = 'running',
      attempts = jobs.attempts + 1,
      locked_until = ${leaseUntil},
      lock_token = ${`${workerId}/`} || gen_random_uuid()::text,
      started_at = ${now}
    from due
    where jobs.id = due.id
    returning jobs.*, due.grp`.execute(db);
  const out: JobRow[][] = [...batches, single].map(() => []);
  // In claim order within each group, as the statements in turn returned them.
  const rows = [...result.rows].sort(
    (a, b) => a.run_at.getTime() - b.run_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const { grp, ...row } of rows) out[grp]?.push(row);
  return out;
}

export interface Held {
  id: string;
  lockToken: string;
}

/** Extends a running job's lease; false when this worker no longer holds it. */
export async function renewLease(db: Kysely<DB>, held: Held, until: Date): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set({ locked_until: until })
    .where("id", "=", held.id)
    .where("lock_token", "=", held.lockToken)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSucceeded(db: Kysely<DB>, held: Held, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set({ status: "succeeded", finished_at: now, locked_until: null, lock_token: null, last_error: null })
    .where("id", "=", held.id)
    .where("lock_token", "=", held.lockToken)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * markSucceeded for a batch in one statement; returns the ids it marked (a job missing from
 * them was given back or taken over meanwhile). A lock token is fresh for every claim, so a
 * row whose token is one of these is held by this batch.
 */
export async function markSucceededMany(
  db: Kysely<DB>,
  held: readonly Held[],
  now: Date,
): Promise<Set<string>> {
  if (held.length === 0) return new Set();
  const rows = await sql<{ id: string }>`${namedStatement("mark_succeeded_many")}
    update jobs set status = 'succeeded', finished_at = ${now}, locked_until = null, lock_token = null,
      last_error = null
    where id = any(${held.map((h) => h.id)}::uuid[]) and lock_token = any(${held.map((h) => h.lockToken)}::text[])
    returning id`.execute(db);
  return new Set(rows.rows.map((row) => row.id));
}

/** Records a failed attempt: back to pending until `runAt`, or dead when `dead`. */
export async function markFailed(
  db: Kysely<DB>,
  held: Held,
  outcome: { dead: boolean; runAt: Date; error: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set({
      status: outcome.dead ? "dead" : "pending",
      run_at: outcome.runAt,
      last_error: outcome.error,
      finished_at: outcome.dead ? outcome.now : null,
      locked_until: null,
      lock_token: null,
    })
    .where("id", "=", held.id)
    .where("lock_token", "=", held.lockToken)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a job back unfinished (the worker is stopping): it runs again at once, and this attempt does not count. */
export async function releaseJob(db: Kysely<DB>, held: Held, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set((eb) => ({
      status: "pending",
      run_at: now,
      attempts: sql<number>`greatest(${eb.ref("attempts")} - 1, 0)`,
      locked_until: null,
      lock_token: null,
    }))
    .where("id", "=", held.id)
    .where("lock_token", "=", held.lockToken)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The filters of the administrators' page: "failing" is pending after at least one failed attempt. */
export const JOB_VIEWS = ["problems", "failing", "dead", "waiting", "running", "succeeded"] as const;
export type JobView = (typeof JOB_VIEWS)[number];

/** Jobs of one organisation and of the whole installation, newest first. */
export async function listJobs(
  db: Kysely<DB>,
  options: { organisationId: string; view: JobView; limit: number },
): Promise<JobRow[]> {
  let query = db
    .selectFrom("jobs")
    .selectAll()
    .where((eb) =>
      eb.or([eb("organisation_id", "=", options.organisationId), eb("organisation_id", "is", null)]),
    );
  query = query.where((eb) => {
    const failing = eb.and([eb("status", "=", "pending"), eb("attempts", ">", 0)]);
    switch (options.view) {
      case "problems":
        return eb.or([eb("status", "=", "dead"), failing]);
      case "failing":
        return failing;
      case "waiting":
        return eb.and([eb("status", "=", "pending"), eb("attempts", "=", 0)]);
      default:
        return eb("status", "=", options.view satisfies JobStatus);
    }
  });
  return query.orderBy("created_at", "desc").orderBy("id", "desc").limit(options.limit).execute();
}

export async function countJobs(
  db: Kysely<DB>,
  organisationId: string,
): Promise<Record<"waiting" | "failing" | "running" | "dead", number>> {
  const rows = await db
    .selectFrom("jobs")
    .select((eb) => [
      sql<string>`case when ${eb.ref("status")} = 'pending' and ${eb.ref("attempts")} > 0 then 'failing'
        when ${eb.ref("status")} = 'pending' then 'waiting' else ${eb.ref("status")} end`.as("view"),
      eb.fn.countAll<number>().as("count"),
    ])
    .where((eb) => eb.or([eb("organisation_id", "=", organisationId), eb("organisation_id", "is", null)]))
    .where("status", "in", ["pending", "running", "dead"])
    .groupBy("view")
    .execute();
  const counts = { waiting: 0, failing: 0, running: 0, dead: 0 };
  for (const row of rows) counts[row.view as keyof typeof counts] = Number(row.count);
  return counts;
}

/** One job, locked for the caller's transaction, if it belongs to the organisation or the installation. */
export async function lockJobForOrganisation(
  db: Kysely<DB>,
  id: string,
  organisationId: string,
): Promise<JobRow | undefined> {
  return db
    .selectFrom("jobs")
    .selectAll()
    .where("id", "=", id)
    .where((eb) => eb.or([eb("organisation_id", "=", organisationId), eb("organisation_id", "is", null)]))
    .forUpdate()
    .executeTakeFirst();
}

/** Puts a failing or dead job back to run now; a dead one gets its full number of attempts again. */
export async function requeueJob(db: Kysely<DB>, job: JobRow, now: Date): Promise<void> {
  await db
    .updateTable("jobs")
    .set({
      status: "pending",
      run_at: now,
      attempts: job.status === "dead" ? 0 : job.attempts,
      finished_at: null,
    })
    .where("id", "=", job.id)
    .where("status", "in", ["pending", "dead"])
    .execute();
}

/** Finished jobs past their keeping time (housekeeping). */
export async function deleteFinishedJobs(
  db: Kysely<DB>,
  cutoffs: { succeededBefore: Date; deadBefore: Date },
): Promise<number> {
  const result = await db
    .deleteFrom("jobs")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "succeeded"), eb("finished_at", "<", cutoffs.succeededBefore)]),
        eb.and([eb("status", "=", "dead"), eb("finished_at", "<", cutoffs.deadBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
