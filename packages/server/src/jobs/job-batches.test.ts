import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDeps, TestClock } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import type { Deps } from "../create-deps.js";
import { defineJobKind } from "./job-kind.js";
import { JobWorker } from "./job-worker.js";

/**
 * A worker runs one batch of a kind at a time: what arrives while a batch runs waits for the next
 * claim and goes in it together, so a burst gives fuller batches rather than more of them (each
 * triage batch is one transaction with one append to the organisation's audit chain).
 */
describe.each(TEST_DATABASES)("batches of a kind, one at a time per worker, on %s", (kind) => {
  let database: TestDatabase;
  let deps: Deps;
  const batches: number[][] = [];
  const gate: { release?: (() => void) | undefined } = {};
  const gated = defineJobKind({
    kind: "test.gated_batch",
    label: "Test: a batch that runs until released",
    payload: z.object({ n: z.number() }),
    async run() {
      throw new Error("claimed alone: should have been in a batch");
    },
    batch: {
      size: 50,
      async run({ jobs }) {
        batches.push(jobs.map((job) => job.payload.n).sort((a, b) => a - b));
        await new Promise<void>((done) => {
          gate.release = done;
        });
        return jobs.map(() => undefined);
      },
    },
  });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    deps = await createTestDeps(database, { clock: new TestClock(), jobKinds: [gated] });
  });
  afterAll(() => database.dispose());

  const enqueue = (from: number, count: number) =>
    database.db.transaction().execute(async (trx) => {
      for (let n = from; n < from + count; n += 1)
        await deps.jobs.enqueue(trx, gated, { n }, { key: `n${n}`, organisationId: null });
    });
  /** Resolves once the batch just started has reached its gate. */
  const gateReached = async () => {
    for (let i = 0; i < 1000 && !gate.release; i += 1) await new Promise((done) => setImmediate(done));
    if (!gate.release) throw new Error("the batch never started");
  };

  const releaseGate = () => {
    const release = gate.release;
    gate.release = undefined;
    release?.();
  };

  it("claims nothing more of the kind while its batch runs, then the rest in one batch", async () => {
    const worker = new JobWorker(deps, { concurrency: 8, leaseMs: 60_000 });
    await enqueue(0, 3);
    expect((await worker.runOnce()).length).toBe(3);
    await gateReached();
    // Arrivals while the batch runs, and passes of the worker with free slots.
    await enqueue(3, 2);
    expect(await worker.runOnce(), "a second batch of the kind while one runs").toEqual([]);
    await enqueue(5, 4);
    expect(await worker.runOnce()).toEqual([]);
    releaseGate();
    await worker.idle();
    expect((await worker.runOnce()).length).toBe(6);
    await gateReached();
    releaseGate();
    await worker.idle();
    expect(batches).toEqual([
      [0, 1, 2],
      [3, 4, 5, 6, 7, 8],
    ]);
    const jobs = await database.db
      .selectFrom("jobs")
      .select(["status"])
      .where("kind", "=", gated.kind)
      .execute();
    expect(jobs.map((j) => j.status)).toEqual(Array.from({ length: 9 }, () => "succeeded"));
  });
});
