import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
  TEST_NOW,
  webhookRequest,
} from "../../../../test/helpers/loopback-platform.js";
import type { ActionTarget, Connector } from "../connector.js";
import { createInstagramConnector } from "./instagram.connector.js";

const IG = "17841405822304914";
const V = "/v23.0";

describe("Instagram connector", () => {
  let platform: LoopbackPlatform;
  let instagram: Connector;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
    instagram = createInstagramConnector({
      igUserId: IG,
      accessToken: "ig-token",
      appSecret: "ig-secret",
      verifyToken: "ig-verify",
      http: httpSettings(platform),
    });
  });
  afterEach(() => platform.close());

  const target: ActionTarget = {
    externalId: "17870913679156914",
    channel: "comment",
    account: IG,
    author: { platformId: "753", handle: "@someone" },
    replyToId: "18172143295349192",
    threadId: "18172143295349192",
  };
  const options = { idempotencyKey: "k1", requestedAt: TEST_NOW };

  it("verifies deliveries signed with the app secret and parses comments and replies on our media", () => {
    const body = JSON.stringify({
      object: "instagram",
      entry: [
        {
          id: IG,
          time: 1_763_632_800,
          changes: [
            {
              field: "comments",
              value: {
                from: { id: "753", username: "someone", self_ig_scoped_id: "2105" },
                media: { id: "18172143295349192", media_product_type: "FEED" },
                id: "17870913679156914",
                text: "Ward 7 staff ignored my mum 😡",
              },
            },
            {
              field: "comments",
              value: {
                from: { id: "754", username: "other" },
                media: { id: "18172143295349192", media_product_type: "FEED" },
                id: "17870913679156915",
                parent_id: "17870913679156914",
                text: "Same here",
              },
            },
            { field: "comments", value: { from: { id: IG, username: "fenmoor" }, id: "1", text: "Thanks" } },
            { field: "mentions", value: { comment_id: "1", media_id: "2" } },
          ],
        },
      ],
    });
    const signature = `sha256=${createHmac("sha256", "ig-secret").update(body).digest("hex")}`;
    expect(
      instagram.verifyWebhook?.(webhookRequest({ body, headers: { "x-hub-signature-256": signature } })),
    ).toEqual({
      kind: "verified",
    });
    const parsed = instagram.parseWebhook?.(webhookRequest({ body }));
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items).toEqual([
      expect.objectContaining({
        platform: "instagram",
        externalId: "17870913679156914",
        account: IG,
        channel: "comment",
        author: { platformId: "753", handle: "@someone" },
        text: "Ward 7 staff ignored my mum 😡",
        threadId: "18172143295349192",
      }),
      expect.objectContaining({ channel: "reply", replyToId: "17870913679156914" }),
    ]);
    expect(parsed.value.ignored).toBe(2);
  });

  it("parses Instagram messages, with unsent ones as deletions", () => {
    const body = JSON.stringify({
      object: "instagram",
      entry: [
        {
          id: IG,
          time: 1_763_632_800_000,
          messaging: [
            {
              sender: { id: "IGSID1" },
              recipient: { id: IG },
              timestamp: 1_763_632_800_000,
              message: { mid: "aWdf1", text: "hello" },
            },
            {
              sender: { id: "IGSID1" },
              recipient: { id: IG },
              timestamp: 1_763_632_900_000,
              message: { mid: "aWdf1", is_deleted: true },
            },
          ],
        },
      ],
    });
    const parsed = instagram.parseWebhook?.(webhookRequest({ body }));
    if (!parsed?.ok) throw new Error("expected a parse");
    expect(parsed.value.items.map((i) => [i.platform, i.channel, i.event, i.text])).toEqual([
      ["instagram", "dm", "created", "hello"],
      ["instagram", "dm", "deleted", ""],
    ]);
  });

  it("refuses a Page delivery sent to the Instagram endpoint", () => {
    const parsed = instagram.parseWebhook?.(
      webhookRequest({ body: JSON.stringify({ object: "page", entry: [] }) }),
    );
    expect(parsed).toMatchObject({ ok: false, error: { kind: "invalid_payload" } });
  });

  it("replies with /{ig-comment-id}/replies once, and hides with hide=true", async () => {
    const path = `${V}/17870913679156914/replies`;
    let posted = 0;
    platform.on(`GET ${path}`, () => ({
      json: {
        data: posted
          ? [
              {
                id: "r1",
                text: "Sorry to hear this.",
                timestamp: "2026-11-20T10:00:02+0000",
                from: { id: IG, username: "fenmoor" },
              },
            ]
          : [],
      },
    }));
    platform.on(`POST ${path}`, () => {
      posted += 1;
      return { json: { id: "r1" } };
    });
    const reply = { kind: "reply" as const, target, text: "Sorry to hear this." };
    expect(await instagram.perform(reply, options)).toEqual({
      ok: true,
      value: { externalId: "r1", alreadyDone: false },
    });
    expect(await instagram.perform(reply, options)).toEqual({
      ok: true,
      value: { externalId: "r1", alreadyDone: true },
    });
    expect(posted).toBe(1);
    expect(platform.calls(`POST ${path}`)[0]?.json).toEqual({ message: "Sorry to hear this." });

    platform.on(`POST ${V}/17870913679156914`, { json: { success: true } });
    expect(await instagram.perform({ kind: "hide", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(platform.calls(`POST ${V}/17870913679156914`)[0]?.json).toEqual({ hide: true });
  });

  it("answers a reply under its top-level comment, since Instagram threads are one level deep", async () => {
    platform.on(`GET ${V}/17870913679156914/replies`, { json: { data: [] } });
    platform.on(`POST ${V}/17870913679156914/replies`, { json: { id: "r2" } });
    const reply = {
      kind: "reply" as const,
      target: {
        ...target,
        externalId: "17870913679156915",
        channel: "reply" as const,
        replyToId: "17870913679156914",
      },
      text: "Please message us.",
    };
    expect(await instagram.perform(reply, options)).toMatchObject({ ok: true, value: { externalId: "r2" } });
  });

  it("says Instagram cannot block or report through its API", async () => {
    expect(await instagram.perform({ kind: "block", target }, options)).toMatchObject({
      ok: false,
      error: { kind: "permanent" },
    });
    expect(platform.received).toHaveLength(0);
  });

  it("polls comments and replies on the latest media", async () => {
    platform.on(`GET ${V}/${IG}/media`, {
      json: { data: [{ id: "m1", permalink: "https://www.instagram.com/p/abc/" }] },
    });
    platform.on(`GET ${V}/m1/comments`, {
      json: {
        data: [
          {
            id: "c1",
            text: "first",
            timestamp: "2026-11-20T09:00:00+0000",
            from: { id: "753", username: "someone" },
            replies: {
              data: [
                {
                  id: "c2",
                  text: "second",
                  timestamp: "2026-11-20T09:05:00+0000",
                  from: { id: "754", username: "b" },
                },
              ],
            },
          },
        ],
      },
    });
    const page = await instagram.poll?.(null);
    if (!page?.ok) throw new Error("expected a page");
    expect(page.value.items.map((i) => [i.externalId, i.channel, i.replyToId, i.permalink])).toEqual([
      ["c1", "comment", "m1", "https://www.instagram.com/p/abc/"],
      ["c2", "reply", "c1", "https://www.instagram.com/p/abc/"],
    ]);
  });
});
