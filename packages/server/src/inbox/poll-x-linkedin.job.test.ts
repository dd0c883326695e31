import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { type LoopbackPlatform, startLoopbackPlatform } from "../../test/helpers/loopback-platform.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { connectAccount } from "./inbox-accounts.service.js";
import { enqueueDuePolls } from "./poll.job.js";

const X_ME = "2244994945";
const MENTIONS = `GET /2/users/${X_ME}/mentions`;
/** A mention as GET /2/users/:id/mentions documents it (with the expansions Parapet asks for). */
const mention = (id: string, text: string) => ({
  id,
  text,
  author_id: "1001",
  created_at: "2026-11-24T09:30:00.000Z",
  conversation_id: id,
  edit_history_tweet_ids: [id],
});
const users = { users: [{ id: "1001", name: "Jo Public", username: "jopublic" }] };

const ORG = "urn:li:organization:2414183";
const POST = "urn:li:share:6844785523593134080";
const comment = (n: number, text: string, time: number) => {
  const urn = `urn:li:comment:(urn:li:activity:6844785523593134080,68447874568129${String(n).padStart(5, "0")})`;
  return {
    actor: "urn:li:person:A1b2C3",
    commentUrn: urn,
    $URN: urn,
    id: `68447874568129${String(n).padStart(5, "0")}`,
    created: { actor: "urn:li:person:A1b2C3", time },
    lastModified: { actor: "urn:li:person:A1b2C3", time },
    message: { attributes: [], text },
    object: "urn:li:activity:6844785523593134080",
  };
};

/**
 * The X and LinkedIn polling jobs end to end (enqueueDuePolls → worker → connector → loopback
 * platform → ingest), answering with the documented shapes: since_id and pagination, 429 with
 * the platform's reset, 5xx, an expired token refreshed, a revoked one.
 */
describe.each(TEST_DATABASES)("polling X and LinkedIn accounts on %s", (kind) => {
  const t = useTestApp(kind);
  let x: LoopbackPlatform;
  let linkedin: LoopbackPlatform;
  let xAccount = "";
  let liAccount = "";
  let organisationId = "";

  beforeAll(async () => {
    x = await startLoopbackPlatform();
    linkedin = await startLoopbackPlatform();
    organisationId = await organisationIdOf(t.deps);
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const actor = { kind: "user" as const, id: admin, organisationId, roles: ["admin"] };
    xAccount = (
      await connectAccount(t.deps, actor, {
        platform: "x",
        externalAccountId: X_ME,
        name: "Fenmoor on X",
        settings: { baseUrl: x.baseUrl, clientId: "client-1" },
        secrets: { access_token: "x-token-1", refresh_token: "x-refresh-1" },
      })
    ).id;
    liAccount = (
      await connectAccount(t.deps, actor, {
        platform: "linkedin",
        externalAccountId: ORG,
        name: "Fenmoor on LinkedIn",
        settings: { baseUrl: linkedin.baseUrl },
        secrets: { access_token: "li-token" },
      })
    ).id;
    // Until a test says otherwise, each platform has nothing new.
    x.on(MENTIONS, { json: { meta: { result_count: 0 } } });
    linkedin.on("GET /rest/posts", { json: { elements: [] } });
  });
  afterAll(async () => {
    await x?.close();
    await linkedin?.close();
  });

  const stored = (accountId: string) =>
    t.deps.db
      .selectFrom("inbox_items")
      .select(["external_id", "triaged_at"])
      .where("account_id", "=", accountId)
      .orderBy("external_id")
      .execute();
  const account = (id: string) =>
    t.deps.db.selectFrom("inbox_accounts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const nextMinute = async () => {
    t.clock.advance(60_000);
    await enqueueDuePolls(t.deps);
    await runJobs(t.deps);
  };
  const pollJobs = async (accountId: string) =>
    (
      await t.deps.db
        .selectFrom("jobs")
        .select(["status", "attempts", "last_error", "run_at", "payload"])
        .where("kind", "=", "inbox.poll")
        .orderBy("created_at")
        .orderBy("id")
        .execute()
    ).filter((job) => (job.payload as { accountId?: string }).accountId === accountId);

  it("X: the first poll takes the newest page; later ones page back to since_id and keep it in the cursor", async () => {
    x.on(MENTIONS, (request) => {
      const since = request.query.get("since_id");
      const page = request.query.get("pagination_token");
      if (!since)
        return {
          json: {
            data: [mention("100", "@FenmoorNHS hello")],
            includes: users,
            meta: { newest_id: "100", result_count: 1, next_token: "older-history" },
          },
        };
      if (!page)
        return {
          json: {
            data: [mention("130", "@FenmoorNHS third")],
            includes: users,
            meta: { newest_id: "130", result_count: 1, next_token: "p2" },
          },
        };
      return {
        json: { data: [mention("120", "@FenmoorNHS second")], includes: users, meta: { result_count: 1 } },
      };
    });
    await nextMinute();
    expect((await stored(xAccount)).map((i) => i.external_id)).toEqual(["100"]);
    expect(JSON.parse((await account(xAccount)).poll_cursor ?? "{}")).toEqual({ sinceId: "100" });
    await nextMinute();
    const items = await stored(xAccount);
    expect(items.map((i) => i.external_id)).toEqual(["100", "120", "130"]);
    expect(items.every((i) => i.triaged_at !== null)).toBe(true);
    expect(JSON.parse((await account(xAccount)).poll_cursor ?? "{}")).toEqual({ sinceId: "130" });
    const calls = x.calls(MENTIONS);
    expect(calls.map((c) => [c.query.get("since_id"), c.query.get("pagination_token")])).toEqual([
      [null, null],
      ["100", null],
      ["100", "p2"],
    ]);
    expect(calls[0]?.headers.authorization).toBe("Bearer x-token-1");
  });

  it("X: a 429 with x-rate-limit-reset leaves the account alone until the reset", async () => {
    const reset = Math.floor(t.clock.now().getTime() / 1000) + 5 * 60;
    x.on(MENTIONS, {
      status: 429,
      headers: {
        "x-rate-limit-limit": "180",
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": String(reset),
      },
      json: { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 },
    });
    const before = x.calls(MENTIONS).length;
    await nextMinute();
    expect(x.calls(MENTIONS)).toHaveLength(before + 1);
    expect((await account(xAccount)).poll_after?.toISOString()).toBe(new Date(reset * 1000).toISOString());
    for (let minute = 0; minute < 3; minute += 1) await nextMinute();
    expect(x.calls(MENTIONS), "not polled before the reset").toHaveLength(before + 1);
    x.on(MENTIONS, {
      json: {
        data: [mention("140", "@FenmoorNHS after the wait")],
        includes: users,
        meta: { newest_id: "140" },
      },
    });
    t.clock.advance(2 * 60_000);
    await nextMinute();
    expect((await stored(xAccount)).map((i) => i.external_id)).toContain("140");
    const after = await account(xAccount);
    expect(after.poll_after).toBeNull();
    expect(after.poll_error).toBeNull();
  });

  it("X: a 503 is retried with back-off, then the poll goes on from the same cursor", async () => {
    x.on(MENTIONS, { status: 503, json: { title: "Service Unavailable", status: 503 } });
    await nextMinute();
    const failing = (await pollJobs(xAccount)).at(-1);
    expect(failing).toMatchObject({ status: "pending", attempts: 1 });
    expect(failing?.last_error).toMatch(/503|unavailable|platform/i);
    expect(failing?.run_at.getTime()).toBeGreaterThan(t.clock.now().getTime());
    x.on(MENTIONS, {
      json: { data: [mention("150", "@FenmoorNHS back again")], includes: users, meta: { newest_id: "150" } },
    });
    // Past the back-off (at most 30 s for the first retry): the same job runs again and succeeds.
    t.clock.advance(30_000);
    await runJobs(t.deps);
    expect((await pollJobs(xAccount)).at(-1)).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(x.calls(MENTIONS).at(-1)?.query.get("since_id")).toBe("140");
    expect((await stored(xAccount)).map((i) => i.external_id)).toContain("150");
  });

  it("X: an expired token is refreshed once, both new tokens stored encrypted, and the poll goes on", async () => {
    x.on(MENTIONS, (request) =>
      request.headers.authorization === "Bearer x-token-2"
        ? {
            json: {
              data: [mention("160", "@FenmoorNHS with a new token")],
              includes: users,
              meta: { newest_id: "160" },
            },
          }
        : {
            status: 401,
            json: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" },
          },
    );
    x.on("POST /2/oauth2/token", {
      json: {
        token_type: "bearer",
        expires_in: 7200,
        access_token: "x-token-2",
        scope: "tweet.read users.read offline.access",
        refresh_token: "x-refresh-2",
      },
    });
    await nextMinute();
    expect(x.calls("POST /2/oauth2/token")).toHaveLength(1);
    expect((await stored(xAccount)).map((i) => i.external_id)).toContain("160");
    const secret = (name: string) =>
      t.deps.secrets.read(t.deps.db, { organisationId, account: `x:${X_ME}`, name });
    expect((await secret("access_token"))?.reveal()).toBe("x-token-2");
    expect((await secret("refresh_token"))?.reveal()).toBe("x-refresh-2");
    // Encrypted at rest: the stored bytes are not the token.
    const rows = await t.deps.db.selectFrom("secrets").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain("x-token-2");
  });

  it("LinkedIn: polls each post's comments, then only what changed since the cursor", async () => {
    const enc = encodeURIComponent;
    linkedin.on("GET /rest/posts", { json: { paging: { start: 0, count: 10 }, elements: [{ id: POST }] } });
    linkedin.on(`GET /rest/socialActions/${enc(POST)}/comments`, {
      json: {
        paging: { start: 0, count: 100, total: 2 },
        elements: [
          comment(1, "When will the clinic reopen?", 1_795_680_000_000),
          comment(2, "Thank you to the midwives.", 1_795_680_100_000),
        ],
      },
    });
    await nextMinute();
    expect((await stored(liAccount)).map((i) => i.external_id)).toHaveLength(2);
    expect(JSON.parse((await account(liAccount)).poll_cursor ?? "{}")).toEqual({ since: 1_795_680_100_000 });
    const first = linkedin.calls("GET /rest/posts")[0];
    expect(first?.query.get("author")).toBe(ORG);
    expect(first?.headers.authorization).toBe("Bearer li-token");
    await nextMinute();
    expect(await stored(liAccount), "nothing stored twice").toHaveLength(2);
  });

  it("LinkedIn: a 429 waits until midnight UTC; a 500 is retried; a revoked token dead-letters at once", async () => {
    linkedin.on("GET /rest/posts", {
      status: 429,
      json: {
        status: 429,
        serviceErrorCode: 101,
        code: "TOO_MANY_REQUESTS",
        message: "Resource level throttle",
      },
    });
    await nextMinute();
    const waiting = await account(liAccount);
    const midnight = new Date(t.clock.now());
    midnight.setUTCHours(24, 0, 0, 0);
    expect(waiting.poll_after?.toISOString()).toBe(midnight.toISOString());
    // Let the day pass; the platform now fails (500), then rejects the token as revoked.
    await t.deps.db
      .updateTable("inbox_accounts")
      .set({ poll_after: null })
      .where("id", "=", liAccount)
      .execute();
    linkedin.on("GET /rest/posts", { status: 500, json: { status: 500, message: "Internal Server Error" } });
    await nextMinute();
    expect((await pollJobs(liAccount)).at(-1)).toMatchObject({ status: "pending", attempts: 1 });
    linkedin.on("GET /rest/posts", {
      status: 401,
      json: { status: 401, serviceErrorCode: 65601, code: "REVOKED_ACCESS_TOKEN", message: "revoked" },
    });
    t.clock.advance(30_000);
    await runJobs(t.deps);
    expect((await pollJobs(liAccount)).at(-1)).toMatchObject({ status: "dead", attempts: 2 });
    expect((await account(liAccount)).poll_error).toMatch(/reconnect/);
  });
});
