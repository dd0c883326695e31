import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
  TEST_NOW,
} from "../../../../test/helpers/loopback-platform.js";
import type { ActionTarget, Connector } from "../connector.js";
import { createLinkedInConnector } from "./linkedin.connector.js";

const ORG = "urn:li:organization:2414183";
const POST = "urn:li:share:6844785523593134080";
const COMMENT = `urn:li:comment:(urn:li:activity:6844785523593134080,6844787456812990464)`;
const enc = encodeURIComponent;

const comment = (commentUrn: string, text: string, time: number, extra: Record<string, unknown> = {}) => ({
  actor: "urn:li:person:A1b2C3",
  commentUrn,
  $URN: commentUrn,
  id: commentUrn.split(",")[1]?.replace(")", ""),
  created: { actor: "urn:li:person:A1b2C3", time },
  lastModified: { actor: "urn:li:person:A1b2C3", time },
  message: { attributes: [], text },
  object: "urn:li:activity:6844785523593134080",
  ...extra,
});

describe("LinkedIn organisation comments connector", () => {
  let platform: LoopbackPlatform;
  let linkedin: Connector;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
    linkedin = createLinkedInConnector({
      organizationUrn: ORG,
      accessToken: "li-token",
      http: httpSettings(platform),
    });
  });
  afterEach(() => platform.close());
  const options = { idempotencyKey: "k", requestedAt: TEST_NOW };

  it("polls socialActions/{urn}/comments on the organisation's posts, with replies and edits", async () => {
    platform.on("GET /rest/posts", { json: { paging: { start: 0, count: 10 }, elements: [{ id: POST }] } });
    const reply = "urn:li:comment:(urn:li:activity:6844785523593134080,6844787456812990999)";
    platform.on(`GET /rest/socialActions/${enc(POST)}/comments`, {
      json: {
        paging: { start: 0, count: 10, total: 2 },
        elements: [
          comment(COMMENT, "When will the clinic reopen?", 1_795_680_000_000, {
            commentsSummary: { aggregatedTotalComments: 1 },
          }),
          { ...comment("urn:li:comment:(x,1)", "ours", 1_795_680_000_000), actor: ORG },
        ],
      },
    });
    platform.on(`GET /rest/socialActions/${enc(COMMENT)}/comments`, {
      json: {
        elements: [
          comment(reply, "Edited reply", 1_795_680_100_000, {
            parentComment: COMMENT,
            lastModified: { time: 1_795_680_200_000 },
          }),
        ],
      },
    });
    const page = await linkedin.poll?.(null);
    if (!page?.ok) throw new Error("expected a page");
    expect(page.value.items.map((i) => [i.externalId, i.channel, i.event, i.text])).toEqual([
      [reply, "reply", "edited", "Edited reply"],
      [COMMENT, "comment", "created", "When will the clinic reopen?"],
    ]);
    expect(page.value.items[1]).toMatchObject({
      account: ORG,
      threadId: POST,
      author: { platformId: "urn:li:person:A1b2C3" },
    });
    const first = platform.calls("GET /rest/posts")[0];
    expect(first?.query.get("author")).toBe(ORG);
    expect(first?.headers["linkedin-version"]).toMatch(/^\d{6}$/);
    expect(first?.headers["x-restli-protocol-version"]).toBe("2.0.0");
  });

  it("replies under the comment as the organisation, once", async () => {
    const posted: unknown[] = [];
    const route = `/rest/socialActions/${enc(COMMENT)}/comments`;
    platform.on(`GET ${route}`, () => ({
      json: {
        elements: posted.length
          ? [{ ...comment("urn:li:comment:(a,2)", "Thank you.", TEST_NOW.getTime() + 1000), actor: ORG }]
          : [],
      },
    }));
    platform.on(`POST ${route}`, (request) => {
      posted.push(request.json);
      return {
        status: 201,
        headers: { "x-restli-id": "urn:li:comment:(a,2)" },
        json: comment("urn:li:comment:(a,2)", "Thank you.", 1),
      };
    });
    const target: ActionTarget = {
      externalId: COMMENT,
      channel: "comment",
      account: ORG,
      author: {},
      threadId: POST,
      ref: { post: POST, commentId: "6844787456812990464" },
    };
    expect(await linkedin.perform({ kind: "reply", target, text: "Thank you." }, options)).toEqual({
      ok: true,
      value: { externalId: "urn:li:comment:(a,2)", alreadyDone: false },
    });
    expect(await linkedin.perform({ kind: "reply", target, text: "Thank you." }, options)).toMatchObject({
      ok: true,
      value: { alreadyDone: true },
    });
    expect(posted).toEqual([
      { actor: ORG, object: POST, parentComment: COMMENT, message: { text: "Thank you." } },
    ]);

    platform.on(`DELETE /rest/socialActions/${enc(POST)}/comments/6844787456812990464`, { status: 204 });
    expect(await linkedin.perform({ kind: "delete", target }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(
      platform
        .calls(`DELETE /rest/socialActions/${enc(POST)}/comments/6844787456812990464`)[0]
        ?.query.get("actor"),
    ).toBe(ORG);
  });

  it("maps LinkedIn's 429 to a wait until midnight UTC, 401 to reconnect, 403 to a permissions message", async () => {
    platform.on("GET /rest/posts", {
      status: 429,
      json: {
        status: 429,
        serviceErrorCode: 101,
        code: "TOO_MANY_REQUESTS",
        message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
      },
    });
    expect(await linkedin.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "rate_limited", retryAt: "2026-11-21T00:00:00.000Z" },
    });
    platform.on("GET /rest/posts", {
      status: 401,
      json: {
        status: 401,
        serviceErrorCode: 65601,
        code: "REVOKED_ACCESS_TOKEN",
        message: "The token used in the request has been revoked by the user",
      },
    });
    expect(await linkedin.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "token_expired", refreshable: false },
    });
    platform.on("GET /rest/posts", {
      status: 403,
      json: {
        status: 403,
        serviceErrorCode: 100,
        code: "ACCESS_DENIED",
        message: "Not enough permissions to access: partnerApiPostsExternal.FINDER-author",
      },
    });
    const refused = await linkedin.poll?.(null);
    expect(refused).toMatchObject({ ok: false, error: { kind: "permanent", status: 403 } });
  });
});
