import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { type Database, openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { seedDemo } from "../src/organisations/seed-demo.js";
import { TcpProxy } from "./helpers/tcp-proxy.js";
import { createTestDeps, signInAs, TestClock } from "./helpers/test-app.js";
import { TEST_AUDIT_KEY } from "./helpers/test-audit.js";

const url = process.env.DATABASE_URL;
const root = resolve(import.meta.dirname, "../../..");

/** A database of its own on the PostgreSQL server, so that killing its connections touches no one else. */
async function scratchDatabase(base: string) {
  const name = `parapet_scratch_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const scratch = new URL(base);
  scratch.pathname = `/${name}`;
  return {
    name,
    url: scratch.toString(),
    /** pg_terminate_backend on every connection to the scratch database; how many it ended. */
    async terminateAll(): Promise<number> {
      const r = await admin.query(
        "select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
        [name],
      );
      return Number(r.rows[0].n);
    },
    async connections(): Promise<number> {
      const r = await admin.query("select count(*) as n from pg_stat_activity where datname = $1", [name]);
      return Number(r.rows[0].n);
    },
    async drop(): Promise<void> {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function until(what: string, check: () => Promise<boolean>, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe.skipIf(!url)("PostgreSQL connections that drop (in process, pg_terminate_backend)", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let database: Database;
  let app: FastifyInstance;
  const lost: Error[] = [];
  beforeAll(async () => {
    scratch = await scratchDatabase(url ?? "");
    database = await openDatabase(
      { kind: "postgres", url: scratch.url },
      { onConnectionError: (e) => lost.push(e) },
    );
    await migrate(database);
    const deps = await createTestDeps(
      { ...database, dispose: () => database.close() },
      { clock: new TestClock() },
    );
    await seedDemo(database.db, deps);
    app = await buildApp({ deps });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await scratch?.drop();
  });

  it("keeps serving when PostgreSQL ends every idle connection, and reconnects", async () => {
    // Open several connections at once, so that the pool holds them idle.
    await Promise.all(
      Array.from({ length: 5 }, () =>
        database.db.transaction().execute(async (trx) => {
          await sql`select pg_sleep(0.05)`.execute(trx);
        }),
      ),
    );
    expect(await scratch.connections()).toBeGreaterThanOrEqual(5);
    expect(await scratch.terminateAll()).toBeGreaterThanOrEqual(5);
    await until("the pool to hear of the dropped connections", async () => lost.length >= 5);
    expect(lost[0]?.message).toMatch(/terminating connection due to administrator command/);
    // Still here, and the pool connects afresh.
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    await signInAs(app, "staff@fenmoor.example");
  });

  it("fails only the statements of connections ended under them, with 503, and serves the rest", async () => {
    const me = await signInAs(app, "admin@fenmoor.example");
    // A long query holds a connection; ending it mid-query fails that query only.
    const slow = sql`select pg_sleep(30)`.execute(database.db);
    // The expectation is attached before the connection is ended: the query can fail while
    // terminateAll is still awaited, and a rejection with no handler yet is reported as unhandled.
    const slowFails = expect(slow).rejects.toThrow(/terminating connection|Connection terminated/);
    await until("the slow query to start", async () => (await scratch.connections()) >= 1);
    await scratch.terminateAll();
    await slowFails;
    // A request that meets a connection ended before the pool heard of it gets 503 and
    // the envelope (try again), never a 500; the next ones are served on new connections.
    const replies = [];
    for (let i = 0; i < 5; i += 1)
      replies.push(
        await app.inject({ method: "GET", url: "/api/v1/people", headers: { cookie: me.cookie } }),
      );
    for (const reply of replies) {
      expect([200, 503]).toContain(reply.statusCode);
      if (reply.statusCode === 503) expect(reply.json().error.code).toBe("unavailable");
    }
    expect(replies.at(-1)?.statusCode).toBe(200);
  });
});

describe.skipIf(!url)("a real `parapet serve` behind a TCP proxy that is killed and restarted", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let proxy: TcpProxy;
  let server: ChildProcess;
  let base = "";
  let stderr = "";
  beforeAll(async () => {
    scratch = await scratchDatabase(url ?? "");
    const target = new URL(scratch.url);
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(scratch.url);
    viaProxy.port = String(proxy.port);
    server = spawn(process.execPath, [join(root, "packages/cli/bin/parapet.js"), "serve", "--port", "0"], {
      env: {
        ...process.env,
        DATABASE_URL: viaProxy.toString(),
        PARAPET_AUDIT_KEY: TEST_AUDIT_KEY,
        PARAPET_AUDIT_CHECKPOINTS: join(mkdtempSync(join(tmpdir(), "parapet-proxy-")), "checkpoints.jsonl"),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    base = await new Promise<string>((ok, fail) => {
      server.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const m = /Parapet is running at (http:\/\/\S+)/.exec(stderr);
        if (m?.[1]) ok(m[1]);
      });
      server.on("exit", (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
    });
  });
  afterAll(async () => {
    server?.kill("SIGTERM");
    await proxy?.kill();
    await scratch?.drop();
  });

  const health = async () => {
    const started = performance.now();
    const reply = await fetch(`${base}/healthz`);
    return { status: reply.status, ms: performance.now() - started, body: await reply.json() };
  };

  it("survives the database going away, answers 503 at once, and recovers when it is back", async () => {
    // The warm-up runs once the server listens and can hold the event loop past the health
    // check's 900 ms deadline on a busy machine: wait for the first 200 rather than assume it.
    await until("the server to be healthy", async () => (await health()).status === 200);
    await proxy.kill();
    // The pool's idle connections are cut: without a listener the process would exit here.
    await new Promise((r) => setTimeout(r, 500));
    expect(server.exitCode).toBeNull();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: "unavailable", database: "postgres" });
    // Refused connections fail at once; the deadline (900 ms) bounds the worst case.
    expect(down.ms).toBeLessThan(2000);
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "someone@example.org", password: "whatever it is" }),
    });
    expect(signIn.status).toBe(503);
    expect(await signIn.json()).toEqual({ error: { code: "unavailable", message: expect.any(String) } });
    await proxy.start();
    await until("the server to reconnect", async () => (await health()).status === 200);
    expect(stderr).toMatch(/a database connection was lost|database unavailable/);
  });

  it("answers /healthz with 503 within its deadline when the database hangs", async () => {
    expect((await health()).status).toBe(200);
    proxy.stall();
    const hung = await health();
    expect(hung.status).toBe(503);
    expect(hung.ms).toBeGreaterThanOrEqual(800);
    expect(hung.ms).toBeLessThan(3000);
    await proxy.kill();
    await proxy.start();
    await until("the server to reconnect", async () => (await health()).status === 200);
  });

  it("keeps serving after pg_terminate_backend ends the server's connections", async () => {
    expect(await scratch.terminateAll()).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.exitCode).toBeNull();
    await until("the server to answer again", async () => (await health()).status === 200);
  });
});
