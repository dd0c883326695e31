/**
 * The inbox's ingest and triage (issue 14's figures): N messages arrive in batches (as webhook
 * deliveries do, through the same `ingestItems` the webhook route calls), each stored with its
 * version, history, audit row and triage job in one transaction per batch; then the real job
 * workers triage them all; then the queue's API is timed (p50/p99 over several filters) with
 * every item open. Figures taken at load > 3 are not valid (say the load).
 *
 *   npx tsx bench/inbox-ingest.ts [messages] [batch] [--database pglite|postgres] [--workers N]
 *                                 [--worker-processes N] [--queue-samples K] [--skip-triage] [--explain]
 *
 * Before the queue is timed its items are spread across statuses, accounts, assignees, tags and
 * arrival times (inbox-queue-spread.ts; with --skip-triage across categories and urgencies too),
 * and every view the queue page offers is sampled in turn (p99 per view in queueP99MsByView).
 * --explain prints each view's plan (stderr).
 *
 * Issue 14's targets and the commands that measure them:
 *   ingest with triage ≥ 500/s on PGlite:      npx tsx bench/inbox-ingest.ts 5000 20
 *   ≥ 2,000/s on PostgreSQL with two workers:  DATABASE_URL=postgres://… npx tsx bench/inbox-ingest.ts 20000 50 --database postgres --worker-processes 2
 *   (--workers N instead: N workers in this process, after the burst: ingest and triage apart)
 *   queue p99 ≤ 50 ms with 100,000 open:       npx tsx bench/inbox-ingest.ts 100000 200 --skip-triage --queue-samples 200
 * (PostgreSQL runs in a schema of its own, dropped at the end.)
 */

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { SYSTEM_ACTOR } from "../packages/server/src/audit/actor.js";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { type Database, openDatabase } from "../packages/server/src/db/database.js";
import { migrate } from "../packages/server/src/db/migrate.js";
import { queueSelect } from "../packages/server/src/inbox/inbox.repository.js";
import type { QueueQuery } from "../packages/server/src/inbox/inbox.schema.js";
import { queueFilters, queuePage } from "../packages/server/src/inbox/inbox-views.js";
import { ingestItems } from "../packages/server/src/inbox/ingest.service.js";
import { JobWorker } from "../packages/server/src/jobs/job-worker.js";
import { seedDemo } from "../packages/server/src/organisations/seed-demo.js";
import { warmUpPack } from "../packages/server/src/warm-up.js";
import { spreadQueue } from "./inbox-queue-spread.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    database: { type: "string", default: "pglite" },
    workers: { type: "string", default: "1" },
    "worker-processes": { type: "string", default: "0" },
    "queue-samples": { type: "string", default: "50" },
    "skip-triage": { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
  },
});
const total = Number(positionals[0] ?? 2000);
const batch = Number(positionals[1] ?? 20);
const workerProcesses = Number(values["worker-processes"]);
const workers = workerProcesses > 0 ? workerProcesses : Number(values.workers);
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

if (workerProcesses > 0 && (kind !== "postgres" || values["skip-triage"])) {
  console.error("--worker-processes needs --database postgres, and triage");
  process.exit(2);
}
let database: Database;
let benchSchema = "";
let pgUrl = "";
let dropSchema = async () => undefined;
/** Each PostgreSQL backend's role (backendCpuSeconds): ingest, workers or listen. */
const backendRole = new Map<number, string>();

if (kind === "postgres") {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("--database postgres needs DATABASE_URL");
    process.exit(2);
  }
  const schema = `bench_inbox_${Math.random().toString(16).slice(2, 10)}`;
  benchSchema = schema;
  // The bench's connections (and its worker processes') name themselves, so that the CPU time
  // of their PostgreSQL backends can be counted (pipelineCpuSeconds).
  pgUrl = withApplicationName(url, schema);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  dropSchema = async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  };
  database = await openDatabase({ kind: "postgres", url: pgUrl, schema });
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

// Worker processes (as `parapet worker` runs beside the server) start before the burst and triage
// while it arrives: the end-to-end figure is then the pipeline's, from the first webhook to the
// last message triaged, not ingest's time plus triage's.
// Should the bench fail, its workers go with it (they would otherwise poll a dropped schema).
const spawned: ReturnType<typeof spawn>[] = [];
process.on("exit", () => {
  for (const child of spawned) if (child.exitCode === null) child.kill("SIGKILL");
});
const children = await Promise.all(
  Array.from({ length: workerProcesses }, async () => {
    // BENCH_WORKER_NODE_ARGS: extra node options for the workers (e.g. "--cpu-prof --cpu-prof-dir=…").
    const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? "").split(" ").filter(Boolean);
    const child = spawn(
      process.execPath,
      [...nodeArgs, "--import", "tsx", "bench/inbox-worker-process.ts", "8"],
      {
        // Named apart, so that their backends' CPU is counted apart from the bench's (ingest's).
        env: {
          ...process.env,
          DATABASE_URL: withApplicationName(pgUrl, `${benchSchema}_worker`),
          BENCH_SCHEMA: benchSchema,
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    spawned.push(child);
    child.stdout?.on("data", (chunk: Buffer) => {
      const cpu = /cpu (\d+(?:\.\d+)?)/.exec(chunk.toString());
      if (cpu) workerCpuSeconds += Number(cpu[1]);
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`a worker process ended (${code}) before it was ready`)));
    });
    return child;
  }),
);
let workerCpuSeconds = 0;
const countTriaged = async () => {
  const row = await deps.db
    .selectFrom("inbox_items")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("triaged_at", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

const backends0 = await backendCpuSeconds();
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
let backendSeconds: number | undefined;
let backendSplit: Record<string, number> | undefined;
if (workerProcesses > 0) {
  while ((await countTriaged()) < total) await new Promise((r) => setTimeout(r, 50));
  const backends1 = await backendCpuSeconds();
  backendSeconds = sumSince(backends0, backends1);
  backendSplit = splitSince(backends0, backends1);
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.on("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
} else if (!values["skip-triage"]) {
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
  triaged = await countTriaged();
}
const cpuSeconds = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1e6;

// The queue's API with every item open, spread first across statuses, accounts, assignees, tags
// and arrival times (inbox-queue-spread.ts): every view the queue page offers (urgency, due time,
// category, account, assignee, tag, status) and a few saved views that combine them, each sampled
// in turn, each following its own `next` for a few pages (keyset pagination) before starting again.
const spread = await spreadQueue(deps, org.id, { fillTriage: values["skip-triage"] });
// The spread rewrote every row several times: vacuumed and analysed, as a queue built over weeks
// would be (autovacuum on PostgreSQL; on PGlite, which has none, the hourly housekeeping).
await sql`vacuum analyze inbox_items`.execute(deps.db);
await sql`vacuum analyze inbox_item_tags`.execute(deps.db);
const me = spread.assigneeIds[0];
const actor = { kind: "user" as const, id: me ?? null, organisationId: org.id, roles: [] };
const VIEWS: Record<string, QueueQuery> = {
  all: { limit: 50 },
  "urgency critical/high": { limit: 50, urgency: ["critical", "high"] },
  "urgency normal/low": { limit: 50, urgency: ["normal", "low"] },
  overdue: { limit: 50, due: "overdue" },
  "due before a week ago": { limit: 50, due: new Date(Date.now() - 7 * 86_400_000).toISOString() },
  "category complaint": { limit: 50, category: ["complaint"] },
  "category foi/subject access": { limit: 50, category: ["foi", "subject_access"] },
  "account (10 %)": { limit: 50, ...(spread.accountIds[2] ? { account: spread.accountIds[2] } : {}) },
  "assignee me": { limit: 50, assignee: "me" },
  "assignee none": { limit: 50, assignee: "none" },
  "tag press": { limit: 50, tag: "press" },
  "tag follow-up": { limit: 50, tag: "follow-up" },
  "status new": { limit: 50, status: ["new"] },
  "status waiting": { limit: 50, status: ["waiting"] },
  "status done (none)": { limit: 50, status: ["done"] },
  "saved: new, normal/low": { limit: 50, status: ["new"], urgency: ["normal", "low"] },
  "saved: mine, overdue": { limit: 50, assignee: "me", status: ["assigned", "waiting"], due: "overdue" },
  "saved: complaints, new, account": {
    limit: 50,
    category: ["complaint"],
    status: ["new"],
    ...(spread.accountIds[1] ? { account: spread.accountIds[1] } : {}),
  },
  "saved: press, waiting": { limit: 50, tag: "press", status: ["waiting"] },
};
const PAGES_PER_ROUND = 4;
const names = Object.keys(VIEWS);
const perView = new Map<string, number[]>(names.map((name) => [name, []]));
const cursors = new Map<string, string | undefined>();
const timings: number[] = [];
let firstPageTop: string | undefined;
// A warm-up round (the first statement of each shape prepares its plan), not counted.
for (const name of names) await queuePage(deps, actor, VIEWS[name] ?? { limit: 50 });
for (let i = 0; i < samples; i += 1) {
  const name = names[i % names.length] ?? "all";
  const round = Math.floor(i / names.length);
  const cursor = round % PAGES_PER_ROUND === 0 ? undefined : cursors.get(name);
  const query = { ...VIEWS[name], limit: 50, ...(cursor ? { cursor } : {}) };
  const q0 = performance.now();
  const page = await queuePage(deps, actor, query);
  const ms = performance.now() - q0;
  timings.push(ms);
  perView.get(name)?.push(ms);
  if (i === 0) firstPageTop = page.items[0]?.categoryLabel;
  cursors.set(name, page.next ?? undefined);
}
// The plan of each view's first page and of a page further on (EXPLAIN ANALYZE, BUFFERS).
if (values.explain)
  for (const name of names) {
    const view = VIEWS[name] ?? { limit: 50 };
    for (const cursor of [undefined, cursors.get(name)]) {
      const query = queueSelect(
        deps.db,
        queueFilters(deps, actor, { ...view, ...(cursor ? { cursor } : {}) }),
      );
      const plan = await query.explain(undefined, sql`analyze, buffers`);
      console.error(`--- ${name}${cursor ? " (a later page)" : ""}`);
      for (const row of plan) console.error(Object.values(row)[0]);
    }
  }
timings.sort((a, b) => a - b);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 10) / 10;
};
const pct = (p: number) => percentile(timings, p);
console.log(
  JSON.stringify({
    database: kind,
    messages: total,
    batch,
    workers: values["skip-triage"] ? 0 : workers,
    workerProcesses,
    triaged,
    ingestPerSecond: Math.round(total / ((ingested - started) / 1000)),
    // With worker processes triage overlaps ingest: what is left is how long the queue took to
    // drain after the last webhook.
    triagePerSecond:
      values["skip-triage"] || workerProcesses > 0 ? null : Math.round(triaged / ((done - ingested) / 1000)),
    drainAfterIngestMs: workerProcesses > 0 ? Math.round(done - ingested) : undefined,
    endToEndPerSecond: values["skip-triage"] ? null : Math.round(total / ((done - started) / 1000)),
    // This process's CPU time (PGlite runs in it; PostgreSQL's own CPU is not counted): a figure
    // that the machine's load disturbs less than the wall-clock rates above.
    ingestPerCpuSecond: Math.round(total / cpuSeconds(cpu0, cpu1)),
    triagePerCpuSecond:
      values["skip-triage"] || workerProcesses > 0 ? null : Math.round(triaged / cpuSeconds(cpu1, cpu2)),
    // With worker processes: the CPU time of the whole pipeline (this process, the workers and
    // the PostgreSQL backends of all of them) per message, which the machine's load disturbs far
    // less than the wall clock: on this machine's cores the pipeline cannot go faster than
    // cores ÷ CPU-seconds per message, whatever else runs.
    pipelineCpuSeconds:
      backendSeconds === undefined
        ? undefined
        : {
            bench: round2(cpuSeconds(cpu0, cpu2)),
            workers: round2(workerCpuSeconds),
            postgres: round2(backendSeconds),
            // The PostgreSQL CPU by whose connection it served: the bench's (ingest), the
            // workers' (claims, triage's statements), and the LISTEN connections (announcements).
            postgresBy: backendSplit,
            perThousandMessages: round2(
              ((cpuSeconds(cpu0, cpu2) + workerCpuSeconds + backendSeconds) * 1000) / total,
            ),
          },
    queueSamples: samples,
    queueP50Ms: pct(0.5),
    queueP99Ms: pct(0.99),
    queueP99MsByView: Object.fromEntries([...perView].map(([name, ms]) => [name, percentile(ms, 0.99)])),
    firstPageTop,
    load: loadavg()[0]?.toFixed(2),
  }),
);
await deps.close();
await dropSchema();

/** The URL with application_name set (the pg driver reads it from the query string). */
function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("application_name", name);
  return parsed.toString();
}

/**
 * The CPU seconds so far of each PostgreSQL backend serving this bench's connections, by pid,
 * read from /proc (PostgreSQL on this machine; none elsewhere).
 */
async function backendCpuSeconds(): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (kind !== "postgres") return out;
  const rows = await sql<{ pid: number; application_name: string; query: string }>`
    select pid, application_name, query from pg_stat_activity
    where application_name in (${benchSchema}, ${`${benchSchema}_worker`})`.execute(deps.db);
  for (const { pid, application_name, query } of rows.rows) {
    backendRole.set(
      pid,
      query.startsWith("listen") ? "listen" : application_name === benchSchema ? "ingest" : "workers",
    );
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime, fields 14 and 15 of the line (11 and 12 after the name), in 1/100 s.
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Not on this machine, or gone: not counted.
    }
  }
  return out;
}

function splitSince(before: Map<number, number>, after: Map<number, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [pid, seconds] of after) {
    const role = backendRole.get(pid) ?? "other";
    out[role] = round2((out[role] ?? 0) + seconds - (before.get(pid) ?? 0));
  }
  return out;
}

function sumSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
