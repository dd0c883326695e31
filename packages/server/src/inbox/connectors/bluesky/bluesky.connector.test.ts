import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  fixedClock,
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
  TEST_NOW,
} from "../../../../test/helpers/loopback-platform.js";
import type { ActionTarget, Connector } from "../connector.js";
import { createBlueskyConnector } from "./bluesky.connector.js";
import { deterministicTid } from "./bluesky-api.js";

const DID = "did:plc:fenmoor0000000000000000";
const session = { accessJwt: "access-1", refreshJwt: "refresh-1", did: DID, handle: "fenmoor.bsky.social" };

const notification = (n: number, reason: string, indexedAt: string, reply?: unknown) => ({
  uri: `at://did:plc:author${n}/app.bsky.feed.post/3kxyz${n}`,
  cid: `bafyrei${n}`,
  author: { did: `did:plc:author${n}`, handle: `person${n}.bsky.social`, displayName: `Person ${n}` },
  reason,
  record: {
    $type: "app.bsky.feed.post",
    text: `post ${n} @fenmoor.bsky.social`,
    createdAt: indexedAt,
    ...(reply ? { reply } : {}),
  },
  isRead: false,
  indexedAt,
});

describe("Bluesky connector", () => {
  let platform: LoopbackPlatform;
  let bluesky: Connector;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
    bluesky = createBlueskyConnector({
      identifier: "fenmoor.bsky.social",
      appPassword: "abcd-efgh-ijkl-mnop",
      session,
      http: httpSettings(platform),
    });
  });
  afterEach(() => platform.close());

  const options = { idempotencyKey: "reply:item-1:draft-1", requestedAt: TEST_NOW };
  const target: ActionTarget = {
    externalId: "at://did:plc:author1/app.bsky.feed.post/3kxyz1",
    channel: "reply",
    account: DID,
    author: { platformId: "did:plc:author1" },
    ref: {
      cid: "bafyrei1",
      rootUri: "at://did:plc:fenmoor0000000000000000/app.bsky.feed.post/3root",
      rootCid: "bafyroot",
    },
  };

  it("polls mentions, replies and quotes with the cursor, ignoring likes and follows", async () => {
    const reply = {
      root: { uri: "at://root", cid: "c-root" },
      parent: { uri: "at://parent", cid: "c-parent" },
    };
    platform.on("GET /xrpc/app.bsky.notification.listNotifications", (request) => {
      if (request.query.get("cursor") === "page2") {
        return { json: { notifications: [notification(3, "mention", "2026-11-20T08:00:00.000Z")] } };
      }
      return {
        json: {
          cursor: "page2",
          notifications: [
            notification(1, "reply", "2026-11-20T09:00:00.000Z", reply),
            notification(2, "like", "2026-11-20T08:59:00.000Z"),
            notification(4, "quote", "2026-11-20T08:30:00.000Z"),
          ],
        },
      };
    });
    const first = await bluesky.poll?.(null);
    if (!first?.ok) throw new Error("expected a page");
    expect(first.value.items.map((i) => [i.channel, i.author.handle])).toEqual([
      ["reply", "@person1.bsky.social"],
      ["mention", "@person4.bsky.social"],
    ]);
    expect(first.value.items[0]).toMatchObject({
      externalId: "at://did:plc:author1/app.bsky.feed.post/3kxyz1",
      account: DID,
      replyToId: "at://parent",
      threadId: "at://root",
      ref: { cid: "bafyrei1", rootUri: "at://root", rootCid: "c-root" },
      permalink: "https://bsky.app/profile/did%3Aplc%3Aauthor1/post/3kxyz1",
    });
    expect(
      platform.calls("GET /xrpc/app.bsky.notification.listNotifications")[0]?.headers.authorization,
    ).toBe("Bearer access-1");
    // Nothing new: the same first page again gives the newest item only (the overlap the store absorbs).
    const second = await bluesky.poll?.(first.value.cursor);
    if (!second?.ok) throw new Error("expected a page");
    expect(second.value.items.map((i) => i.externalId)).toEqual([
      "at://did:plc:author1/app.bsky.feed.post/3kxyz1",
    ]);
    expect(second.value.more).toBe(false);
  });

  it("replies with createRecord (reply.root and reply.parent) once, under a key derived from the job", async () => {
    const records = new Map<string, unknown>();
    platform.on("GET /xrpc/com.atproto.repo.getRecord", (request) => {
      const rkey = request.query.get("rkey") ?? "";
      return records.has(rkey)
        ? {
            json: {
              uri: `at://${DID}/app.bsky.feed.post/${rkey}`,
              cid: "bafyreply",
              value: records.get(rkey),
            },
          }
        : { status: 400, json: { error: "RecordNotFound", message: "Could not locate record" } };
    });
    platform.on("POST /xrpc/com.atproto.repo.createRecord", (request) => {
      const body = request.json as { rkey: string; record: unknown };
      records.set(body.rkey, body.record);
      return { json: { uri: `at://${DID}/app.bsky.feed.post/${body.rkey}`, cid: "bafyreply" } };
    });
    const reply = { kind: "reply" as const, target, text: "We're sorry. Please call 111." };
    const first = await bluesky.perform(reply, options);
    const rkey = deterministicTid(options.idempotencyKey, options.requestedAt);
    expect(first).toEqual({
      ok: true,
      value: { externalId: `at://${DID}/app.bsky.feed.post/${rkey}`, alreadyDone: false },
    });
    expect(await bluesky.perform(reply, options)).toMatchObject({ ok: true, value: { alreadyDone: true } });
    const calls = platform.calls("POST /xrpc/com.atproto.repo.createRecord");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.json).toEqual({
      repo: DID,
      collection: "app.bsky.feed.post",
      rkey,
      record: {
        $type: "app.bsky.feed.post",
        text: "We're sorry. Please call 111.",
        createdAt: TEST_NOW.toISOString(),
        reply: {
          root: { uri: target.ref?.rootUri, cid: "bafyroot" },
          parent: { uri: target.externalId, cid: "bafyrei1" },
        },
      },
    });
  });

  it("makes record keys that are valid TIDs, stable per job and different between jobs", () => {
    const a = deterministicTid("job-a", TEST_NOW);
    expect(a).toMatch(/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/);
    expect(deterministicTid("job-a", TEST_NOW)).toBe(a);
    expect(deterministicTid("job-b", TEST_NOW)).not.toBe(a);
  });

  it("refuses a reply over 300 graphemes before calling Bluesky", async () => {
    const result = await bluesky.perform({ kind: "reply", target, text: "👩‍⚕️".repeat(301) }, options);
    expect(result).toMatchObject({ ok: false, error: { kind: "permanent" } });
    expect(platform.received).toHaveLength(0);
    platform.on("GET /xrpc/com.atproto.repo.getRecord", { status: 400, json: { error: "RecordNotFound" } });
    platform.on("POST /xrpc/com.atproto.repo.createRecord", {
      json: { uri: "at://x/app.bsky.feed.post/1", cid: "c" },
    });
    expect(await bluesky.perform({ kind: "reply", target, text: "👩‍⚕️".repeat(300) }, options)).toMatchObject({
      ok: true,
    });
  });

  it("reads 400 ExpiredToken as a refreshable expiry; refresh uses refreshSession, then the app password", async () => {
    platform.on("GET /xrpc/app.bsky.notification.listNotifications", {
      status: 400,
      json: { error: "ExpiredToken", message: "Token has expired" },
    });
    expect(await bluesky.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "token_expired", refreshable: true },
    });
    platform.on("POST /xrpc/com.atproto.server.refreshSession", {
      status: 400,
      json: { error: "ExpiredToken", message: "Token has expired" },
    });
    platform.on("POST /xrpc/com.atproto.server.createSession", {
      json: { ...session, accessJwt: "access-2", refreshJwt: "refresh-2", active: true },
    });
    expect(await bluesky.refresh?.()).toEqual({
      ok: true,
      value: { credentials: { ...session, accessJwt: "access-2", refreshJwt: "refresh-2" } },
    });
    expect(platform.calls("POST /xrpc/com.atproto.server.refreshSession")[0]?.headers.authorization).toBe(
      "Bearer refresh-1",
    );
    expect(platform.calls("POST /xrpc/com.atproto.server.createSession")[0]?.json).toEqual({
      identifier: "fenmoor.bsky.social",
      password: "abcd-efgh-ijkl-mnop",
    });
    platform.on("GET /xrpc/app.bsky.notification.listNotifications", (request) =>
      request.headers.authorization === "Bearer access-2"
        ? { json: { notifications: [] } }
        : { status: 400, json: { error: "ExpiredToken" } },
    );
    expect(await bluesky.poll?.(null)).toMatchObject({ ok: true });
  });

  it("asks a person to reconnect when the app password is refused", async () => {
    const fresh = createBlueskyConnector({
      identifier: "fenmoor.bsky.social",
      appPassword: "revoked",
      http: httpSettings(platform),
    });
    expect(await fresh.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "token_expired", refreshable: true },
    });
    platform.on("POST /xrpc/com.atproto.server.createSession", {
      status: 401,
      json: { error: "AuthenticationRequired", message: "Invalid identifier or password" },
    });
    expect(await fresh.refresh?.()).toMatchObject({
      ok: false,
      error: { kind: "token_expired", refreshable: false },
    });
  });

  it("waits until ratelimit-reset on a 429", async () => {
    const reset = Math.floor(fixedClock.now().getTime() / 1000) + 120;
    platform.on("GET /xrpc/app.bsky.notification.listNotifications", {
      status: 429,
      headers: {
        "ratelimit-limit": "3000",
        "ratelimit-remaining": "0",
        "ratelimit-reset": String(reset),
        "ratelimit-policy": "3000;w=300",
      },
      json: { error: "RateLimitExceeded", message: "Rate Limit Exceeded" },
    });
    expect(await bluesky.poll?.(null)).toMatchObject({
      ok: false,
      error: { kind: "rate_limited", retryAt: new Date(reset * 1000).toISOString() },
    });
  });

  it("blocks an author with an app.bsky.graph.block record and reports a post to the moderation service", async () => {
    platform.on("GET /xrpc/com.atproto.repo.getRecord", { status: 400, json: { error: "RecordNotFound" } });
    platform.on("POST /xrpc/com.atproto.repo.createRecord", {
      json: { uri: `at://${DID}/app.bsky.graph.block/1`, cid: "c" },
    });
    expect(await bluesky.perform({ kind: "block", target }, options)).toMatchObject({ ok: true });
    expect(platform.calls("POST /xrpc/com.atproto.repo.createRecord")[0]?.json).toMatchObject({
      collection: "app.bsky.graph.block",
      record: { $type: "app.bsky.graph.block", subject: "did:plc:author1" },
    });
    platform.on("POST /xrpc/com.atproto.moderation.createReport", {
      json: { id: 1, reasonType: "x", subject: {}, reportedBy: DID, createdAt: "" },
    });
    expect(
      await bluesky.perform({ kind: "report", target, reason: "Targets a named nurse" }, options),
    ).toMatchObject({ ok: true });
    const report = platform.calls("POST /xrpc/com.atproto.moderation.createReport")[0];
    expect(report?.headers["atproto-proxy"]).toBe("did:plc:ar7c4by46qjdydhdevvrndac#atproto_labeler");
    expect(report?.json).toMatchObject({
      subject: { $type: "com.atproto.repo.strongRef", uri: target.externalId, cid: "bafyrei1" },
    });
  });

  it("hides and unhides a reply in our thread through the root post's threadgate, keeping its rules", async () => {
    const rootUri = `at://${DID}/app.bsky.feed.post/3root`;
    let gate: { cid: string; value: Record<string, unknown> } | null = {
      cid: "bafygate1",
      value: {
        $type: "app.bsky.feed.threadgate",
        post: rootUri,
        createdAt: "2026-11-01T00:00:00.000Z",
        allow: [{ $type: "app.bsky.feed.threadgate#followingRule" }],
      },
    };
    platform.on("GET /xrpc/com.atproto.repo.getRecord", (request) =>
      request.query.get("collection") === "app.bsky.feed.threadgate" &&
      request.query.get("rkey") === "3root" &&
      gate
        ? { json: { uri: `at://${DID}/app.bsky.feed.threadgate/3root`, ...gate } }
        : { status: 400, json: { error: "RecordNotFound" } },
    );
    platform.on("POST /xrpc/com.atproto.repo.putRecord", (request) => {
      const body = request.json as { record: Record<string, unknown>; swapRecord?: string };
      if (body.swapRecord !== gate?.cid)
        return { status: 400, json: { error: "InvalidSwap", message: "Record was at bafyother" } };
      gate = { cid: `bafygate${Math.random()}`, value: body.record };
      return { json: { uri: `at://${DID}/app.bsky.feed.threadgate/3root`, cid: gate.cid } };
    });
    const reply = { ...target, ref: { ...target.ref, rootUri } };
    expect(await bluesky.perform({ kind: "hide", target: reply }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(gate?.value).toEqual({
      $type: "app.bsky.feed.threadgate",
      post: rootUri,
      createdAt: "2026-11-01T00:00:00.000Z",
      allow: [{ $type: "app.bsky.feed.threadgate#followingRule" }],
      hiddenReplies: [target.externalId],
    });
    expect(await bluesky.perform({ kind: "hide", target: reply }, options)).toEqual({
      ok: true,
      value: { alreadyDone: true },
    });
    expect(platform.calls("POST /xrpc/com.atproto.repo.putRecord")).toHaveLength(1);
    expect(await bluesky.perform({ kind: "unhide", target: reply }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    expect(gate?.value.hiddenReplies).toEqual([]);
    const elsewhere = {
      ...target,
      ref: { ...target.ref, rootUri: "at://did:plc:someone/app.bsky.feed.post/3x" },
    };
    expect(await bluesky.perform({ kind: "hide", target: elsewhere }, options)).toMatchObject({
      ok: false,
      error: { kind: "permanent" },
    });
    gate = null;
    expect(await bluesky.perform({ kind: "hide", target: reply }, options)).toEqual({
      ok: true,
      value: { alreadyDone: false },
    });
    // The handler above reassigns gate; TypeScript cannot see that through the closure.
    const created = gate as { value: Record<string, unknown> } | null;
    expect(created?.value).toMatchObject({
      post: rootUri,
      hiddenReplies: [target.externalId],
      createdAt: TEST_NOW.toISOString(),
    });
  });
});
