/**
 * Alert latency, end to end, as the issue measures it: a crisis comment arrives through a
 * signed Facebook webhook; from the moment the webhook is acknowledged (200) until (a) the
 * officer's live stream (GET /api/v1/notifications/stream, a real HTTP server) carries the
 * in-app notification and (b) the alert e-mail is received by an SMTP server on loopback
 * (STARTTLS, a certificate made for the run). The real worker runs in the process with its
 * default settings (woken by the database's announcement of a new job; it polls every 500 ms as well),
 * as `parapet serve` on PGlite does.
 * Figures taken at load > 3 are not valid (the load is printed).
 *
 *   npx tsx bench/alert-latency.ts [alerts] [pglite|postgres]
 *
 * postgres needs DATABASE_URL; the run uses a schema of its own and drops it.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { buildApp } from "../packages/server/src/app.js";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { openDatabase } from "../packages/server/src/db/database.js";
import { JobWorker } from "../packages/server/src/jobs/job-worker.js";
import { DEMO_PASSWORD, seedDemo } from "../packages/server/src/organisations/seed-demo.js";
import { warmUpPack } from "../packages/server/src/warm-up.js";
import { openEventStream } from "../packages/server/test/helpers/event-stream.js";
import {
  feedComment,
  signMeta,
  testFacebookAccount,
} from "../packages/server/test/helpers/graph-platform.js";
import { startLoopbackSmtp } from "../packages/server/test/helpers/smtp-server.js";

const alerts = Number(process.argv[2] ?? 20);
const kind = process.argv[3] === "postgres" ? "postgres" : "pglite";
const CRISES = [
  "I can't go on any more, I've taken all my tablets tonight and I want it to end.",
  "Nobody would miss me. I have saved up my pills and tonight I am going to take them all.",
  "I'm standing on the bridge now and I am going to jump, I can't do this any more.",
];

const loadBefore = loadavg()[0] ?? 0;
const schema = `bench_${randomBytes(4).toString("hex")}`;
const url = process.env.DATABASE_URL;
if (kind === "postgres") {
  if (!url) throw new Error("postgres needs DATABASE_URL");
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
}
const database = await openDatabase(
  kind === "postgres" && url ? { kind: "postgres", url, schema } : { kind: "pglite", dataDir: "memory" },
);
const smtp = await startLoopbackSmtp();
const config = {
  ...parapetConfigFromEnv({
    PARAPET_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
    PARAPET_AUDIT_KEY: Buffer.alloc(32, 3).toString("base64"),
    PARAPET_AUDIT_CHECKPOINTS: join(mkdtempSync(join(tmpdir(), "parapet-bench-alert-")), "checkpoints.jsonl"),
  }),
  mail: smtp.settings(),
};
const deps = await createDeps(config, { database, logLevel: false, prepare: true });
await seedDemo(deps.db, deps);
const app = await buildApp({ deps, rateLimit: { perMinute: 1_000_000, signInPerMinute: 1000 } });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
if (!address || typeof address === "string") throw new Error("not listening");
const base = `http://127.0.0.1:${address.port}`;
const worker = new JobWorker(deps);
worker.start();
// As `parapet serve` does once listening (start-server.ts, warm-up.ts): the pack's cue tables are
// compiled before the first message, so the first alert is not the compile's (seconds under load).
const organisation = await deps.db.selectFrom("organisations").select("pack_id").executeTakeFirstOrThrow();
warmUpPack(organisation.pack_id, 2);

async function signIn(email: string) {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

const admin = await signIn("admin@fenmoor.example");
// The Graph API is never called on this path (no reply is sent): any address will do.
const connected = await fetch(`${base}/api/v1/inbox-accounts`, {
  method: "POST",
  headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken, "content-type": "application/json" },
  body: JSON.stringify(testFacebookAccount("http://127.0.0.1:9")),
});
if (connected.status !== 200) throw new Error(`connecting the account failed: ${await connected.text()}`);
const webhook = `${base}${((await connected.json()) as { webhookPath: string }).webhookPath}`;
const officer = await signIn("comms@fenmoor.example");
const stream = await openEventStream(`${base}/api/v1/notifications/stream`, officer.cookie);
await stream.next((e) => e.event === "unread", 5000);

const toStream: number[] = [];
const toMail: number[] = [];
// From the request leaving: never below zero. The figures from the 200 can be: the alert may be
// pushed before the client has read the webhook's answer.
const fromSentToStream: number[] = [];
const fromSentToMail: number[] = [];
for (let i = 0; i < alerts; i += 1) {
  const from = stream.events.length;
  const mailsBefore = smtp.received.filter((m) => m.to[0] === "comms@fenmoor.example").length;
  const body = feedComment({
    commentId: `latency-${i}`,
    text: `${CRISES[i % CRISES.length]} (${i})`,
    at: new Date(),
  });
  const sent = performance.now();
  const res = await fetch(webhook, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
    body,
  });
  const acknowledged = performance.now();
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
  const event = await stream.next((e) => e.event === "notification", 30_000, from);
  toStream.push(event.at - acknowledged);
  fromSentToStream.push(event.at - sent);
  for (;;) {
    const mine = smtp.received.filter((m) => m.to[0] === "comms@fenmoor.example").length;
    if (mine > mailsBefore) break;
    if (performance.now() - acknowledged > 60_000) throw new Error("no e-mail within 60 s");
    await new Promise((r) => setTimeout(r, 5));
  }
  toMail.push(performance.now() - acknowledged);
  fromSentToMail.push(performance.now() - sent);
  // Each alert on its own: the next one starts from an idle system.
  await new Promise((r) => setTimeout(r, 200));
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`;
};
console.log(`alert latency on ${kind}, ${alerts} crisis webhooks, one at a time`);
console.log(`  acknowledged → in-app notification on the live stream: ${stats(toStream)}`);
console.log(`  acknowledged → e-mail received by the SMTP server:     ${stats(toMail)}`);
console.log(`  webhook sent → in-app notification on the live stream: ${stats(fromSentToStream)}`);
console.log(`  webhook sent → e-mail received by the SMTP server:     ${stats(fromSentToMail)}`);
console.log(`  each, acknowledged → live stream: ${toStream.map((ms) => ms.toFixed(0)).join(", ")} ms`);
console.log(`  each, acknowledged → e-mail:      ${toMail.map((ms) => ms.toFixed(0)).join(", ")} ms`);
console.log(`  load average before ${loadBefore.toFixed(2)}, after ${(loadavg()[0] ?? 0).toFixed(2)}`);

stream.close();
await worker.stop();
await app.close();
await smtp.close();
await database.close();
if (kind === "postgres" && url) {
  const admin2 = new pg.Client({ connectionString: url });
  await admin2.connect();
  await admin2.query(`drop schema ${schema} cascade`);
  await admin2.end();
}
