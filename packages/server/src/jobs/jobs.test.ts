import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDeps, TestClock } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { testJobKinds } from "../../test/helpers/test-jobs.js";
import type { Deps } from "../create-deps.js";
import { housekeepingJob } from "../housekeeping/housekeeping.job.js";
import { defaultSchedules } from "./job-kinds.js";
import { JobWorker } from "./job-worker.js";
import { claimDueJobs, markSucceeded } from "./jobs.repository.js";

const SECOND = 1000;

describe.each(TEST_DATABASES)("jobs on %s", (kind) => {
  let database: TestDatabase;
  let deps: Deps;
  let clock: TestClock;
  let test: ReturnType<typeof testJobKinds>;
  // The jitter's random draw; each test sets what it needs.
  let draw = 0.5;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    clock = new TestClock();
    test = testJobKinds();
    deps = await createTestDeps(database, { clock, random: () => draw, jobKinds: test.kinds });
  });
  afterAll(() => database.dispose());
  beforeEach(async () => {
    await database.db.deleteFrom("jobs").execute();
    test.calls.length = 0;
    draw = 0.5;
  });

  const jobRow = (id: string) =>
    database.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const worker = (settings: ConstructorParameters<typeof JobWorker>[1] = {}) =>
    new JobWorker(deps, { leaseMs: 30 * SECOND, ...settings });
  /** One pass of a worker, waiting for the jobs it started. */
  const pass = async (w = worker()) => {
    const started = await w.runOnce();
    await w.idle();
    return started;
  };

  it("enqueues in the caller's transaction: a rollback leaves no job, a commit leaves one", async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await deps.jobs.enqueue(trx, test.record, { n: 1 }, { key: "rolled-back", organisationId: null });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.selectFrom("jobs").selectAll().execute()).toEqual([]);

    await database.db.transaction().execute(async (trx) => {
      await deps.jobs.enqueue(trx, test.record, { n: 2 }, { key: "committed", organisationId: null });
    });
    const rows = await database.db.selectFrom("jobs").selectAll().execute();
    expect(rows.map((r) => [r.kind, r.idempotency_key, r.status, r.payload])).toEqual([
      ["test.record", "committed", "pending", { n: 2 }],
    ]);
  });

  it("is idempotent on kind and key: the second enqueue adds nothing and returns the first job", async () => {
    const first = await deps.jobs.enqueue(deps.db, test.record, { n: 1 }, { key: "k", organisationId: null });
    const again = await deps.jobs.enqueue(deps.db, test.record, { n: 9 }, { key: "k", organisationId: null });
    expect(first.enqueued).toBe(true);
    expect(again).toEqual({ id: first.id, enqueued: false });
    // The same key under another kind is another job.
    const other = await deps.jobs.enqueue(deps.db, test.permanent, {}, { key: "k", organisationId: null });
    expect(other.enqueued).toBe(true);
    expect((await jobRow(first.id)).payload).toEqual({ n: 1 });
  });

  it("refuses a payload its schema rejects, and a kind no worker would run", async () => {
    await expect(
      deps.jobs.enqueue(deps.db, test.record, { n: "one" } as never, { key: "bad", organisationId: null }),
    ).rejects.toThrow(/payload of job test\.record is not valid/);
    const unregistered = { ...test.record, kind: "test.unregistered" };
    await expect(
      deps.jobs.enqueue(deps.db, unregistered, { n: 1 }, { key: "x", organisationId: null }),
    ).rejects.toThrow(/not registered/);
  });

  it("runs a job when it is due, once, with its payload, idempotency key and organisation", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.record,
      { n: 7 },
      { key: "later", organisationId: null, runAt: new Date(clock.now().getTime() + 60 * SECOND) },
    );
    expect(await pass()).toEqual([]);
    clock.advance(60 * SECOND);
    expect((await pass()).map((job) => job.id)).toEqual([id]);
    expect(await pass()).toEqual([]);
    expect(test.calls).toEqual([
      {
        kind: "test.record",
        payload: { n: 7 },
        idempotencyKey: "test.record:later",
        attempt: 1,
        organisationId: null,
      },
    ]);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: "succeeded", attempts: 1, lock_token: null, locked_until: null });
    expect(row.finished_at?.toISOString()).toBe(clock.now().toISOString());
  });

  it("retries with exponential back-off and jitter, then dead-letters after the last attempt", async () => {
    // test.flaky: 4 attempts, base 1 s, at most 3 s. With the draw at 0.5 each wait is
    // three quarters of min(3 s, 1 s × 2^(n-1)): 0.75 s, 1.5 s, 2.25 s.
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.flaky,
      { failures: 99 },
      { key: "f", organisationId: null },
    );
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await pass()).toHaveLength(1);
      const row = await jobRow(id);
      expect(row).toMatchObject({ status: "pending", attempts: attempt });
      expect(row.last_error).toBe(`the platform answered 503 (attempt ${attempt})`);
      const wait = row.run_at.getTime() - clock.now().getTime();
      waits.push(wait);
      clock.advance(wait - 1);
      expect(await pass(), "not before its time").toEqual([]);
      clock.advance(1);
    }
    expect(waits).toEqual([750, 1500, 2250]);
    expect(await pass()).toHaveLength(1);
    const dead = await jobRow(id);
    expect(dead).toMatchObject({ status: "dead", attempts: 4, max_attempts: 4 });
    expect(dead.finished_at?.toISOString()).toBe(clock.now().toISOString());
    clock.advance(3600 * SECOND);
    expect(await pass(), "a dead job is not run again").toEqual([]);
    expect(test.calls.map((call) => call.attempt)).toEqual([1, 2, 3, 4]);
  });

  it("spreads retries by the random draw: never sooner than half the delay, never later than all of it", async () => {
    const waits: number[] = [];
    for (const value of [0, 0.999999]) {
      draw = value;
      const { id } = await deps.jobs.enqueue(
        deps.db,
        test.flaky,
        { failures: 1 },
        { key: `draw-${value}`, organisationId: null },
      );
      await pass();
      waits.push((await jobRow(id)).run_at.getTime() - clock.now().getTime());
    }
    expect(waits).toEqual([500, 1000]);
  });

  it("dead-letters at once on a permanent error, and waits as long as a rate limit says", async () => {
    const permanent = await deps.jobs.enqueue(
      deps.db,
      test.permanent,
      {},
      { key: "p", organisationId: null },
    );
    const limited = await deps.jobs.enqueue(
      deps.db,
      test.rateLimited,
      { waitMs: 90 * SECOND },
      { key: "r", organisationId: null },
    );
    await pass();
    expect(await jobRow(permanent.id)).toMatchObject({
      status: "dead",
      attempts: 1,
      last_error: "the platform says this comment no longer exists",
    });
    const row = await jobRow(limited.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, last_error: "429 Too Many Requests" });
    expect(row.run_at.getTime() - clock.now().getTime()).toBe(90 * SECOND);
    clock.advance(90 * SECOND);
    await pass();
    expect(await jobRow(limited.id)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("runs again a job whose worker vanished, once its lease expires; the vanished worker cannot record an outcome", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.record,
      { n: 1 },
      { key: "v", organisationId: null },
    );
    // A worker claims the job and is never heard of again (kill -9): no renewal, no outcome.
    const now = clock.now();
    const [lost] = await claimDueJobs(deps.db, {
      now,
      leaseUntil: new Date(now.getTime() + 30 * SECOND),
      limit: 10,
      workerId: "vanished",
    });
    expect(lost?.id).toBe(id);
    clock.advance(30 * SECOND - 1);
    expect(await pass(), "not while the lease holds").toEqual([]);
    clock.advance(1);
    expect(await pass()).toHaveLength(1);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(test.calls).toHaveLength(1);
    // The vanished worker's late report changes nothing: its lock token is no longer the job's.
    expect(await markSucceeded(deps.db, { id, lockToken: lost?.lock_token ?? "" }, clock.now())).toBe(false);
  });

  it("dead-letters a job whose lease expired on its last attempt, saying what happened", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.flaky,
      { failures: 3 },
      { key: "l", organisationId: null },
    );
    await database.db.updateTable("jobs").set({ attempts: 3 }).where("id", "=", id).execute();
    const now = clock.now();
    await claimDueJobs(deps.db, {
      now,
      leaseUntil: new Date(now.getTime() + SECOND),
      limit: 1,
      workerId: "gone",
    });
    clock.advance(SECOND);
    expect(await pass()).toEqual([]);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: "dead", attempts: 4 });
    expect(row.last_error).toMatch(/did not finish: its worker stopped .* No attempts are left\./);
  });

  it("renews the lease of a long job, so no other worker takes it while it runs", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.gated,
      { gate: "long" },
      { key: "g", organisationId: null },
    );
    const first = worker({ leaseMs: 300 });
    expect(await first.runOnce()).toHaveLength(1);
    const until = (await jobRow(id)).locked_until?.getTime() ?? 0;
    // The test clock stands still, so a renewal shows as the same lease end being written again;
    // move the clock so that renewal pushes it later.
    clock.advance(200);
    await waitFor(async () => ((await jobRow(id)).locked_until?.getTime() ?? 0) > until);
    // Past the first lease's end: only the renewal keeps the job from being taken over.
    clock.advance(200);
    expect(clock.now().getTime()).toBeGreaterThan(until);
    expect(await pass(worker({ leaseMs: 300 })), "another worker finds nothing to take").toEqual([]);
    test.release("long");
    await first.idle();
    expect(await jobRow(id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("never runs a job twice at once in one worker, even when it claims back its own expired lease", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.gated,
      { gate: "self" },
      { key: "self", organisationId: null },
    );
    const w = worker({ leaseMs: 30 * SECOND });
    await w.runOnce();
    await waitFor(async () => test.isWaiting("self"));
    // The lease runs out by the clock before any renewal (as after a stall of the whole process).
    clock.advance(30 * SECOND);
    expect(await w.runOnce()).toHaveLength(1);
    await waitFor(async () => test.calls.length === 2);
    test.release("self");
    await w.idle();
    expect(test.peakInFlight("self")).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("on a graceful stop, gives back a job that does not finish in time; it then runs in full", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.gated,
      { gate: "stop" },
      { key: "s", organisationId: null },
    );
    const stopping = worker({ stopGraceMs: 50 });
    await stopping.runOnce();
    await waitFor(async () => test.isWaiting("stop"));
    await stopping.stop();
    expect(await jobRow(id)).toMatchObject({ status: "pending", attempts: 0, lock_token: null });
    const next = worker();
    await next.runOnce();
    await waitFor(async () => test.calls.length === 2);
    test.release("stop");
    await next.idle();
    expect(await jobRow(id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("lets a job that finishes within the grace period finish on a graceful stop", async () => {
    const { id } = await deps.jobs.enqueue(
      deps.db,
      test.gated,
      { gate: "grace" },
      { key: "gr", organisationId: null },
    );
    const stopping = worker({ stopGraceMs: 10_000 });
    await stopping.runOnce();
    await waitFor(async () => test.isWaiting("grace"));
    const stopped = stopping.stop();
    test.release("grace");
    await stopped;
    expect(await jobRow(id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("keeps a job of a kind this version does not know, failing with a reason, until it dead-letters", async () => {
    const now = clock.now();
    const { id } = await database.db
      .insertInto("jobs")
      .values({
        kind: "test.from_a_newer_version",
        payload: "{}",
        idempotency_key: "u",
        run_at: now,
        max_attempts: 2,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await pass();
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.last_error).toMatch(/no handler for jobs of kind "test\.from_a_newer_version"/);
    clock.advance(row.run_at.getTime() - now.getTime());
    await pass();
    expect(await jobRow(id)).toMatchObject({ status: "dead", attempts: 2 });
  });

  it("dead-letters at once a job whose stored payload its schema no longer accepts", async () => {
    const now = clock.now();
    const { id } = await database.db
      .insertInto("jobs")
      .values({
        kind: "test.record",
        payload: JSON.stringify({ n: "not a number" }),
        idempotency_key: "old-shape",
        run_at: now,
        max_attempts: 10,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await pass();
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: "dead", attempts: 1 });
    expect(row.last_error).toMatch(/^The job's details are not valid/);
    expect(test.calls).toEqual([]);
  });

  it("enqueues housekeeping once an hour, however many workers keep the schedule", async () => {
    const HOUR = 3600 * SECOND;
    // Ten minutes into an hour.
    clock.advance(HOUR - (clock.now().getTime() % HOUR) + 10 * 60 * SECOND);
    const hourStart = Math.floor(clock.now().getTime() / HOUR) * HOUR;
    const key = (start: number) => `every-3600000ms:${new Date(start).toISOString()}`;
    const workers = [0, 1, 2].map(() => new JobWorker(deps, {}, defaultSchedules()));
    const everyOnce = async () => {
      for (const w of workers) {
        await w.runOnce();
        await w.idle();
      }
    };
    const housekeeping = () =>
      database.db
        .selectFrom("jobs")
        .select(["idempotency_key", "status"])
        .where("kind", "=", housekeepingJob.kind)
        .orderBy("idempotency_key")
        .execute();
    await everyOnce();
    expect(await housekeeping()).toEqual([{ idempotency_key: key(hourStart), status: "succeeded" }]);
    clock.advance(49 * 60 * SECOND);
    await everyOnce();
    expect(await housekeeping(), "the same hour: nothing more").toHaveLength(1);
    clock.advance(60 * SECOND);
    await everyOnce();
    expect(await housekeeping()).toEqual([
      { idempotency_key: key(hourStart), status: "succeeded" },
      { idempotency_key: key(hourStart + HOUR), status: "succeeded" },
    ]);
  });
});

/** Polls a condition the test cannot await directly, bounded by attempts rather than the clock. */
async function waitFor(condition: () => Promise<boolean>, attempts = 400): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the condition never held");
}
