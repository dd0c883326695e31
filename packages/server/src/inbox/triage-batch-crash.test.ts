import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ProcessDatabase,
  processDatabase,
  type ReadyProcess,
  startTestWorker,
} from "../../test/helpers/child-process.js";
import { inboundItem } from "../../test/helpers/inbox.js";
import { testConfig } from "../../test/helpers/test-app.js";
import { TEST_AUDIT_KEY, testCheckpointFile } from "../../test/helpers/test-audit.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { callPlatform } from "../../test/helpers/worker-process.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { verifyAuditTrail } from "../audit/verify-audit-chain.js";
import { createDeps } from "../create-deps.js";
import { migrate } from "../db/migrate.js";
import { seedDemo } from "../organisations/seed-demo.js";
import { ingestItems } from "./ingest.service.js";

const LEASE_MS = 4000;
const DELIVERIES = 3;
const PER_DELIVERY = 20;

function startWorker(env: NodeJS.ProcessEnv): Promise<ReadyProcess> {
  return startTestWorker(env, { leaseMs: LEASE_MS });
}

/**
 * A worker claims several deliveries' triage jobs and triages them in one transaction with one
 * append to the organisation's audit chain (docs/benchmarks.md, 4 December). Killed with SIGKILL
 * inside that transaction — its items already updated, waiting for the chain head another session
 * holds — nothing of the batch is kept; another worker takes the jobs over when their lease ends
 * and triages every message once, each with its audit row, and the chain verifies. PostgreSQL
 * only: holding the head from a second session while a worker process waits needs two sessions.
 */
describe.skipIf(!TEST_DATABASES.includes("postgres"))("a worker killed inside a triage batch", () => {
  let where: ProcessDatabase;
  const url = process.env.DATABASE_URL ?? "";

  beforeAll(async () => {
    where = await processDatabase("postgres", {
      prefix: "triage-crash",
      env: process.env,
      postgresEnv: () => ({
        PARAPET_AUDIT_KEY: TEST_AUDIT_KEY,
        PARAPET_AUDIT_CHECKPOINTS: testCheckpointFile(),
      }),
    });
  });
  afterAll(async () => {
    await where?.cleanup();
  });

  const withDeps = async <T>(work: (deps: Awaited<ReturnType<typeof createDeps>>) => Promise<T>) => {
    const deps = await createDeps(testConfig({ database: where.location }), {
      logLevel: false,
      jobKinds: [callPlatform],
    });
    try {
      return await work(deps);
    } finally {
      await deps.close();
    }
  };
  const schema = () => (where.location.kind === "postgres" ? (where.location.schema ?? "") : "");
  /** The workers' connections carry the schema's name, so that this test sees only its own sessions. */
  const workerEnv = () => {
    const scoped = new URL(where.env.DATABASE_URL ?? "");
    scoped.searchParams.set("application_name", schema());
    return { ...where.env, DATABASE_URL: scoped.toString() };
  };

  /** Polls a condition, a bounded number of times. */
  async function until(what: string, check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 1200; i += 1) {
      if (await check()) return;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`gave up waiting: ${what}`);
  }

  it("keeps nothing of the batch, and the next worker triages each message once with its audit row", async () => {
    const organisationId = await withDeps(async (deps) => {
      await migrate(deps.database);
      await seedDemo(deps.db, deps);
      const org = await deps.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow();
      for (let d = 0; d < DELIVERIES; d += 1)
        await ingestItems(deps, {
          organisationId: org.id,
          accountId: null,
          items: Array.from({ length: PER_DELIVERY }, (_, i) =>
            inboundItem({
              externalId: `batch-crash-${d}-${i}`,
              text:
                i % 5 === 0
                  ? "I can't go on any more, I've taken all my tablets tonight."
                  : "Where do I park?",
            }),
          ),
          actor: SYSTEM_ACTOR,
          source: "webhook",
        });
      return org.id;
    });

    // Another session holds the organisation's chain head: the worker's batch transaction will
    // store its results, then wait for the head (the last thing it takes) until the kill.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query(`set search_path = ${schema()}`);
    await holder.query("begin");
    await holder.query("select * from audit_chain_heads where chain = $1 for update", [organisationId]);
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    const waiting = async () =>
      (
        await watcher.query<{ pid: number }>(
          `select pid from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock' and query like '%insert into audit_chain_heads %'`,
          [schema()],
        )
      ).rows;
    try {
      const first = await startWorker(workerEnv());
      await until("the batch waits for the chain head", async () => (await waiting()).length === 1);
      const [blocked] = await waiting();
      // One claim, one batch: every delivery's job held by the same claim of the same worker.
      const claimed = await watcher.query<{ token: string; attempts: number }>(
        `select split_part(lock_token, '/', 1) as token, attempts from ${schema()}.jobs where kind = 'inbox.triage_delivery' and status = 'running'`,
      );
      expect(claimed.rows).toHaveLength(DELIVERIES);
      expect(new Set(claimed.rows.map((r) => r.token)).size).toBe(1);
      first.child.kill("SIGKILL");
      expect(await first.exited).toBe(null);
      await holder.query("rollback");
      // The killed worker's session ends (its transaction rolled back) once it has the head.
      await until(
        "the killed worker's session ends",
        async () =>
          (await watcher.query("select 1 from pg_stat_activity where pid = $1", [blocked?.pid])).rowCount ===
          0,
      );
    } finally {
      await holder.end();
    }

    const afterKill = await withDeps(async (deps) => ({
      triaged: await deps.db
        .selectFrom("inbox_items")
        .select("id")
        .where("triaged_at", "is not", null)
        .execute(),
      audit: await deps.db
        .selectFrom("audit_events")
        .select("seq")
        .where("action", "=", "inbox.triaged")
        .execute(),
      report: await verifyAuditTrail(deps.db, deps.auditTrail),
    }));
    expect(afterKill.triaged, "nothing of the killed batch is kept").toEqual([]);
    expect(afterKill.audit).toEqual([]);
    expect(afterKill.report.ok).toBe(true);

    const second = await startWorker(workerEnv());
    try {
      await until("the next worker has triaged every message and finished its jobs", async () => {
        const left = await watcher.query(
          `select 1 from ${schema()}.inbox_items where triaged_at is null
           union all select 1 from ${schema()}.jobs where kind = 'inbox.triage_delivery' and status <> 'succeeded'`,
        );
        return left.rowCount === 0;
      });
    } finally {
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
      await watcher.end();
    }

    await withDeps(async (deps) => {
      const items = await deps.db.selectFrom("inbox_items").select("id").execute();
      expect(items).toHaveLength(DELIVERIES * PER_DELIVERY);
      const triaged = await deps.db
        .selectFrom("audit_events")
        .select(["entity_id", "chain_seq", "occurred_at"])
        .where("action", "=", "inbox.triaged")
        .orderBy("chain_seq")
        .execute();
      // Each message once, each with its audit row, all appended together (one head lock, one
      // time, consecutive places in the chain).
      expect(triaged.map((r) => r.entity_id).sort()).toEqual(items.map((i) => i.id).sort());
      expect(new Set(triaged.map((r) => r.occurred_at.toISOString())).size).toBe(1);
      const seqs = triaged.map((r) => Number(r.chain_seq));
      expect((seqs[seqs.length - 1] ?? 0) - (seqs[0] ?? 0)).toBe(seqs.length - 1);
      const jobs = await deps.db
        .selectFrom("jobs")
        .select(["status", "attempts"])
        .where("kind", "=", "inbox.triage_delivery")
        .execute();
      // Every delivery's job done; the killed attempt counted (a loaded machine may add another
      // when a lease runs out mid-batch, which the checks above show changes nothing).
      expect(jobs).toHaveLength(DELIVERIES);
      for (const job of jobs) {
        expect(job.status).toBe("succeeded");
        expect(job.attempts).toBeGreaterThanOrEqual(2);
      }
      expect((await verifyAuditTrail(deps.db, deps.auditTrail)).ok).toBe(true);
    });
  }, 300_000);
});
