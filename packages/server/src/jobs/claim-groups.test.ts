import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { claimDueJobGroups } from "./jobs.repository.js";

/**
 * The worker's one-statement claim takes what its former three statements took in turn: each
 * batch up to its size, a slot only for a batch that found jobs, the single jobs in what is left.
 */
describe.each(TEST_DATABASES)("claiming batches and single jobs in one statement on %s", (kind) => {
  let database: TestDatabase;
  const now = new Date("2026-12-07T12:00:00Z");
  const leaseUntil = new Date(now.getTime() + 30_000);

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.dispose());
  beforeEach(async () => {
    await database.db.deleteFrom("jobs").execute();
  });

  const add = async (kind: string, n: number, status: "pending" | "running" = "pending") => {
    for (let i = 0; i < n; i += 1)
      await database.db
        .insertInto("jobs")
        .values({
          organisation_id: null,
          kind,
          payload: "{}",
          idempotency_key: `${kind}-${status}-${i}`,
          run_at: new Date(now.getTime() - 1000 + i),
          max_attempts: 3,
          created_at: now,
          status,
          ...(status === "running" ? { locked_until: leaseUntil, lock_token: "other/x" } : {}),
        })
        .execute();
  };
  const claim = (free: number, sizes: [number, number]) =>
    claimDueJobGroups(database.db, {
      now,
      leaseUntil,
      workerId: "w",
      free,
      batches: [
        { kinds: ["test.batch_a"], size: sizes[0] },
        { kinds: ["test.batch_b"], size: sizes[1] },
      ],
      single: { exceptKinds: ["test.batch_a", "test.batch_b"], limit: free },
    });
  const kinds = (groups: { kind: string }[][]) => groups.map((g) => g.map((job) => job.kind));

  it("gives each batch up to its size and one slot, and the single jobs what is left, in run order", async () => {
    await add("test.batch_a", 5);
    await add("test.batch_b", 2);
    await add("test.single", 6);
    const groups = await claim(4, [3, 10]);
    expect(kinds(groups)).toEqual([
      ["test.batch_a", "test.batch_a", "test.batch_a"],
      ["test.batch_b", "test.batch_b"],
      ["test.single", "test.single"],
    ]);
    expect(groups[2]?.map((job) => job.idempotency_key)).toEqual([
      "test.single-pending-0",
      "test.single-pending-1",
    ]);
    for (const job of groups.flat()) {
      expect(job).toMatchObject({ status: "running", attempts: 1 });
      expect(job.lock_token?.startsWith("w/")).toBe(true);
    }
    const left = await database.db
      .selectFrom("jobs")
      .select("kind")
      .where("status", "=", "pending")
      .execute();
    expect(left).toHaveLength(13 - 7);
  });

  it("takes no slot for a batch that finds nothing, nor for one asked for none (running here)", async () => {
    await add("test.batch_a", 2);
    await add("test.single", 5);
    expect(kinds(await claim(3, [0, 10]))).toEqual([[], [], ["test.single", "test.single", "test.single"]]);
  });

  it("claims a later batch only while a slot is left, and skips jobs another worker holds", async () => {
    await add("test.batch_a", 1);
    await add("test.batch_b", 1);
    await add("test.single", 1, "running");
    await add("test.single", 1);
    expect(kinds(await claim(1, [5, 5]))).toEqual([["test.batch_a"], [], []]);
    expect(kinds(await claim(2, [5, 5]))).toEqual([[], ["test.batch_b"], ["test.single"]]);
    const held = await database.db
      .selectFrom("jobs")
      .select("lock_token")
      .where("lock_token", "=", "other/x")
      .execute();
    expect(held).toHaveLength(1);
  });
});
