import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDeps } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { systemClock } from "../clock.js";
import type { Deps } from "../create-deps.js";
import { openDatabase } from "../db/database.js";
import { defineJobKind } from "./job-kind.js";
import { JobWorker } from "./job-worker.js";
import { claimDueJobs } from "./jobs.repository.js";

const JOBS = 300;

/**
 * Several workers at once over one jobs table. On PostgreSQL each worker has a
 * pool of its own (its own connections, as separate processes would), so claims
 * really race; on PGlite they share its one session.
 */
describe.each(TEST_DATABASES)("workers side by side on %s", (kind) => {
  let database: TestDatabase;
  let second: { close(): Promise<void> } | undefined;
  const running = new Set<string>();
  const runs = new Map<string, string[]>();
  const overlaps: string[] = [];
  const names = new Map<Deps, string>();
  let depsA: Deps;
  let depsB: Deps;

  const exclusive = defineJobKind({
    kind: "test.exclusive",
    label: "Test: must never run twice at once",
    payload: z.object({ n: z.number() }),
    async run({ idempotencyKey, deps }) {
      runs.set(idempotencyKey, [...(runs.get(idempotencyKey) ?? []), names.get(deps) ?? "?"]);
      if (running.has(idempotencyKey)) overlaps.push(idempotencyKey);
      running.add(idempotencyKey);
      // Long enough for the other worker to try for the same job meanwhile.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
      running.delete(idempotencyKey);
    },
  });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    depsA = await createTestDeps(database, { clock: systemClock, jobKinds: [exclusive] });
    let other: TestDatabase = database;
    if (kind === "postgres") {
      const own = await openDatabase({
        kind: "postgres",
        url: process.env.DATABASE_URL ?? "",
        schema: schemaOf(database),
      });
      second = own;
      other = { ...own, dispose: () => own.close() };
    }
    depsB = await createTestDeps(other, { clock: systemClock, jobKinds: [exclusive] });
    names.set(depsA, "A").set(depsB, "B");
  });
  afterAll(async () => {
    await second?.close();
    await database.dispose();
  });

  it("claims disjoint sets of jobs when many claims race", async () => {
    const now = new Date();
    await depsA.db
      .insertInto("jobs")
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          kind: "test.exclusive",
          payload: JSON.stringify({ n: i }),
          idempotency_key: `race-${i}`,
          run_at: now,
          max_attempts: 3,
          created_at: now,
        })),
      )
      .execute();
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        claimDueJobs((i % 2 === 0 ? depsA : depsB).db, {
          now,
          leaseUntil: new Date(now.getTime() + 60_000),
          limit: 10,
          workerId: `claimer-${i}`,
        }),
      ),
    );
    const ids = claims.flat().map((job) => job.id);
    expect(ids).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
    await depsA.db.deleteFrom("jobs").execute();
  });

  it(`runs ${JOBS} jobs with two workers: each exactly once, never two at once`, async () => {
    await depsA.db.transaction().execute(async (trx) => {
      for (let n = 0; n < JOBS; n += 1)
        await depsA.jobs.enqueue(trx, exclusive, { n }, { key: `job-${n}`, organisationId: null });
    });
    const workers = [depsA, depsB].map((deps) => new JobWorker(deps, { concurrency: 4, pollMs: 5 }));
    for (const worker of workers) worker.start();
    // Bounded by polls, not by the clock: a loaded machine only makes it take longer.
    for (let i = 0; i < 2400 && runs.size < JOBS; i += 1) await new Promise((r) => setTimeout(r, 25));
    for (const worker of workers) await worker.stop();

    expect(overlaps).toEqual([]);
    expect(runs.size).toBe(JOBS);
    expect([...runs].filter(([, by]) => by.length !== 1)).toEqual([]);
    const rows = await depsA.db.selectFrom("jobs").select(["status", "attempts"]).execute();
    expect(rows).toHaveLength(JOBS);
    expect(rows.filter((row) => row.status !== "succeeded" || row.attempts !== 1)).toEqual([]);
    const by = [...runs.values()].flat();
    expect(by.filter((w) => w === "A").length, "worker A took a share").toBeGreaterThan(0);
    expect(by.filter((w) => w === "B").length, "worker B took a share").toBeGreaterThan(0);
  });
});

function schemaOf(database: TestDatabase): string {
  const match = /\(schema (\w+)\)/.exec(database.description);
  if (!match?.[1]) throw new Error(`no schema in ${database.description}`);
  return match[1];
}
