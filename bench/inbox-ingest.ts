/**
 * The inbox's ingest and triage (issue 14's figures): N messages arrive in batches (as webhook
 * deliveries do, through the same `ingestItems` the webhook route calls), each stored with its
 * version, history, audit row and triage job in one transaction per batch; then the real job
 * workers triage them all; then the queue's API is timed (p50/p99 over several filters) with
 * every item open. Figures taken at load > 3 are not valid (say the load).
 *
 *   npx tsx bench/inbox-ingest.ts [messages] [batch] [--database pglite|postgres] [--workers N]
 *                                 [--queue-samples K] [--skip-triage]
 *
 * Issue 14's targets and the commands that measure them:
 *   ingest with triage ≥ 500/s on PGlite:      npx tsx bench/inbox-ingest.ts 5000 20
 *   ≥ 2,000/s on PostgreSQL with two workers:  DATABASE_URL=postgres://… npx tsx bench/inbox-ingest.ts 20000 50 --database postgres --workers 2
 *   queue p99 ≤ 50 ms with 100,000 open:       npx tsx bench/inbox-ingest.ts 100000 200 --skip-triage --queue-samples 200
 * (PostgreSQL runs in a schema of its own, dropped at the end.)
 */

import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { SYSTEM_ACTOR } from "../packages/server/src/audit/actor.js";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { type Database, openDatabase } from "../packages/server/src/db/database.js";
import { migrate } from "../packages/server/src/db/migrate.js";
import { queuePage } from "../packages/server/src/inbox/inbox-views.js";
import { ingestItems } from "../packages/server/src/inbox/ingest.service.js";
import { JobWorker } from "../packages/server/src/jobs/job-worker.js";
import { seedDemo } from "../packages/server/src/organisations/seed-demo.js";
import { warmUpPack } from "../packages/server/src/warm-up.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    database: { type: "string", default: "pglite" },
    workers: { type: "string", default: "1" },
    "queue-samples": { type: "string", default: "50" },
    "skip-triage": { type: "boolean", default: false },
  },
});
const total = Number(positionals[0] ?? 2000);
const batch = Number(positionals[1] ?? 20);
const workers = Number(values.workers);
const samples = Number(values["queue-samples"]);
const kind = values.database;
if (kind !== "pglite" && kind !== "postgres") {
  console.error("--database is pglite or postgres");
  process.exit(2);
}
if (![total, batch, workers, samples].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("messages, batch, --workers and --queue-samples are positive whole numbers");
  process.exit(2);
}
const TEXTS = [
  "Thank you to the staff on ward 4, they were wonderful with my dad.",
  "I want to make a formal complaint about how long I waited in A&E last night.",
  "How do I get a copy of my medical records?",
  "I can't go on any more, I've taken all my tablets tonight.",
  "What time does the outpatients pharmacy close on Saturdays?",
];

let database: Database;
let dropSchema = async () => undefined;
if (kind === "postgres") {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("--database postgres needs DATABASE_URL");
    process.exit(2);
  }
  const schema = `bench_inbox_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  dropSchema = async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  };
  database = await openDatabase({ kind: "postgres", url, schema });
  await migrate(database);
} else {
  database = await openDatabase({ kind: "pglite", dataDir: "memory" });
}
const config = parapetConfigFromEnv({
  PARAPET_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
  PARAPET_AUDIT_KEY: Buffer.alloc(32, 3).toString("base64"),
  PARAPET_AUDIT_CHECKPOINTS: join(mkdtempSync(join(tmpdir(), "parapet-bench-inbox-")), "checkpoints.jsonl"),
});
const deps = await createDeps(config, { database, logLevel: false, prepare: true });
await seedDemo(deps.db, deps);
const org = await deps.db.selectFrom("organisations").select(["id", "pack_id"]).executeTakeFirstOrThrow();
// As `parapet serve` does once listening (warm-up.ts): the pack's cue tables are compiled before
// the first message, so the figures are of a running server, not of its first second.
warmUpPack(org.pack_id, 8);

const cpu0 = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < total; i += batch) {
  const items = Array.from({ length: Math.min(batch, total - i) }, (_, j) => {
    const n = i + j;
    const at = new Date(Date.UTC(2026, 10, 24, 9, 0, n % 3600)).toISOString();
    return {
      platform: "facebook",
      externalId: `bench-${n}`,
      account: "page",
      channel: "comment" as const,
      event: "created" as const,
      versionKey: "created",
      author: { platformId: `a${n}` },
      text: `${TEXTS[n % TEXTS.length]} (${n})`,
      createdAt: at,
      occurredAt: at,
    };
  });
  await ingestItems(deps, {
    organisationId: org.id,
    accountId: null,
    items,
    actor: SYSTEM_ACTOR,
    source: "webhook",
  });
}
const ingested = performance.now();
const cpu1 = process.cpuUsage();

// Several workers claim from the same table at once (FOR UPDATE SKIP LOCKED on PostgreSQL), as
// several `parapet worker` processes would; PGlite has one session, so one worker is its case.
let triaged = 0;
if (!values["skip-triage"]) {
  const runWorker = async () => {
    const worker = new JobWorker(deps, { concurrency: 8 });
    for (;;) {
      const claimed = await worker.runOnce();
      await worker.idle();
      if (claimed.length === 0) break;
    }
  };
  await Promise.all(Array.from({ length: workers }, runWorker));
}
const done = performance.now();
const cpu2 = process.cpuUsage();
if (!values["skip-triage"]) {
  const row = await deps.db
    .selectFrom("inbox_items")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("triaged_at", "is not", null)
    .executeTakeFirstOrThrow();
  triaged = Number(row.n);
}
const cpuSeconds = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1e6;

// The queue's API with every item open: the first page, a filtered page and a page further on.
const actor = { kind: "user" as const, id: null, organisationId: org.id, roles: [] };
const timings: number[] = [];
let cursor: string | undefined;
let firstPageTop: string | undefined;
for (let i = 0; i < samples; i += 1) {
  const query =
    i % 3 === 0
      ? { limit: 50 }
      : i % 3 === 1
        ? { limit: 50, status: ["new" as const], urgency: ["normal" as const, "low" as const] }
        : { limit: 50, ...(cursor ? { cursor } : {}) };
  const q0 = performance.now();
  const page = await queuePage(deps, actor, query);
  timings.push(performance.now() - q0);
  if (i === 0) firstPageTop = page.items[0]?.categoryLabel;
  if (i % 3 === 2) cursor = page.next ?? undefined;
}
timings.sort((a, b) => a - b);
const pct = (p: number) =>
  Math.round((timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] ?? 0) * 10) / 10;
console.log(
  JSON.stringify({
    database: kind,
    messages: total,
    batch,
    workers: values["skip-triage"] ? 0 : workers,
    triaged,
    ingestPerSecond: Math.round(total / ((ingested - started) / 1000)),
    triagePerSecond: values["skip-triage"] ? null : Math.round(triaged / ((done - ingested) / 1000)),
    endToEndPerSecond: values["skip-triage"] ? null : Math.round(total / ((done - started) / 1000)),
    // This process's CPU time (PGlite runs in it; PostgreSQL's own CPU is not counted): a figure
    // that the machine's load disturbs less than the wall-clock rates above.
    ingestPerCpuSecond: Math.round(total / cpuSeconds(cpu0, cpu1)),
    triagePerCpuSecond: values["skip-triage"] ? null : Math.round(triaged / cpuSeconds(cpu1, cpu2)),
    queueSamples: samples,
    queueP50Ms: pct(0.5),
    queueP99Ms: pct(0.99),
    firstPageTop,
    load: loadavg()[0]?.toFixed(2),
  }),
);
await deps.close();
await dropSchema();
