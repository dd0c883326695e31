// Jobs throughput: how fast jobs are enqueued (in transactions of `batch`, as services
// enqueue them) and run by `workers` workers of `concurrency` each, on PGlite in memory or on
// the PostgreSQL of DATABASE_URL (in a schema of its own, dropped afterwards). The handler does
// nothing, so this is the cost of the queue itself: claim, lease, outcome.
//
//   npx tsx bench/jobs.ts [pglite|postgres] [jobs=5000] [workers=1] [concurrency=8] [batch=100]
import { execSync } from "node:child_process";
import pg from "pg";
import { z } from "zod";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps, type Deps } from "../packages/server/src/create-deps.js";
import { type Database, openDatabase } from "../packages/server/src/db/database.js";
import { migrate } from "../packages/server/src/db/migrate.js";
import { defineJobKind } from "../packages/server/src/jobs/job-kind.js";
import { JobWorker } from "../packages/server/src/jobs/job-worker.js";

const [kind = "pglite", jobsArg = "5000", workersArg = "1", concurrencyArg = "8", batchArg = "100"] =
  process.argv.slice(2);
const total = Number(jobsArg);
const workerCount = Number(workersArg);
const concurrency = Number(concurrencyArg);
const batch = Number(batchArg);
const load = () => execSync("uptime").toString().trim();

let ran = 0;
const noop = defineJobKind({
  kind: "bench.noop",
  label: "Benchmark: do nothing",
  payload: z.object({ n: z.number() }),
  async run() {
    ran += 1;
  },
});

const url = process.env.DATABASE_URL;
const schema = `bench_jobs_${process.pid}`;
async function open(): Promise<Database> {
  if (kind === "pglite") return openDatabase({ kind: "pglite", dataDir: "memory" });
  if (!url) throw new Error("set DATABASE_URL for the postgres run");
  return openDatabase({ kind: "postgres", url, schema });
}

console.log(`before: ${load()}`);
if (kind === "postgres") {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
}
const first = await open();
await migrate(first);
const config = parapetConfigFromEnv({});
const depsOf = (database: Database) => createDeps(config, { database, logLevel: false, jobKinds: [noop] });
const deps: Deps[] = [await depsOf(first)];
// On PostgreSQL each worker gets a pool of its own, as separate processes would; PGlite has one session.
for (let i = 1; i < workerCount; i += 1)
  deps.push(kind === "pglite" ? (deps[0] as Deps) : await depsOf(await open()));
const main = deps[0] as Deps;

let started = performance.now();
for (let n = 0; n < total; n += batch) {
  await main.db.transaction().execute(async (trx) => {
    for (let i = n; i < Math.min(total, n + batch); i += 1)
      await main.jobs.enqueue(trx, noop, { n: i }, { key: `bench-${i}`, organisationId: null });
  });
}
const enqueueSeconds = (performance.now() - started) / 1000;

started = performance.now();
const workers = deps.map((d) => new JobWorker(d, { concurrency, pollMs: 5 }));
for (const worker of workers) worker.start();
while (ran < total) await new Promise((resolve) => setTimeout(resolve, 5));
const runSeconds = (performance.now() - started) / 1000;
for (const worker of workers) await worker.stop();

console.log(
  `${kind}: ${total} jobs enqueued in transactions of ${batch}: ${Math.round(total / enqueueSeconds)} jobs/s; ` +
    `run by ${workerCount} worker(s) × ${concurrency}: ${Math.round(total / runSeconds)} jobs/s`,
);
for (const d of new Set(deps)) await d.close();
if (kind === "postgres") {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
console.log(`after: ${load()}`);
