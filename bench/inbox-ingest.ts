/**
 * The inbox's ingest and triage on in-memory PGlite: N messages arrive in batches (as webhook
 * deliveries do), each stored with its version, history, audit row and triage job in one
 * transaction per batch; then the real worker triages them all. Prints messages per second for
 * each half and the queue's first page time. Figures taken at load > 3 are not valid (say the load).
 *
 *   npx tsx bench/inbox-ingest.ts [messages] [batch]
 */

import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { SYSTEM_ACTOR } from "../packages/server/src/audit/actor.js";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { openDatabase } from "../packages/server/src/db/database.js";
import { queuePage } from "../packages/server/src/inbox/inbox-views.js";
import { ingestItems } from "../packages/server/src/inbox/ingest.service.js";
import { JobWorker } from "../packages/server/src/jobs/job-worker.js";
import { seedDemo } from "../packages/server/src/organisations/seed-demo.js";

const total = Number(process.argv[2] ?? 2000);
const batch = Number(process.argv[3] ?? 20);
const TEXTS = [
  "Thank you to the staff on ward 4, they were wonderful with my dad.",
  "I want to make a formal complaint about how long I waited in A&E last night.",
  "How do I get a copy of my medical records?",
  "I can't go on any more, I've taken all my tablets tonight.",
  "What time does the outpatients pharmacy close on Saturdays?",
];

const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
const config = parapetConfigFromEnv({
  PARAPET_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
  PARAPET_AUDIT_KEY: Buffer.alloc(32, 3).toString("base64"),
  PARAPET_AUDIT_CHECKPOINTS: join(mkdtempSync(join(tmpdir(), "parapet-bench-inbox-")), "checkpoints.jsonl"),
});
const deps = await createDeps(config, { database, logLevel: false, prepare: true });
await seedDemo(deps.db, deps);
const org = await deps.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow();

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
const worker = new JobWorker(deps, { concurrency: 8 });
let triaged = 0;
for (;;) {
  const claimed = await worker.runOnce();
  await worker.idle();
  triaged += claimed.filter((j) => j.kind === "inbox.triage").length;
  if (claimed.length === 0) break;
}
const done = performance.now();
const actor = { kind: "user" as const, id: null, organisationId: org.id, roles: [] };
const q0 = performance.now();
const page = await queuePage(deps, actor, { limit: 50 });
const q1 = performance.now();
const load = loadavg()[0]?.toFixed(2);
console.log(
  JSON.stringify({
    messages: total,
    batch,
    triaged,
    ingestPerSecond: Math.round(total / ((ingested - started) / 1000)),
    triagePerSecond: Math.round(triaged / ((done - ingested) / 1000)),
    endToEndPerSecond: Math.round(total / ((done - started) / 1000)),
    firstPageMs: Math.round((q1 - q0) * 10) / 10,
    firstPageTop: page.items[0]?.categoryLabel,
    load,
  }),
);
await deps.close();
