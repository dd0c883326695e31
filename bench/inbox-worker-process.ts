/**
 * One `parapet worker` for bench/inbox-ingest.ts --worker-processes: the real JobWorker, started as
 * `parapet worker` starts it (woken by the database's job announcements, polling besides), in a
 * process of its own against the bench's PostgreSQL schema. Says "ready" on stdout once its
 * pack is warm and it listens; stops (finishing what it holds) on SIGTERM.
 *
 *   DATABASE_URL=… BENCH_SCHEMA=… npx tsx bench/inbox-worker-process.ts [concurrency]
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { openDatabase } from "../packages/server/src/db/database.js";
import { JobWorker } from "../packages/server/src/jobs/job-worker.js";
import { warmUpPack } from "../packages/server/src/warm-up.js";

const url = process.env.DATABASE_URL;
const schema = process.env.BENCH_SCHEMA;
if (!url || !schema) throw new Error("DATABASE_URL and BENCH_SCHEMA are needed");
const database = await openDatabase({ kind: "postgres", url, schema });
const config = parapetConfigFromEnv({
  PARAPET_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
  PARAPET_AUDIT_KEY: Buffer.alloc(32, 3).toString("base64"),
  PARAPET_AUDIT_CHECKPOINTS: join(mkdtempSync(join(tmpdir(), "parapet-bench-worker-")), "checkpoints.jsonl"),
});
const deps = await createDeps(config, { database, logLevel: false, prepare: true });
const org = await deps.db.selectFrom("organisations").select("pack_id").executeTakeFirstOrThrow();
warmUpPack(org.pack_id, 8);
const worker = new JobWorker(deps, { concurrency: Number(process.argv[2] ?? 8) });
const started = process.cpuUsage();
worker.start();
process.stdout.write("ready\n");
process.on("SIGTERM", () => {
  void worker
    .stop()
    .then(() => {
      // The process's CPU time, for the bench's pipelineCpuSeconds.
      const cpu = process.cpuUsage(started);
      process.stdout.write(`cpu ${(cpu.user + cpu.system) / 1e6}\n`);
    })
    .then(() => deps.close())
    .finally(() => process.exit(0));
});
