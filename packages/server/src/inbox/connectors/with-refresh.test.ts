import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
} from "../../../test/helpers/loopback-platform.js";
import { CONNECTOR_FACTORIES, type CredentialUpdate, withRefresh } from "./index.js";

describe("withRefresh", () => {
  let platform: LoopbackPlatform;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
  });
  afterEach(() => platform.close());

  it("opens a Bluesky session when there is none, stores it, and runs the call again", async () => {
    const bluesky = CONNECTOR_FACTORIES.bluesky({
      identifier: "fenmoor.bsky.social",
      appPassword: "app-pass",
      http: httpSettings(platform),
    });
    platform.on("POST /xrpc/com.atproto.server.createSession", {
      json: { accessJwt: "a1", refreshJwt: "r1", did: "did:plc:fenmoor", handle: "fenmoor.bsky.social" },
    });
    platform.on("GET /xrpc/app.bsky.notification.listNotifications", { json: { notifications: [] } });
    const stored: CredentialUpdate[] = [];
    const result = await withRefresh(
      bluesky,
      () => bluesky.poll?.(null) ?? Promise.reject(),
      async (u) => {
        stored.push(u);
      },
    );
    expect(result).toMatchObject({ ok: true, value: { items: [] } });
    expect(stored).toEqual([
      {
        credentials: {
          accessJwt: "a1",
          refreshJwt: "r1",
          did: "did:plc:fenmoor",
          handle: "fenmoor.bsky.social",
        },
      },
    ]);
    expect(
      platform.calls("GET /xrpc/app.bsky.notification.listNotifications")[0]?.headers.authorization,
    ).toBe("Bearer a1");
  });

  it("leaves an expiry that cannot be refreshed for a person, without calling refresh", async () => {
    const mastodon = CONNECTOR_FACTORIES.mastodon({
      accountId: "1",
      accessToken: "revoked",
      http: httpSettings(platform),
    });
    platform.on("GET /api/v1/notifications", { status: 401, json: { error: "The access token is invalid" } });
    let stores = 0;
    const result = await withRefresh(
      mastodon,
      () => mastodon.poll?.(null) ?? Promise.reject(),
      async () => {
        stores += 1;
      },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: "token_expired", refreshable: false } });
    expect(stores).toBe(0);
  });
});
