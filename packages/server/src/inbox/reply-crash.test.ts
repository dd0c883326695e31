// Issue 14, "Reliability": kill -9 of the worker in the middle of a platform call. The real
// inbox.reply job, through the real Mastodon connector, in a real `parapet worker` process
// (test/helpers/worker-process.ts); the platform, on loopback, holds the first reply call open,
// the worker is killed with SIGKILL during it, and a second worker takes the job over once its
// lease expires. Mastodon keys a status by the request's Idempotency-Key (POST /api/v1/statuses):
// the same key twice is one status. On PGlite (a data directory) and on PostgreSQL.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ProcessDatabase,
  processDatabase,
  type ReadyProcess,
  startTestWorker,
} from "../../test/helpers/child-process.js";
import { organisationIdOf, userIdOf } from "../../test/helpers/inbox.js";
import { TEST_SECRET_KEY } from "../../test/helpers/test-app.js";
import { TEST_AUDIT_KEY, testCheckpointFile } from "../../test/helpers/test-audit.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { verifyAuditTrail } from "../audit/verify-audit-chain.js";
import { parapetConfigFromEnv } from "../config.js";
import { createDeps } from "../create-deps.js";
import { migrate } from "../db/migrate.js";
import { seedDemo } from "../organisations/seed-demo.js";
import { connectAccount } from "./inbox-accounts.service.js";
import { ingestItems } from "./ingest.service.js";
import { sendReply } from "./reply.service.js";

// Short, so the test is quick, but long enough that a loaded machine's stalls do not expire it.
const LEASE_MS = 4000;
const ACCOUNT = "109000";
const REPLY = "Thank you for getting in touch. Please call us on 0300 123 4567 and we will help.";

/**
 * A Mastodon instance on loopback: POST /api/v1/statuses makes one status per Idempotency-Key
 * (a second request with the same key gets the same status back, as Mastodon documents), and
 * holds its first request open after making the status, so that the worker dies before it hears
 * the answer. Polls get no notifications.
 */
class LoopbackMastodon {
  readonly posts: { key: string; body: { status?: string; in_reply_to_id?: string } }[] = [];
  /** Statuses made, by idempotency key: what the platform's followers would see. */
  readonly statuses = new Map<string, string>();
  readonly #held: ServerResponse[] = [];
  #server: Server | undefined;
  baseUrl = "";

  async start(): Promise<void> {
    const server = createServer((request, response) => void this.#handle(request, response));
    this.#server = server;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = "";
    for await (const chunk of request) body += chunk;
    const path = (request.url ?? "/").split("?")[0];
    const json = (status: number, value: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (request.method === "GET" && path === "/api/v1/notifications") return void json(200, []);
    if (request.method !== "POST" || path !== "/api/v1/statuses")
      return void json(404, { error: "Not found" });
    const key = String(request.headers["idempotency-key"] ?? "");
    this.posts.push({ key, body: JSON.parse(body) });
    let id = this.statuses.get(key);
    if (!id) {
      id = `1100${this.statuses.size + 1}`;
      this.statuses.set(key, id);
    }
    if (this.posts.length === 1) {
      this.#held.push(response);
      return;
    }
    json(200, { id, url: `https://fenmoor.social/@fenmoor/${id}` });
  }

  /** Resolves when the instance has had `count` status posts, bounded by polls. */
  async posted(count: number): Promise<void> {
    for (let i = 0; i < 4800 && this.posts.length < count; i += 1)
      await new Promise((done) => setTimeout(done, 25));
    if (this.posts.length < count)
      throw new Error(
        `the instance had ${this.posts.length} posts; the workers said: ${workerLog.slice(-3000)}`,
      );
  }

  async close(): Promise<void> {
    for (const response of this.#held) response.destroy();
    this.#server?.closeAllConnections();
    await new Promise((done) => this.#server?.close(done));
  }
}

/** What the workers wrote to stderr (their warnings), for a failure's message. */
let workerLog = "";

function startWorker(env: NodeJS.ProcessEnv): Promise<ReadyProcess> {
  return startTestWorker(env, {
    leaseMs: LEASE_MS,
    onStderr: (chunk) => {
      workerLog += chunk;
    },
  });
}

/** The keys the worker and the test share, so both read the same secrets and the same chain. */
const KEYS = { PARAPET_SECRET_KEY: TEST_SECRET_KEY, PARAPET_AUDIT_KEY: TEST_AUDIT_KEY };

function target(kind: "pglite" | "postgres", checkpoints: string): Promise<ProcessDatabase> {
  return processDatabase(kind, {
    prefix: "reply-crash",
    env: { ...process.env, ...KEYS, PARAPET_AUDIT_CHECKPOINTS: checkpoints },
  });
}

describe.each(TEST_DATABASES)("a worker killed while it sends a reply, on %s", (kind) => {
  const mastodon = new LoopbackMastodon();
  const checkpoints = testCheckpointFile();
  let where: ProcessDatabase;

  beforeAll(async () => {
    await mastodon.start();
    where = await target(kind, checkpoints);
  });
  afterAll(async () => {
    await mastodon.close();
    await where?.cleanup();
  });

  /** The test's own view of the database, opened only while no worker holds a PGlite directory. */
  const withDeps = async <T>(work: (deps: Awaited<ReturnType<typeof createDeps>>) => Promise<T>) => {
    const config = parapetConfigFromEnv({ ...KEYS, PARAPET_AUDIT_CHECKPOINTS: checkpoints });
    const deps = await createDeps({ ...config, database: where.location }, { logLevel: false });
    try {
      return await work(deps);
    } finally {
      await deps.close();
    }
  };

  it("sends the reply again with the same idempotency key after the takeover: one status, answered once", async () => {
    const { replyId, itemId } = await withDeps(async (deps) => {
      await migrate(deps.database);
      await seedDemo(deps.db, deps);
      const organisationId = await organisationIdOf(deps);
      const admin = await userIdOf(deps, "admin@fenmoor.example");
      const account = await connectAccount(
        deps,
        { kind: "user", id: admin, organisationId, roles: ["admin"] },
        {
          platform: "mastodon",
          externalAccountId: ACCOUNT,
          name: "Fenmoor on Mastodon",
          settings: { baseUrl: mastodon.baseUrl },
          secrets: { access_token: "m-token" },
        },
      );
      const at = "2026-11-24T09:30:00.000Z";
      const ingested = await ingestItems(deps, {
        organisationId,
        accountId: account.id,
        items: [
          {
            platform: "mastodon",
            externalId: "s555",
            account: ACCOUNT,
            channel: "mention",
            event: "created",
            versionKey: "created",
            author: { platformId: "77", handle: "jo@example.social", name: "Jo" },
            ref: { acct: "jo@example.social", visibility: "public" },
            text: "@fenmoor how do I change my outpatient appointment?",
            createdAt: at,
            occurredAt: at,
          },
        ],
        actor: SYSTEM_ACTOR,
        source: "poll",
      });
      const itemId = ingested.itemIds[0] ?? "";
      const comms = await userIdOf(deps, "comms@fenmoor.example");
      const sent = await sendReply(
        deps,
        { kind: "user", id: comms, organisationId, roles: ["communications_officer"] },
        itemId,
        { text: REPLY },
      );
      expect(sent?.awaitingApproval).toBe(false);
      return { replyId: sent?.replyId ?? "", itemId };
    });

    const first = await startWorker(where.env);
    await mastodon.posted(1);
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe(null);
    // The instance made the status before the worker died: only the answer was lost.
    expect(mastodon.statuses.size).toBe(1);

    const second = await startWorker(where.env);
    await mastodon.posted(2);
    // Long enough for a wrong third run to show: two leases.
    await new Promise((done) => setTimeout(done, 2 * LEASE_MS));
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const key = `inbox.reply:${replyId}`;
    expect(mastodon.posts.map((p) => p.key)).toEqual([key, key]);
    expect(mastodon.posts.map((p) => p.body.in_reply_to_id)).toEqual(["s555", "s555"]);
    expect(mastodon.posts[0]?.body.status).toContain(REPLY);
    expect([...mastodon.statuses.keys()], "one status on the platform").toEqual([key]);

    await withDeps(async (deps) => {
      const replies = await deps.db
        .selectFrom("inbox_replies")
        .selectAll()
        .where("item_id", "=", itemId)
        .execute();
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({ status: "sent", external_id: mastodon.statuses.get(key) });
      const history = await deps.db
        .selectFrom("inbox_history")
        .select("action")
        .where("item_id", "=", itemId)
        .where("action", "in", ["inbox.reply_sent", "inbox.reply_failed"])
        .execute();
      expect(
        history.map((h) => h.action),
        "answered once",
      ).toEqual(["inbox.reply_sent"]);
      const job = await deps.db
        .selectFrom("jobs")
        .selectAll()
        .where("kind", "=", "inbox.reply")
        .executeTakeFirstOrThrow();
      expect(job).toMatchObject({ status: "succeeded", lock_token: null, last_error: null });
      // Two at least (the killed one and the one that finished). On a loaded machine a stalled
      // worker can lose a lease and claim the job back while its call is still held open: that
      // counts an attempt but makes no call (a worker never runs one job twice at once), which
      // the two posts above show.
      expect(job.attempts).toBeGreaterThanOrEqual(2);
      expect(await verifyAuditTrail(deps.db, deps.auditTrail)).toMatchObject({ ok: true });
    });
  }, 600_000);
});
