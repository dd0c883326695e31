import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenStream, openEventStream } from "../../test/helpers/event-stream.js";
import { inboundItem, organisationIdOf, userIdOf } from "../../test/helpers/inbox.js";
import { seedOtherOrganisation } from "../../test/helpers/people.js";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { ingestItems } from "../inbox/ingest.service.js";
import { insertNotifications } from "./notifications.repository.js";

const HEARTBEAT_MS = 300;
/** The figure: an alert on the stream within 2 s of its commit. */
const ALERT_WITHIN_MS = 2000;

describe.each(TEST_DATABASES)("live updates over server-sent events on %s", (kind) => {
  let t: TestApp;
  let base: string;
  let comms: SignedIn;
  let staff: SignedIn;
  let organisationId: string;
  let commsId: string;
  const open: OpenStream[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind, { stream: { heartbeatMs: HEARTBEAT_MS, maxStreamsPerPerson: 3 } });
    await seedOtherOrganisation(t.database.db);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    if (!address || typeof address === "string") throw new Error("not listening");
    base = `http://127.0.0.1:${address.port}`;
    comms = await signInAs(t.app, "comms@fenmoor.example");
    staff = await signInAs(t.app, "staff@fenmoor.example");
    organisationId = await organisationIdOf(t.deps);
    commsId = await userIdOf(t.deps, "comms@fenmoor.example");
  });
  afterAll(async () => {
    for (const s of open) s.close();
    await t.close();
  });

  const stream = async (who: SignedIn) => {
    const s = await openEventStream(`${base}/api/v1/notifications/stream`, who.cookie);
    open.push(s);
    return s;
  };
  let n = 0;
  const notify = (userId: string, organisation = organisationId, rollBack = false) =>
    t.deps.db
      .transaction()
      .execute(async (trx) => {
        n += 1;
        const [made] = await insertNotifications(trx, {
          organisationId: organisation,
          userIds: [userId],
          kind: `test.live.v${n}`,
          title: "Crisis: a message needs someone now",
          body: "Open it in the inbox.",
          itemId: null,
          now: t.clock.now(),
        });
        if (rollBack) throw new Error("rolled back on purpose");
        return made?.id ?? "";
      })
      .catch((error: Error) => {
        if (!rollBack) throw error;
        return "";
      });

  it("sends the bell's count at once, then each new notification within 2 s of its commit", async () => {
    const s = await stream(comms);
    expect(s.status).toBe(200);
    expect(s.headers["content-type"]).toMatch(/^text\/event-stream/);
    const first = await s.next((e) => e.event === "unread", ALERT_WITHIN_MS);
    const before = JSON.parse(first.data).unread as number;
    const from = s.events.length;
    const committedAt = performance.now();
    const id = await notify(commsId);
    const event = await s.next((e) => e.event === "notification", ALERT_WITHIN_MS, from);
    expect(JSON.parse(event.data)).toEqual({ id });
    expect(event.at - committedAt).toBeLessThan(ALERT_WITHIN_MS);
    const count = await s.next((e) => e.event === "unread", ALERT_WITHIN_MS, from);
    expect(JSON.parse(count.data).unread).toBe(before + 1);
  });

  it("pushes nothing that rolled back, nor anyone else's notifications", async () => {
    const s = await stream(comms);
    await s.next((e) => e.event === "unread", ALERT_WITHIN_MS);
    const from = s.events.length;
    await notify(commsId, organisationId, true);
    const other = await userIdOf(t.deps, "staff@otherton.example");
    const otherOrganisation = await organisationIdOf(t.deps, "otherton");
    await notify(other, otherOrganisation);
    await notify(await userIdOf(t.deps, "staff@fenmoor.example"));
    const mine = await notify(commsId);
    await s.next((e) => e.event === "notification", ALERT_WITHIN_MS, from);
    expect(
      s.events
        .slice(from)
        .filter((e) => e.event === "notification")
        .map((e) => JSON.parse(e.data).id),
    ).toEqual([mine]);
    s.close();
  });

  it("pushes inbox changes, in batches, to people who see the inbox and to nobody else", async () => {
    const officer = await stream(comms);
    const member = await stream(staff);
    await officer.next((e) => e.event === "unread", ALERT_WITHIN_MS);
    await member.next((e) => e.event === "unread", ALERT_WITHIN_MS);
    const result = await ingestItems(t.deps, {
      organisationId,
      accountId: null,
      actor: SYSTEM_ACTOR,
      source: "import",
      items: [inboundItem({ externalId: "live-1" }), inboundItem({ externalId: "live-2" })],
    });
    expect(result.stored).toBe(2);
    const event = await officer.next((e) => e.event === "inbox", ALERT_WITHIN_MS);
    expect(JSON.parse(event.data).ids).toHaveLength(2);
    // The member's stream is alive (heartbeats) but was told nothing about the inbox.
    const comments = member.comments;
    await member.next(() => false, HEARTBEAT_MS * 3).catch(() => undefined);
    expect(member.comments).toBeGreaterThan(comments);
    expect(member.events.filter((e) => e.event === "inbox")).toEqual([]);
    officer.close();
    member.close();
  });

  it("refuses a stream past the per-person limit with the JSON envelope", async () => {
    const mine = [await stream(staff), await stream(staff), await stream(staff)];
    for (const s of mine) expect(s.status).toBe(200);
    const refused = await fetch(`${base}/api/v1/notifications/stream`, {
      headers: { cookie: staff.cookie, accept: "text/event-stream" },
    });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    mine[0]?.close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await stream(staff);
    expect(again.status).toBe(200);
    for (const s of [...mine, again]) s.close();
  });

  it("refuses a caller with no session, and a request that is not for a stream", async () => {
    const anonymous = await fetch(`${base}/api/v1/notifications/stream`, {
      headers: { accept: "text/event-stream" },
    });
    expect(anonymous.status).toBe(401);
    const plain = await fetch(`${base}/api/v1/notifications/stream`, { headers: { cookie: comms.cookie } });
    expect(plain.status).toBe(400);
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await anonymous.json()) as { error: unknown }).error).toBeDefined();
  });

  it("ends the stream at once when the person signs out", async () => {
    const session = await signInAs(t.app, "head-of-comms@fenmoor.example");
    const s = await stream(session);
    await s.next((e) => e.event === "unread", ALERT_WITHIN_MS);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-out",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
    });
    expect(out.statusCode).toBeLessThan(300);
    await expect(
      Promise.race([s.ended.then(() => "ended"), sleep(ALERT_WITHIN_MS).then(() => "open")]),
    ).resolves.toBe("ended");
  });

  it("ends the stream at the next heartbeat once the session has timed out", async () => {
    const session = await signInAs(t.app, "admin@fenmoor.example");
    const s = await stream(session);
    await s.next((e) => e.event === "unread", ALERT_WITHIN_MS);
    t.clock.advance(13 * 60 * 60 * 1000);
    await expect(
      Promise.race([s.ended.then(() => "ended"), sleep(HEARTBEAT_MS * 10).then(() => "open")]),
    ).resolves.toBe("ended");
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
