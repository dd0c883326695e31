import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
  TEST_NOW,
} from "../../../../test/helpers/loopback-platform.js";
import type { ActionTarget, Connector } from "../connector.js";
import { createMastodonConnector } from "./mastodon.connector.js";

const ME = "109348";
const note = (id: string, visibility: string, content: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "mention",
  created_at: "2026-11-20T09:00:00.000Z",
  account: {
    id: "777",
    username: "jo",
    acct: "jo@example.social",
    display_name: "Jo",
    url: "https://example.social/@jo",
  },
  status: {
    id: `s${id}`,
    created_at: "2026-11-20T09:00:00.000Z",
    edited_at: null,
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    visibility,
    spoiler_text: "",
    content,
    url: `https://example.social/@jo/s${id}`,
    uri: `https://example.social/users/jo/statuses/s${id}`,
  },
  ...extra,
});

describe("Mastodon connector", () => {
  let platform: LoopbackPlatform;
  let mastodon: Connector;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
    mastodon = createMastodonConnector({
      accountId: ME,
      accessToken: "m-token",
      http: httpSettings(platform),
    });
  });
  afterEach(() => platform.close());
  const options = { idempotencyKey: "reply:42", requestedAt: TEST_NOW };

  it("polls mention notifications forward with min_id, keeping the HTML and the text a reader sees", async () => {
    platform.on("GET /api/v1/notifications", (request) =>
      request.query.get("min_id") === "20"
        ? { json: [] }
        : {
            json: [
              note(
                "20",
                "direct",
                '<p><span class="h-card"><a href="https://x">@<span>fenmoor</span></a></span> I&#39;m scared &amp; alone</p><p>please<br>help</p>',
                {
                  status: {
                    ...note("20", "direct", "").status,
                    content: "<p>I&#39;m scared &amp; alone</p><p>please<br>help</p>",
                    spoiler_text: "suicide",
                  },
                },
              ),
              note("19", "public", "<p>hello &lt;script&gt;</p>"),
            ],
          },
    );
    const page = await mastodon.poll?.(null);
    if (!page?.ok) throw new Error("expected a page");
    expect(page.value.items[0]).toMatchObject({
      platform: "mastodon",
      externalId: "s20",
      channel: "dm",
      text: "I'm scared & alone\n\nplease\nhelp",
      html: "<p>I&#39;m scared &amp; alone</p><p>please<br>help</p>",
      subject: "suicide",
      author: { platformId: "777", handle: "@jo@example.social", name: "Jo" },
      permalink: "https://example.social/@jo/s20",
    });
    expect(page.value.items[1]?.text).toBe("hello <script>");
    expect(platform.calls("GET /api/v1/notifications")[0]?.query.getAll("types[]")).toEqual([
      "mention",
      "update",
    ]);
    const next = await mastodon.poll?.(page.value.cursor);
    expect(next).toMatchObject({ ok: true, value: { items: [], more: false } });
    expect(platform.calls("GET /api/v1/notifications")[1]?.query.get("min_id")).toBe("20");
  });

  it("replies with an Idempotency-Key, mentioning the author, and never in public to a direct message", async () => {
    platform.on("POST /api/v1/statuses", { json: { id: "s99", url: "https://fenmoor.social/@fenmoor/s99" } });
    const target: ActionTarget = {
      externalId: "s20",
      channel: "dm",
      account: ME,
      author: { platformId: "777" },
      ref: { acct: "jo@example.social", visibility: "direct" },
    };
    expect(
      await mastodon.perform(
        { kind: "reply", target, text: "Please call 111 or Samaritans on 116 123." },
        options,
      ),
    ).toEqual({
      ok: true,
      value: { externalId: "s99", permalink: "https://fenmoor.social/@fenmoor/s99", alreadyDone: false },
    });
    const sent = platform.calls("POST /api/v1/statuses")[0];
    expect(sent?.headers["idempotency-key"]).toBe("reply:42");
    expect(sent?.json).toEqual({
      status: "@jo@example.social Please call 111 or Samaritans on 116 123.",
      in_reply_to_id: "s20",
      visibility: "direct",
    });
  });

  it("reads X-RateLimit-Reset as an ISO time and a 401 as a reconnect", async () => {
    platform.on("GET /api/v1/notifications", {
      status: 429,
      headers: {
        "x-ratelimit-limit": "300",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "2026-11-20T10:05:00.000Z",
      },
      json: { error: "Too many requests" },
    });
    expect(await mastodon.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "rate_limited", retryAt: "2026-11-20T10:05:00.000Z" },
    });
    platform.on("GET /api/v1/notifications", { status: 401, json: { error: "The access token is invalid" } });
    const result = await mastodon.poll?.(null);
    expect(result).toMatchObject({ ok: false, error: { kind: "token_expired", refreshable: false } });
  });

  it("blocks and reports the author", async () => {
    platform.on("POST /api/v1/accounts/777/block", { json: { id: "777", blocking: true } });
    platform.on("POST /api/v1/reports", { json: { id: "1" } });
    const target: ActionTarget = {
      externalId: "s19",
      channel: "mention",
      account: ME,
      author: { platformId: "777" },
      ref: { acct: "jo", visibility: "public" },
    };
    expect(await mastodon.perform({ kind: "block", target }, options)).toMatchObject({ ok: true });
    expect(
      await mastodon.perform({ kind: "report", target, reason: "Abuse of a named nurse" }, options),
    ).toMatchObject({ ok: true });
    expect(platform.calls("POST /api/v1/reports")[0]?.json).toMatchObject({
      account_id: "777",
      status_ids: ["s19"],
      category: "violation",
    });
  });
});
