import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ProcessDatabase,
  processDatabase,
  type ReadyProcess,
  startTestWorker,
} from "../../test/helpers/child-process.js";
import { testConfig } from "../../test/helpers/test-app.js";
import { TEST_AUDIT_KEY, testCheckpointFile } from "../../test/helpers/test-audit.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { callPlatform } from "../../test/helpers/worker-process.js";
import { createDeps } from "../create-deps.js";
import { migrate } from "../db/migrate.js";

// Short, so the test is quick, but long enough that a loaded machine's stalls do not expire it.
const LEASE_MS = 4000;

/** A platform API on loopback that holds its first call open (so a worker can be killed during it) and answers the rest. */
class LoopbackPlatform {
  readonly calls: { key: string; text: string }[] = [];
  /** What the platform did: one effect per idempotency key, however many calls carry it. */
  readonly effects = new Set<string>();
  readonly #held: ServerResponse[] = [];
  #server: Server | undefined;
  #onCall: (() => void) | undefined;
  url = "";

  async start(): Promise<void> {
    const server = createServer((request, response) => void this.#handle(request, response));
    this.#server = server;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reply`;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = "";
    for await (const chunk of request) body += chunk;
    this.calls.push({ key: String(request.headers["idempotency-key"]), text: JSON.parse(body).text });
    this.#onCall?.();
    if (this.calls.length === 1) {
      this.#held.push(response);
      return;
    }
    this.effects.add(String(request.headers["idempotency-key"]));
    response.writeHead(200, { "content-type": "application/json" }).end('{"id":"reply-1"}');
  }

  /** Resolves when the platform has received `count` calls, bounded by polls. */
  async calledTimes(count: number): Promise<void> {
    for (let i = 0; i < 2400 && this.calls.length < count; i += 1)
      await new Promise<void>((done) => {
        this.#onCall = done;
        setTimeout(done, 25);
      });
    if (this.calls.length < count) throw new Error(`the platform was called ${this.calls.length} times`);
  }

  async close(): Promise<void> {
    for (const response of this.#held) response.destroy();
    this.#server?.closeAllConnections();
    await new Promise((done) => this.#server?.close(done));
  }
}

function startWorker(env: NodeJS.ProcessEnv): Promise<ReadyProcess> {
  return startTestWorker(env, { leaseMs: LEASE_MS });
}

/** A data directory or a schema of its own; production (DATABASE_URL) needs the audit key. */
const target = (kind: "pglite" | "postgres") =>
  processDatabase(kind, {
    prefix: "crash",
    env: process.env,
    postgresEnv: () => ({
      PARAPET_AUDIT_KEY: TEST_AUDIT_KEY,
      PARAPET_AUDIT_CHECKPOINTS: testCheckpointFile(),
    }),
  });

describe.each(TEST_DATABASES)("a worker killed in the middle of a job, on %s", (kind) => {
  const platform = new LoopbackPlatform();
  let where: ProcessDatabase;

  beforeAll(async () => {
    await platform.start();
    where = await target(kind);
  });
  afterAll(async () => {
    await platform.close();
    await where.cleanup();
  });

  /** The test's own view of the database, opened only while no worker holds a PGlite directory. */
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

  it("runs the job again after its lease expires, once; the platform sees one idempotency key and acts once", async () => {
    const jobId = await withDeps(async (deps) => {
      await migrate(deps.database);
      return deps.db.transaction().execute(async (trx) => {
        const { id } = await deps.jobs.enqueue(
          trx,
          callPlatform,
          { url: platform.url, text: "Thank you for getting in touch." },
          { key: "reply:message-1:draft-1", organisationId: null },
        );
        return id;
      });
    });

    const first = await startWorker(where.env);
    await platform.calledTimes(1);
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe(null);

    const second = await startWorker(where.env);
    await platform.calledTimes(2);
    // Long enough for a wrong third run to show: two leases.
    await new Promise((done) => setTimeout(done, 2 * LEASE_MS));
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    expect(platform.calls).toHaveLength(2);
    expect(platform.calls.map((call) => call.key)).toEqual([
      "test.call_platform:reply:message-1:draft-1",
      "test.call_platform:reply:message-1:draft-1",
    ]);
    expect([...platform.effects]).toEqual(["test.call_platform:reply:message-1:draft-1"]);
    const job = await withDeps((deps) =>
      deps.db.selectFrom("jobs").selectAll().where("id", "=", jobId).executeTakeFirstOrThrow(),
    );
    expect(job).toMatchObject({ status: "succeeded", attempts: 2, lock_token: null, last_error: null });
  });
});
