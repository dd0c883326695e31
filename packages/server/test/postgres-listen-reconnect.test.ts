import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../src/clock.js";
import type { Deps } from "../src/create-deps.js";
import { type Database, openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { connectAccount } from "../src/inbox/inbox-accounts.service.js";
import { ingestItems } from "../src/inbox/ingest.service.js";
import { LiveEvents, type LiveSubscriber } from "../src/notifications/live-events.js";
import { seedDemo } from "../src/organisations/seed-demo.js";
import { testFacebookAccount } from "./helpers/graph-platform.js";
import { inboundItem, organisationIdOf, userIdOf } from "./helpers/inbox.js";
import { createTestDeps } from "./helpers/test-app.js";

const url = process.env.DATABASE_URL;

/** A database of its own, so that ending its LISTEN connection touches no one else. */
async function scratchDatabase(base: string) {
  const name = `parapet_listen_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const scratch = new URL(base);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    /** pg_terminate_backend on the connections that LISTEN (their last statement); how many. */
    async terminateListeners(): Promise<number> {
      const r = await admin.query(
        "select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and query ilike 'listen %'",
        [name],
      );
      return Number(r.rows[0].n);
    },
    async listeners(): Promise<number> {
      const r = await admin.query(
        "select count(*) as n from pg_stat_activity where datname = $1 and query ilike 'listen %'",
        [name],
      );
      return Number(r.rows[0].n);
    },
    async drop(): Promise<void> {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function until(what: string, check: () => boolean | Promise<boolean>, attempts = 300): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/**
 * The LISTEN connection is ended under the server (pg_terminate_backend): it connects again with
 * back-off and catches up on what was announced while it was away, by re-reading since the loss.
 */
describe.skipIf(!url)("the LISTEN connection, when PostgreSQL ends it", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let database: Database;
  let deps: Deps;
  const lost: Error[] = [];
  beforeAll(async () => {
    scratch = await scratchDatabase(url ?? "");
    database = await openDatabase(
      { kind: "postgres", url: scratch.url },
      { onConnectionError: (e) => lost.push(e) },
    );
    await migrate(database);
    deps = await createTestDeps({ ...database, dispose: () => database.close() }, { clock: systemClock });
    await seedDemo(database.db, deps);
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it("connects again with back-off, says when it was lost, and hears what comes after", async () => {
    const heard: string[] = [];
    const reconnects: Date[] = [];
    const stop = await database.listen((payload) => heard.push(payload), {
      onReconnect: (lostAt) => reconnects.push(lostAt),
      backoff: { initialMs: 200, maxMs: 1000 },
    });
    try {
      expect(await scratch.listeners()).toBe(1);
      const before = Date.now();
      expect(await scratch.terminateListeners()).toBe(1);
      await until("the listener to connect again", () => reconnects.length === 1);
      expect(lost.some((e) => /terminating connection/.test(e.message))).toBe(true);
      expect(reconnects[0]?.getTime()).toBeLessThanOrEqual(before);
      expect(await scratch.listeners()).toBe(1);
      // Heard again: an announcement after the reconnect arrives as before.
      await database.db
        .insertInto("jobs")
        .values({
          kind: "test.nothing",
          payload: "{}",
          idempotency_key: "after-reconnect",
          run_at: new Date(Date.now() + 3_600_000),
          max_attempts: 1,
          created_at: new Date(),
        })
        .execute();
      await until("the announcement", () => heard.some((p) => p.includes('"job"')));
      // Ended twice in a row: it keeps trying and comes back each time.
      await scratch.terminateListeners();
      await until("the second reconnect", () => reconnects.length === 2);
    } finally {
      await stop();
    }
    expect(await scratch.listeners()).toBe(0);
  });

  it("delivers to the open streams what was announced while it was away, once", async () => {
    const organisationId = await organisationIdOf(deps);
    const comms = await userIdOf(deps, "comms@fenmoor.example");
    const admin = await userIdOf(deps, "admin@fenmoor.example");
    const account = await connectAccount(
      deps,
      { kind: "user", id: admin, organisationId, roles: ["admin"] },
      testFacebookAccount("http://127.0.0.1:9"),
    );
    const now = new Date();
    const session = (id: string) => ({
      id,
      user_id: comms,
      organisation_id: organisationId,
      csrf_token: `csrf-${id}`,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + 3_600_000),
      ip: null,
      user_agent: null,
    });
    await database.db
      .insertInto("sessions")
      .values([session("s-kept"), session("s-ended")])
      .execute();

    // Slow to come back (1 to 2 s), so that what follows happens while nobody listens.
    const live = new LiveEvents(
      {
        ...database,
        listen: (onEvent, options) =>
          database.listen(onEvent, { ...options, backoff: { initialMs: 2000, maxMs: 4000 } }),
      },
      { maxStreamsPerPerson: 5 },
    );
    const got = { notifications: [] as string[], inbox: [] as string[], closed: [] as string[] };
    const subscriber = (sessionId: string): LiveSubscriber => ({
      organisationId,
      userId: comms,
      sessionId,
      seesInbox: true,
      // What the stream that stays open receives (the other is the same person's second tab).
      onNotification: (id) => (sessionId === "s-kept" ? got.notifications.push(id) : 0),
      onInboxChanged: (id) => (sessionId === "s-kept" ? got.inbox.push(id) : 0),
      close: () => got.closed.push(sessionId),
    });
    await live.subscribe(subscriber("s-kept"));
    await live.subscribe(subscriber("s-ended"));
    try {
      expect(await scratch.listeners()).toBe(1);
      expect(await scratch.terminateListeners()).toBe(1);
      // While the listener is away: a notification, a new inbox item, a session ended.
      const [notification] = await database.db
        .insertInto("notifications")
        .values({
          organisation_id: organisationId,
          user_id: comms,
          kind: "crisis",
          title: "A crisis message arrived",
          body: "Open the inbox.",
          item_id: null,
          created_at: new Date(),
        })
        .returning("id")
        .execute();
      const item = inboundItem({ text: "Is the walk-in centre open?" });
      await ingestItems(deps, {
        organisationId,
        accountId: account.id,
        items: [item],
        actor: { kind: "system", id: null, organisationId, roles: [] },
        source: "webhook",
      });
      const stored = await database.db
        .selectFrom("inbox_items")
        .select("id")
        .where("external_id", "=", item.externalId)
        .executeTakeFirstOrThrow();
      await database.db.deleteFrom("sessions").where("id", "=", "s-ended").execute();

      await until("the catch-up", () => got.notifications.length > 0 && got.inbox.includes(stored.id)).catch(
        (error) => {
          throw new Error(`${(error as Error).message}: ${JSON.stringify(got)}`);
        },
      );
      // Once (the catch-up re-reads from a little before the loss: older ones may come too, once each).
      expect(got.notifications.filter((id) => id === notification?.id)).toHaveLength(1);
      expect(new Set(got.notifications).size).toBe(got.notifications.length);
      await until("the ended session's stream to close", () => got.closed.includes("s-ended"));
      expect(got.closed).toEqual(["s-ended"]);
      // Listening again: a later notification arrives once, the caught-up one not again.
      const [later] = await database.db
        .insertInto("notifications")
        .values({
          organisation_id: organisationId,
          user_id: comms,
          kind: "crisis",
          title: "Another",
          body: "Open the inbox.",
          item_id: null,
          created_at: new Date(),
        })
        .returning("id")
        .execute();
      await until("the next notification", () => got.notifications.includes(later?.id ?? ""));
      expect(new Set(got.notifications).size).toBe(got.notifications.length);
    } finally {
      await live.stop();
    }
  });
});
