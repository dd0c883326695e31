import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { type LoopbackPlatform, startLoopbackPlatform } from "../../test/helpers/loopback-platform.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { connectAccount } from "./inbox-accounts.service.js";
import { enqueueDuePolls } from "./poll.job.js";

const ME = "109348";
/** A Mastodon mention notification as GET /api/v1/notifications documents it. */
const mention = (id: string, content: string) => ({
  id,
  type: "mention",
  created_at: "2026-11-24T09:00:00.000Z",
  account: { id: `a${id}`, username: "jo", acct: "jo@example.social", display_name: "Jo" },
  status: {
    id: `s${id}`,
    created_at: "2026-11-24T09:00:00.000Z",
    edited_at: null,
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    visibility: "public",
    spoiler_text: "",
    content,
    url: `https://example.social/@jo/s${id}`,
  },
});

describe.each(TEST_DATABASES)("polling a connected account on %s", (kind) => {
  const t = useTestApp(kind);
  let platform: LoopbackPlatform;
  let accountId: string;

  beforeAll(async () => {
    platform = await startLoopbackPlatform();
    const organisationId = await organisationIdOf(t.deps);
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const account = await connectAccount(
      t.deps,
      { kind: "user", id: admin, organisationId, roles: ["admin"] },
      {
        platform: "mastodon",
        externalAccountId: ME,
        name: "Fenmoor on Mastodon",
        settings: { baseUrl: platform.baseUrl },
        secrets: { access_token: "m-token" },
      },
    );
    accountId = account.id;
  });
  afterAll(async () => {
    await platform?.close();
  });

  const stored = async () =>
    t.deps.db
      .selectFrom("inbox_items")
      .select(["external_id", "triaged_at", "category"])
      .where("account_id", "=", accountId)
      .orderBy("external_id")
      .execute();
  const account = () =>
    t.deps.db.selectFrom("inbox_accounts").selectAll().where("id", "=", accountId).executeTakeFirstOrThrow();

  it("ingests each page through the one ingest service, triages it, and keeps the cursor", async () => {
    platform.on("GET /api/v1/notifications", (request) =>
      request.query.get("min_id") === "21"
        ? { json: [] }
        : {
            json: [mention("21", "<p>Is the clinic open on Saturday?</p>"), mention("20", "<p>Thanks!</p>")],
          },
    );
    expect(await enqueueDuePolls(t.deps)).toBe(1);
    await runJobs(t.deps);
    const items = await stored();
    expect(items.map((i) => i.external_id)).toEqual(["s20", "s21"]);
    expect(items.every((i) => i.triaged_at !== null)).toBe(true);
    expect(JSON.parse((await account()).poll_cursor ?? "{}")).toEqual({ minId: "21" });
    const history = await t.deps.db
      .selectFrom("inbox_history")
      .select("detail")
      .where("action", "=", "inbox.received")
      .execute();
    expect(history.filter((h) => (h.detail as { source?: string }).source === "poll")).toHaveLength(2);
    // The same minute again adds no job; the next minute resumes from the cursor and stores nothing twice.
    expect(await enqueueDuePolls(t.deps)).toBe(1);
    expect(await runJobs(t.deps)).toBe(0);
    t.clock.advance(60_000);
    await enqueueDuePolls(t.deps);
    await runJobs(t.deps);
    expect(platform.calls("GET /api/v1/notifications").at(-1)?.query.get("min_id")).toBe("21");
    expect(await stored()).toHaveLength(2);
  });

  it("waits as long as a rate limit says: the account is not polled again before the reset", async () => {
    const reset = new Date(t.clock.now().getTime() + 5 * 60_000);
    platform.on("GET /api/v1/notifications", {
      status: 429,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset.toISOString() },
      json: { error: "Too many requests" },
    });
    t.clock.advance(60_000);
    const calls = platform.calls("GET /api/v1/notifications").length;
    await enqueueDuePolls(t.deps);
    await runJobs(t.deps);
    expect(platform.calls("GET /api/v1/notifications")).toHaveLength(calls + 1);
    const waiting = await account();
    expect(waiting.poll_after?.toISOString()).toBe(reset.toISOString());
    expect(waiting.poll_error).toMatch(/wait/);
    for (let minute = 0; minute < 3; minute += 1) {
      t.clock.advance(60_000);
      expect(await enqueueDuePolls(t.deps)).toBe(0);
      await runJobs(t.deps);
    }
    expect(platform.calls("GET /api/v1/notifications")).toHaveLength(calls + 1);
    platform.on("GET /api/v1/notifications", { json: [mention("22", "<p>Hello again</p>")] });
    t.clock.advance(3 * 60_000);
    expect(await enqueueDuePolls(t.deps)).toBe(1);
    await runJobs(t.deps);
    expect((await stored()).map((i) => i.external_id)).toContain("s22");
    const after = await account();
    expect(after.poll_after).toBeNull();
    expect(after.poll_error).toBeNull();
  });

  it("records a revoked token as a problem for an administrator and gives up at once", async () => {
    platform.on("GET /api/v1/notifications", { status: 401, json: { error: "The access token is invalid" } });
    t.clock.advance(60_000);
    await enqueueDuePolls(t.deps);
    await runJobs(t.deps);
    expect((await account()).poll_error).toMatch(/reconnect/);
    const dead = await t.deps.db
      .selectFrom("jobs")
      .select(["status", "attempts"])
      .where("kind", "=", "inbox.poll")
      .where("status", "=", "dead")
      .execute();
    expect(dead).toHaveLength(1);
    expect(dead[0]?.attempts).toBe(1);
  });

  it("opens a Bluesky session with the app password, stores it encrypted, and reuses it on the next poll", async () => {
    const bluesky = await startLoopbackPlatform();
    try {
      const organisationId = await organisationIdOf(t.deps);
      const admin = await userIdOf(t.deps, "admin@fenmoor.example");
      const did = "did:plc:fenmoor0000000000000000";
      const account = await connectAccount(
        t.deps,
        { kind: "user", id: admin, organisationId, roles: ["admin"] },
        {
          platform: "bluesky",
          externalAccountId: did,
          name: "Fenmoor on Bluesky",
          settings: { baseUrl: bluesky.baseUrl, identifier: "fenmoor.bsky.social" },
          secrets: { app_password: "abcd-efgh-ijkl-mnop" },
        },
      );
      bluesky.on("POST /xrpc/com.atproto.server.createSession", {
        json: {
          accessJwt: "access-1",
          refreshJwt: "refresh-1",
          did,
          handle: "fenmoor.bsky.social",
          active: true,
        },
      });
      bluesky.on("GET /xrpc/app.bsky.notification.listNotifications", (request) =>
        request.headers.authorization !== "Bearer access-1"
          ? { status: 401, json: { error: "ExpiredToken" } }
          : {
              json: {
                cursor: "c1",
                notifications: [
                  {
                    uri: "at://did:plc:author1/app.bsky.feed.post/3kxyz1",
                    cid: "bafyrei1",
                    author: {
                      did: "did:plc:author1",
                      handle: "person1.bsky.social",
                      displayName: "Person 1",
                    },
                    reason: "mention",
                    record: {
                      $type: "app.bsky.feed.post",
                      text: "@fenmoor.bsky.social what time does the pharmacy close?",
                      createdAt: "2026-11-24T09:00:00.000Z",
                    },
                    isRead: false,
                    indexedAt: "2026-11-24T09:00:00.000Z",
                  },
                ],
              },
            },
      );
      t.clock.advance(60_000);
      await enqueueDuePolls(t.deps);
      await runJobs(t.deps);
      const items = await t.deps.db
        .selectFrom("inbox_items")
        .select("external_id")
        .where("account_id", "=", account.id)
        .execute();
      expect(items.map((i) => i.external_id)).toEqual(["at://did:plc:author1/app.bsky.feed.post/3kxyz1"]);
      expect(bluesky.calls("POST /xrpc/com.atproto.server.createSession")).toHaveLength(1);
      const stored = await t.deps.secrets.read(t.deps.db, {
        organisationId,
        account: `bluesky:${did}`,
        name: "session",
      });
      expect(JSON.parse(stored?.reveal() ?? "{}")).toMatchObject({
        accessJwt: "access-1",
        refreshJwt: "refresh-1",
      });
      // The next minute's job builds its connector from the stored session: no new sign-in.
      t.clock.advance(60_000);
      await enqueueDuePolls(t.deps);
      await runJobs(t.deps);
      expect(bluesky.calls("POST /xrpc/com.atproto.server.createSession")).toHaveLength(1);
      const polls = bluesky.calls("GET /xrpc/app.bsky.notification.listNotifications");
      expect(polls.at(-1)?.headers.authorization).toBe("Bearer access-1");
    } finally {
      await bluesky.close();
    }
  });
});
