import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  fixedClock,
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
  TEST_NOW,
  webhookRequest,
} from "../../../../test/helpers/loopback-platform.js";
import type { ActionTarget, Connector } from "../connector.js";
import { createXConnector } from "./x.connector.js";

const ME = "2244994945";
const SECRET = "consumer-secret";

const mention = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  text,
  author_id: "1001",
  created_at: "2026-11-20T09:30:00.000Z",
  conversation_id: id,
  edit_history_tweet_ids: [id],
  ...extra,
});
const users = { users: [{ id: "1001", name: "Jo Public", username: "jopublic" }] };

describe("X connector", () => {
  let platform: LoopbackPlatform;
  let x: Connector;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
    x = createXConnector({
      userId: ME,
      accessToken: "user-token",
      refreshToken: "refresh-1",
      clientId: "client-1",
      consumerSecret: SECRET,
      http: httpSettings(platform),
      maxPagesPerPoll: 2,
    });
  });
  afterEach(() => platform.close());

  const target: ActionTarget = {
    externalId: "1500000000000000010",
    channel: "reply",
    account: ME,
    author: { platformId: "1001", handle: "@jopublic" },
    ref: { latestId: "1500000000000000010" },
  };
  const options = { idempotencyKey: "k1", requestedAt: TEST_NOW };

  it("answers the CRC with sha256=base64(HMAC-SHA256(consumer secret, crc_token))", () => {
    const token = "9b4507b3-9040-4669-9ca3-6b94edb50553";
    const verdict = x.verifyWebhook?.(webhookRequest({ method: "GET", query: { crc_token: token } }));
    expect(verdict).toEqual({
      kind: "handshake",
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({
        response_token: `sha256=${createHmac("sha256", SECRET).update(token).digest("base64")}`,
      }),
    });
  });

  it("refuses a crc_token shaped like a delivery, which would make the CRC a signing oracle", () => {
    const forged = JSON.stringify({ for_user_id: ME, tweet_create_events: [] });
    expect(x.verifyWebhook?.(webhookRequest({ method: "GET", query: { crc_token: forged } }))).toMatchObject({
      kind: "rejected",
      status: 400,
    });
  });

  it("verifies x-twitter-webhooks-signature over the raw body", () => {
    const body = JSON.stringify({ for_user_id: ME });
    const good = `sha256=${createHmac("sha256", SECRET).update(body).digest("base64")}`;
    expect(
      x.verifyWebhook?.(webhookRequest({ body, headers: { "x-twitter-webhooks-signature": good } })),
    ).toEqual({
      kind: "verified",
    });
    const bad = `sha256=${createHmac("sha256", "nope").update(body).digest("base64")}`;
    expect(
      x.verifyWebhook?.(webhookRequest({ body, headers: { "x-twitter-webhooks-signature": bad } })),
    ).toMatchObject({
      kind: "rejected",
      status: 401,
    });
  });

  it("parses Account Activity mentions, replies, direct messages and deletions, skipping our own", () => {
    const body = JSON.stringify({
      for_user_id: ME,
      tweet_create_events: [
        {
          id_str: "1500000000000000010",
          created_at: "Fri Nov 20 09:30:00 +0000 2026",
          text: "@FenmoorNHS short",
          extended_tweet: { full_text: "@FenmoorNHS the full text, longer than 140 characters…" },
          user: { id_str: "1001", name: "Jo Public", screen_name: "jopublic" },
          in_reply_to_status_id_str: "1500000000000000001",
          in_reply_to_user_id_str: ME,
        },
        {
          id_str: "1500000000000000011",
          created_at: "Fri Nov 20 09:31:00 +0000 2026",
          text: "ours",
          user: { id_str: ME, screen_name: "FenmoorNHS" },
        },
        {
          id_str: "1500000000000000012",
          created_at: "Fri Nov 20 09:31:00 +0000 2026",
          text: "RT",
          user: { id_str: "1002" },
          retweeted_status: {},
        },
      ],
      direct_message_events: [
        {
          type: "message_create",
          id: "1600000000000000001",
          created_timestamp: "1795685400000",
          message_create: {
            target: { recipient_id: ME },
            sender_id: "1001",
            message_data: { text: "private question" },
          },
        },
      ],
      tweet_delete_events: [
        { status: { id: "1500000000000000009", user_id: "1001" }, timestamp_ms: "1795685460000" },
      ],
      users: { "1001": { id: "1001", name: "Jo Public", screen_name: "jopublic" } },
    });
    const parsed = x.parseWebhook?.(webhookRequest({ body }));
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items).toEqual([
      expect.objectContaining({
        channel: "reply",
        text: "@FenmoorNHS the full text, longer than 140 characters…",
        createdAt: "2026-11-20T09:30:00.000Z",
        replyToId: "1500000000000000001",
        author: { platformId: "1001", handle: "@jopublic", name: "Jo Public" },
        permalink: "https://x.com/jopublic/status/1500000000000000010",
      }),
      expect.objectContaining({
        channel: "dm",
        text: "private question",
        ref: { participantId: "1001" },
        author: expect.objectContaining({ handle: "@jopublic" }),
      }),
      expect.objectContaining({ event: "deleted", externalId: "1500000000000000009" }),
    ]);
    expect(parsed.value.ignored).toBe(2);
  });

  it("polls mentions with since_id, follows pages, and keeps its place when a burst is larger than a poll", async () => {
    const path = `/2/users/${ME}/mentions`;
    platform.on(`GET ${path}`, (request) => {
      const since = request.query.get("since_id");
      const page = request.query.get("pagination_token");
      if (!since)
        return {
          json: {
            data: [mention("100", "hello")],
            includes: users,
            meta: { newest_id: "100", result_count: 1, next_token: "older" },
          },
        };
      if (!page)
        return {
          json: {
            data: [mention("130", "c")],
            includes: users,
            meta: { newest_id: "130", result_count: 1, next_token: "p2" },
          },
        };
      if (page === "p2")
        return {
          json: { data: [mention("120", "b")], includes: users, meta: { result_count: 1, next_token: "p3" } },
        };
      return { json: { data: [mention("110", "a")], includes: users, meta: { result_count: 1 } } };
    });
    const first = await x.poll?.(null);
    if (!first?.ok) throw new Error("expected a page");
    expect(first.value.items.map((i) => i.externalId)).toEqual(["100"]);
    expect(first.value.more).toBe(false);
    const second = await x.poll?.(first.value.cursor);
    if (!second?.ok) throw new Error("expected a page");
    expect(second.value.items.map((i) => i.externalId)).toEqual(["130", "120"]);
    expect(second.value.more).toBe(true);
    const third = await x.poll?.(second.value.cursor);
    if (!third?.ok) throw new Error("expected a page");
    expect(third.value.items.map((i) => i.externalId)).toEqual(["110"]);
    expect(third.value.more).toBe(false);
    expect(JSON.parse(third.value.cursor ?? "{}")).toEqual({ sinceId: "130" });
    const sinceIds = platform.calls(`GET ${path}`).map((r) => r.query.get("since_id"));
    expect(sinceIds).toEqual([null, "100", "100", "100"]);
    expect(platform.calls(`GET ${path}`)[0]?.headers.authorization).toBe("Bearer user-token");
  });

  it("keeps an edited post as a new version of the original", async () => {
    platform.on(`GET /2/users/${ME}/mentions`, {
      json: {
        data: [mention("201", "edited text", { edit_history_tweet_ids: ["200", "201"] })],
        includes: users,
        meta: {},
      },
    });
    const page = await x.poll?.(null);
    if (!page?.ok) throw new Error("expected a page");
    expect(page.value.items[0]).toMatchObject({
      externalId: "200",
      event: "edited",
      text: "edited text",
      ref: { latestId: "201" },
    });
  });

  it("respects x-rate-limit-reset on a 429", async () => {
    const reset = Math.floor(fixedClock.now().getTime() / 1000) + 600;
    platform.on(`GET /2/users/${ME}/mentions`, {
      status: 429,
      headers: {
        "x-rate-limit-limit": "180",
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": String(reset),
      },
      json: { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 },
    });
    expect(await x.poll?.(null)).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: "rate_limited",
        status: 429,
        retryAt: new Date(reset * 1000).toISOString(),
      }),
    });
  });

  it("reports an expired token as refreshable, and refresh rotates both tokens", async () => {
    platform.on(`GET /2/users/${ME}/mentions`, (request) =>
      request.headers.authorization === "Bearer new-token"
        ? { json: { data: [], meta: { result_count: 0 } } }
        : {
            status: 401,
            json: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" },
          },
    );
    expect(await x.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "token_expired", refreshable: true },
    });
    platform.on("POST /2/oauth2/token", {
      json: {
        token_type: "bearer",
        expires_in: 7200,
        access_token: "new-token",
        scope: "tweet.read",
        refresh_token: "refresh-2",
      },
    });
    expect(await x.refresh?.()).toEqual({
      ok: true,
      value: {
        credentials: { accessToken: "new-token", refreshToken: "refresh-2" },
        expiresAt: "2026-11-20T12:00:00.000Z",
      },
    });
    const form = new URLSearchParams(platform.calls("POST /2/oauth2/token")[0]?.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: "refresh_token",
      refresh_token: "refresh-1",
      client_id: "client-1",
    });
    expect(await x.poll?.(null)).toMatchObject({ ok: true });
  });

  it("replies once (a retry finds the reply in our timeline) and hides a reply with PUT /2/tweets/:id/hidden", async () => {
    const mine: { id: string; text: string }[] = [];
    platform.on(`GET /2/users/${ME}/tweets`, () => ({
      json: {
        data: mine.map((t) => ({
          ...t,
          created_at: "2026-11-20T10:00:01.000Z",
          referenced_tweets: [{ type: "replied_to", id: target.externalId }],
        })),
        meta: { result_count: mine.length },
      },
    }));
    platform.on("POST /2/tweets", (request) => {
      const body = request.json as { text: string; reply: { in_reply_to_tweet_id: string } };
      mine.push({ id: "1700000000000000001", text: body.text });
      return { status: 201, json: { data: { id: "1700000000000000001", text: body.text } } };
    });
    const reply = { kind: "reply" as const, target, text: "Please DM us so we can help." };
    expect(await x.perform(reply, options)).toMatchObject({
      ok: true,
      value: { externalId: "1700000000000000001", alreadyDone: false },
    });
    expect(await x.perform(reply, options)).toMatchObject({ ok: true, value: { alreadyDone: true } });
    expect(platform.calls("POST /2/tweets")).toHaveLength(1);
    expect(platform.calls("POST /2/tweets")[0]?.json).toEqual({
      text: "Please DM us so we can help.",
      reply: { in_reply_to_tweet_id: target.externalId },
    });

    platform.on(`PUT /2/tweets/${target.externalId}/hidden`, (request) => ({
      json: { data: { hidden: (request.json as { hidden: boolean }).hidden } },
    }));
    expect(await x.perform({ kind: "hide", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(await x.perform({ kind: "unhide", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(
      await x.perform({ kind: "hide", target: { ...target, channel: "mention" } }, options),
    ).toMatchObject({ ok: false, error: { kind: "permanent" } });
  });

  it("treats a 503 and a dropped connection as transient, and a slow answer as a timeout", async () => {
    platform.on(`GET /2/users/${ME}/mentions`, { status: 503, json: { title: "Service Unavailable" } });
    expect(await x.poll?.(null)).toMatchObject({ ok: false, error: { kind: "transient", status: 503 } });
    platform.on(`GET /2/users/${ME}/mentions`, { destroy: true });
    expect(await x.poll?.(null)).toMatchObject({ ok: false, error: { kind: "transient" } });
    const slow = createXConnector({
      userId: ME,
      accessToken: "t",
      http: httpSettings(platform, { timeoutMs: 100 }),
    });
    platform.on(`GET /2/users/${ME}/mentions`, { delayMs: 1000, json: {} });
    const result = await slow.poll?.(null);
    expect(result).toMatchObject({ ok: false, error: { kind: "transient" } });
    if (result && !result.ok) expect(result.error.message).toContain("100 ms");
  });

  it("refuses an answer larger than the limit", async () => {
    const small = createXConnector({
      userId: ME,
      accessToken: "t",
      http: httpSettings(platform, { maxResponseBytes: 1000 }),
    });
    platform.on(`GET /2/users/${ME}/mentions`, { json: { data: [mention("1", "x".repeat(5000))] } });
    expect(await small.poll?.(null)).toMatchObject({ ok: false, error: { kind: "transient" } });
  });
});
