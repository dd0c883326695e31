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
import { createFacebookConnector } from "./facebook.connector.js";

const PAGE = "1142469655832956";
const APP_SECRET = "app-secret-for-tests";
const V = "/v23.0";

function sign(body: string, secret = APP_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function delivery(changes: unknown[], messaging: unknown[] = []) {
  return JSON.stringify({
    object: "page",
    entry: [{ id: PAGE, time: 1_763_632_800, changes, ...(messaging.length ? { messaging } : {}) }],
  });
}

const comment = {
  field: "feed",
  value: {
    from: { id: "7001", name: "Sam Patient" },
    item: "comment",
    comment_id: `${PAGE}_9001`,
    post_id: `${PAGE}_5001`,
    parent_id: `${PAGE}_5001`,
    verb: "add",
    created_time: 1_763_632_700,
    message: "I can't go on any more. <script>alert(1)</script> 😔",
    post: { permalink_url: "https://www.facebook.com/fenmoor/posts/5001" },
  },
};

describe("Facebook Pages connector", () => {
  let platform: LoopbackPlatform;
  let facebook: Connector;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
    facebook = createFacebookConnector({
      pageId: PAGE,
      pageAccessToken: "page-token",
      appSecret: APP_SECRET,
      verifyToken: "verify-me",
      http: httpSettings(platform),
    });
  });
  afterEach(() => platform.close());

  const target: ActionTarget = {
    externalId: `${PAGE}_9001`,
    channel: "comment",
    account: PAGE,
    author: { platformId: "7001" },
    replyToId: `${PAGE}_5001`,
    threadId: `${PAGE}_5001`,
  };
  const options = { idempotencyKey: "reply-1", requestedAt: TEST_NOW };

  it("answers the subscription handshake only with the right verify token", () => {
    const good = facebook.verifyWebhook?.(
      webhookRequest({
        method: "GET",
        query: { "hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444" },
      }),
    );
    expect(good).toEqual({
      kind: "handshake",
      status: 200,
      contentType: "text/plain; charset=utf-8",
      body: "1158201444",
    });
    const wrong = facebook.verifyWebhook?.(
      webhookRequest({
        method: "GET",
        query: { "hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1" },
      }),
    );
    expect(wrong).toMatchObject({ kind: "rejected", status: 403 });
    const markup = facebook.verifyWebhook?.(
      webhookRequest({
        method: "GET",
        query: { "hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "<b>x</b>" },
      }),
    );
    expect(markup).toMatchObject({ kind: "rejected", status: 400 });
  });

  it("accepts a delivery signed over the raw body and refuses a bad, missing or doubled signature", () => {
    const body = delivery([comment]);
    const verdict = (headers: Record<string, string | string[]>) =>
      facebook.verifyWebhook?.(webhookRequest({ body, headers }));
    expect(verdict({ "x-hub-signature-256": sign(body) })).toEqual({ kind: "verified" });
    expect(verdict({ "x-hub-signature-256": sign(body, "other") })).toMatchObject({
      kind: "rejected",
      status: 401,
    });
    expect(verdict({ "x-hub-signature-256": sign(`${body} `) })).toMatchObject({
      kind: "rejected",
      status: 401,
    });
    expect(verdict({})).toMatchObject({ kind: "rejected", status: 401 });
    expect(verdict({ "x-hub-signature-256": [sign(body), sign(body)] })).toMatchObject({ kind: "rejected" });
    expect(verdict({ "x-hub-signature-256": sign(body).replace("sha256=", "sha1=") })).toMatchObject({
      kind: "rejected",
    });
  });

  it("normalises a feed comment, keeping the text exactly as received", () => {
    const parsed = facebook.parseWebhook?.(webhookRequest({ body: delivery([comment]) }));
    expect(parsed?.ok).toBe(true);
    if (!parsed?.ok) return;
    expect(parsed.value.items).toHaveLength(1);
    expect(parsed.value.items[0]).toMatchObject({
      platform: "facebook",
      externalId: `${PAGE}_9001`,
      account: PAGE,
      channel: "comment",
      event: "created",
      author: { platformId: "7001", name: "Sam Patient" },
      text: comment.value.message,
      createdAt: "2025-11-20T09:58:20.000Z",
      replyToId: `${PAGE}_5001`,
      threadId: `${PAGE}_5001`,
      permalink: "https://www.facebook.com/fenmoor/posts/5001",
    });
  });

  it("makes an edit, a hide and a removal new versions, and ignores reactions and the Page's own comments", () => {
    const edited = { field: "feed", value: { ...comment.value, verb: "edited", message: "Edited text" } };
    const removed = { field: "feed", value: { ...comment.value, verb: "remove", message: undefined } };
    const hidden = { field: "feed", value: { ...comment.value, verb: "hide" } };
    const reaction = {
      field: "feed",
      value: { item: "reaction", verb: "add", reaction_type: "like", post_id: "1" },
    };
    const ours = { field: "feed", value: { ...comment.value, from: { id: PAGE, name: "Fenmoor" } } };
    const parsed = facebook.parseWebhook?.(
      webhookRequest({ body: delivery([comment, edited, removed, hidden, reaction, ours]) }),
    );
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items.map((i) => i.event)).toEqual(["created", "edited", "deleted", "hidden"]);
    expect(parsed.value.ignored).toBe(2);
    const keys = new Set(parsed.value.items.map((i) => i.versionKey));
    expect(keys.size).toBe(4);
    expect(parsed.value.items[2]?.text).toBe("");
  });

  it("gives the same version key when Meta delivers the same change twice", () => {
    const once = facebook.parseWebhook?.(webhookRequest({ body: delivery([comment]) }));
    const twice = facebook.parseWebhook?.(webhookRequest({ body: delivery([comment]) }));
    if (!once?.ok || !twice?.ok) throw new Error("expected parses");
    expect(once.value.items[0]?.versionKey).toBe(twice.value.items[0]?.versionKey);
  });

  it("reads a visitor's post on the Page as a mention, and answers it under the post", async () => {
    const visitor = {
      field: "feed",
      value: {
        from: { id: "7003", name: "A Visitor" },
        item: "status",
        post_id: `${PAGE}_5009`,
        verb: "add",
        published: 1,
        created_time: 1_763_632_000,
        message: "Why was my appointment cancelled?",
      },
    };
    const parsed = facebook.parseWebhook?.(webhookRequest({ body: delivery([visitor]) }));
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items).toEqual([
      expect.objectContaining({
        channel: "mention",
        externalId: `${PAGE}_5009`,
        text: "Why was my appointment cancelled?",
        threadId: `${PAGE}_5009`,
      }),
    ]);
    platform.on(`GET ${V}/${PAGE}_5009/comments`, { json: { data: [] } });
    platform.on(`POST ${V}/${PAGE}_5009/comments`, { json: { id: `${PAGE}_5009_1` } });
    const post = parsed.value.items[0];
    if (!post) throw new Error("expected an item");
    expect(
      await facebook.perform(
        { kind: "reply", target: post, text: "Please message us your details." },
        options,
      ),
    ).toMatchObject({ ok: true });
  });

  it("reads Messenger messages and edits, ignoring echoes of our own", () => {
    const messaging = [
      {
        sender: { id: "PSID1" },
        recipient: { id: PAGE },
        timestamp: 1_763_632_800_123,
        message: { mid: "m_1", text: "Help" },
      },
      {
        sender: { id: "PSID1" },
        recipient: { id: PAGE },
        timestamp: 1_763_632_900_000,
        message_edit: { mid: "m_1", text: "Help me please", num_edit: 1 },
      },
      {
        sender: { id: PAGE },
        recipient: { id: "PSID1" },
        timestamp: 1,
        message: { mid: "m_2", is_echo: true, text: "Hi" },
      },
      { sender: { id: "PSID1" }, recipient: { id: PAGE }, timestamp: 1, read: { watermark: 1 } },
    ];
    const parsed = facebook.parseWebhook?.(webhookRequest({ body: delivery([], messaging) }));
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items).toEqual([
      expect.objectContaining({
        channel: "dm",
        event: "created",
        externalId: "m_1",
        text: "Help",
        ref: { recipientId: "PSID1" },
      }),
      expect.objectContaining({ channel: "dm", event: "edited", externalId: "m_1", text: "Help me please" }),
    ]);
    expect(parsed.value.items[0]?.createdAt).toBe("2025-11-20T10:00:00.123Z");
    expect(parsed.value.ignored).toBe(2);
  });

  it("keeps what a message or comment carried besides text: photos, videos and files", () => {
    const messaging = [
      {
        sender: { id: "PSID1" },
        recipient: { id: PAGE },
        timestamp: 1_763_632_800_000,
        message: {
          mid: "m_3",
          attachments: [
            { type: "image", payload: { url: "https://scontent.xx.fbcdn.net/v/photo.jpg" } },
            { type: "fallback", payload: { url: "javascript:alert(1)" } },
            { type: "audio", payload: null },
          ],
        },
      },
    ];
    const photo = {
      field: "feed",
      value: {
        ...comment.value,
        comment_id: `${PAGE}_9002`,
        message: undefined,
        photo: "https://scontent.xx.fbcdn.net/v/c.jpg",
      },
    };
    const parsed = facebook.parseWebhook?.(webhookRequest({ body: delivery([photo], messaging) }));
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items.map((i) => [i.channel, i.text, i.attachments])).toEqual([
      ["comment", "", [{ kind: "image", url: "https://scontent.xx.fbcdn.net/v/c.jpg" }]],
      [
        "dm",
        "",
        [
          { kind: "image", url: "https://scontent.xx.fbcdn.net/v/photo.jpg" },
          { kind: "other" },
          { kind: "audio" },
        ],
      ],
    ]);
  });

  it("refuses a malformed delivery with a clear message instead of throwing", () => {
    const cases = [
      "not json",
      JSON.stringify({ object: "user", entry: [] }),
      JSON.stringify({ object: "page", entry: [{ id: PAGE }] }),
      JSON.stringify({
        object: "page",
        entry: [{ id: PAGE, time: 1, changes: [{ field: "feed", value: { item: 5 } }] }],
      }),
      JSON.stringify({
        object: "page",
        entry: [
          {
            id: PAGE,
            time: 1,
            changes: [
              { field: "feed", value: { item: "comment", verb: "add", message: "x".repeat(100_001) } },
            ],
          },
        ],
      }),
    ];
    for (const body of cases) {
      const parsed = facebook.parseWebhook?.(webhookRequest({ body }));
      expect(parsed?.ok, body.slice(0, 80)).toBe(false);
      if (parsed && !parsed.ok) expect(parsed.error.message.length).toBeGreaterThan(10);
    }
  });

  it("replies to a comment once: a retry finds the first reply instead of posting again", async () => {
    const path = `${V}/${PAGE}_9001/comments`;
    const posted: string[] = [];
    platform.on(`GET ${path}`, () => ({
      json: {
        data: posted.map((message, i) => ({
          id: `${PAGE}_r${i}`,
          message,
          created_time: "2026-11-20T10:00:05+0000",
          from: { id: PAGE, name: "Fenmoor" },
        })),
      },
    }));
    platform.on(`POST ${path}`, (request) => {
      posted.push((request.json as { message: string }).message);
      return { json: { id: `${PAGE}_r${posted.length - 1}` } };
    });
    const first = await facebook.perform(
      { kind: "reply", target, text: "Please call 111 or Samaritans on 116 123." },
      options,
    );
    expect(first).toEqual({ ok: true, value: { externalId: `${PAGE}_r0`, alreadyDone: false } });
    const again = await facebook.perform(
      { kind: "reply", target, text: "Please call 111 or Samaritans on 116 123." },
      options,
    );
    expect(again).toEqual({ ok: true, value: { externalId: `${PAGE}_r0`, alreadyDone: true } });
    expect(platform.calls(`POST ${path}`)).toHaveLength(1);
    const sent = platform.calls(`POST ${path}`)[0];
    expect(sent?.headers.authorization).toBe("Bearer page-token");
    expect(sent?.query.get("appsecret_proof")).toBe(
      createHmac("sha256", APP_SECRET).update("page-token").digest("hex"),
    );
  });

  it("answers a private message through the Send API within the conversation", async () => {
    platform.on(`GET ${V}/${PAGE}/conversations`, { json: { data: [] } });
    platform.on(`POST ${V}/${PAGE}/messages`, { json: { recipient_id: "PSID1", message_id: "m_reply" } });
    const result = await facebook.perform(
      {
        kind: "reply",
        target: { ...target, externalId: "m_1", channel: "dm", ref: { recipientId: "PSID1" } },
        text: "We are here.",
      },
      options,
    );
    expect(result).toEqual({ ok: true, value: { externalId: "m_reply", alreadyDone: false } });
    expect(platform.calls(`POST ${V}/${PAGE}/messages`)[0]?.json).toEqual({
      recipient: { id: "PSID1" },
      messaging_type: "RESPONSE",
      message: { text: "We are here." },
    });
    expect(platform.calls(`GET ${V}/${PAGE}/conversations`)[0]?.query.get("user_id")).toBe("PSID1");
  });

  it("hides, unhides and deletes a comment; deleting one already gone counts as done", async () => {
    const node = `${V}/${PAGE}_9001`;
    platform.on(`POST ${node}`, { json: { success: true } });
    expect(await facebook.perform({ kind: "hide", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(await facebook.perform({ kind: "unhide", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(platform.calls(`POST ${node}`).map((r) => r.json)).toEqual([
      { is_hidden: true },
      { is_hidden: false },
    ]);
    platform.on(`DELETE ${node}`, {
      status: 400,
      json: {
        error: {
          message: "Unsupported delete request. Object with ID does not exist",
          type: "GraphMethodException",
          code: 100,
          error_subcode: 33,
          fbtrace_id: "A1",
        },
      },
    });
    expect(await facebook.perform({ kind: "delete", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: true },
    });
  });

  it("turns Graph errors into values: expired token, throttling with the time to wait, outage, refusal", async () => {
    const node = `${V}/${PAGE}_9001`;
    platform.on(`POST ${node}`, {
      status: 400,
      json: {
        error: {
          message: "Error validating access token: Session has expired",
          type: "OAuthException",
          code: 190,
          error_subcode: 463,
        },
      },
    });
    expect(await facebook.perform({ kind: "hide", target }, options)).toMatchObject({
      ok: false,
      error: { kind: "token_expired", refreshable: false },
    });
    platform.on(`POST ${node}`, {
      status: 400,
      headers: {
        "x-business-use-case-usage": JSON.stringify({
          [PAGE]: [
            {
              type: "pages",
              call_count: 100,
              total_cputime: 10,
              total_time: 10,
              estimated_time_to_regain_access: 19,
            },
          ],
        }),
      },
      json: { error: { message: "User request limit reached", type: "OAuthException", code: 80001 } },
    });
    expect(await facebook.perform({ kind: "hide", target }, options)).toMatchObject({
      ok: false,
      error: {
        kind: "rate_limited",
        retryAt: new Date(fixedClock.now().getTime() + 19 * 60_000).toISOString(),
      },
    });
    platform.on(`POST ${node}`, {
      status: 500,
      json: { error: { message: "An unknown error occurred", code: 1, is_transient: true } },
    });
    expect(await facebook.perform({ kind: "hide", target }, options)).toMatchObject({
      ok: false,
      error: { kind: "transient" },
    });
    platform.on(`POST ${node}`, {
      status: 403,
      json: { error: { message: "(#200) Requires pages_manage_engagement", code: 200 } },
    });
    const refused = await facebook.perform({ kind: "hide", target }, options);
    expect(refused).toMatchObject({ ok: false, error: { kind: "permanent" } });
    if (!refused.ok) expect(refused.error.message).toContain("permission");
  });

  it("refuses what Facebook cannot do, with a reason a person can act on", async () => {
    const result = await facebook.perform({ kind: "hide", target: { ...target, channel: "dm" } }, options);
    expect(result).toMatchObject({ ok: false, error: { kind: "permanent" } });
    expect(platform.received).toHaveLength(0);
  });

  it("polls the latest posts' comments since the cursor, skipping the Page's own", async () => {
    platform.on(`GET ${V}/${PAGE}/feed`, {
      json: { data: [{ id: `${PAGE}_5001`, permalink_url: "https://www.facebook.com/p/5001" }] },
    });
    platform.on(`GET ${V}/${PAGE}_5001/comments`, {
      json: {
        data: [
          {
            id: "c3",
            message: "newest",
            created_time: "2026-11-20T09:00:00+0000",
            from: { id: "7001", name: "A" },
          },
          {
            id: "c2",
            message: "ours",
            created_time: "2026-11-20T08:30:00+0000",
            from: { id: PAGE, name: "Fenmoor" },
          },
          {
            id: "c1",
            message: "older",
            created_time: "2026-11-19T08:00:00+0000",
            from: { id: "7002" },
            parent: { id: "c0" },
          },
        ],
        paging: { cursors: { before: "x", after: "y" } },
      },
    });
    const first = await facebook.poll?.(null);
    if (!first?.ok) throw new Error("expected a page");
    expect(first.value.items.map((i) => [i.externalId, i.channel])).toEqual([
      ["c3", "comment"],
      ["c1", "reply"],
    ]);
    const second = await facebook.poll?.(first.value.cursor);
    if (!second?.ok) throw new Error("expected a page");
    expect(second.value.items.map((i) => i.externalId)).toEqual(["c3"]);
  });
});
