import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { connectAccount } from "./inbox-accounts.service.js";

const ME = "2244994945";
const CONSUMER_SECRET = "x-consumer-secret-for-inbox-tests";

/** X's x-twitter-webhooks-signature: `sha256=` + base64 HMAC-SHA256 of the raw body. */
const signX = (body: string, secret = CONSUMER_SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("base64")}`;

/** An Account Activity delivery of one mention, as X sends it (v1.1 shapes). */
const mentionDelivery = (id: string, text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    for_user_id: ME,
    tweet_create_events: [
      {
        id_str: id,
        created_at: "Tue Nov 24 09:30:00 +0000 2026",
        text,
        user: { id_str: "1001", name: "Jo Public", screen_name: "jopublic" },
        in_reply_to_status_id_str: null,
        in_reply_to_user_id_str: null,
      },
    ],
    ...extra,
  });

/**
 * The X Account Activity webhook on the real server, over loopback HTTP (not inject): the CRC
 * challenge, the signature over the raw bytes, and idempotent storage like the Meta webhooks.
 */
describe.each(TEST_DATABASES)("the X webhook over loopback HTTP on %s", (kind) => {
  const t = useTestApp(kind);
  let base = "";
  let accountId = "";

  beforeAll(async () => {
    const organisationId = await organisationIdOf(t.deps);
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const account = await connectAccount(
      t.deps,
      { kind: "user", id: admin, organisationId, roles: ["admin"] },
      {
        platform: "x",
        externalAccountId: ME,
        name: "Fenmoor on X",
        settings: { baseUrl: "http://127.0.0.1:9" },
        secrets: { access_token: "x-token", consumer_secret: CONSUMER_SECRET },
      },
    );
    accountId = account.id;
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    // A real listener (useTestApp closes it with the app): the bytes go over loopback TCP.
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });

  const url = () => `${base}/api/v1/webhooks/x/${accountId}`;
  const deliver = (body: string, signature: string | null = signX(body)) =>
    fetch(url(), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(signature === null ? {} : { "x-twitter-webhooks-signature": signature }),
      },
      body,
    });
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const items = () =>
    t.deps.db
      .selectFrom("inbox_items")
      .select(["external_id", "channel", "triaged_at"])
      .where("account_id", "=", accountId)
      .orderBy("external_id")
      .execute();

  it("answers the CRC challenge with sha256=base64(HMAC-SHA256(consumer secret, crc_token))", async () => {
    const token = "9b4507b3-9040-4669-9ca3-6b94edb50553";
    const res = await fetch(`${url()}?crc_token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const expected = createHmac("sha256", CONSUMER_SECRET).update(token).digest("base64");
    expect(await res.json()).toEqual({ response_token: `sha256=${expected}` });
    // A token shaped like a delivery would make the CRC a signing oracle: refused.
    const forged = await fetch(`${url()}?crc_token=${encodeURIComponent('{"for_user_id":"1"}')}`);
    expect(forged.status).toBe(400);
    expect(await errorOf(forged)).toBe("validation");
  });

  it("refuses a bad or missing signature with 401 and a malformed payload with 400, storing nothing", async () => {
    const body = mentionDelivery("1500000000000000001", "@FenmoorNHS hello");
    const wrong = await deliver(body, signX(body, "not-the-secret"));
    expect(wrong.status).toBe(401);
    expect(await errorOf(wrong)).toBe("unauthenticated");
    expect((await deliver(body, null)).status).toBe(401);
    // The signature is over the bytes as sent: the same JSON re-spaced does not match.
    expect((await deliver(`${body} `, signX(body))).status).toBe(401);
    const malformed = '{"for_user_id":"not digits"}';
    const bad = await deliver(malformed);
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toBe("validation");
    expect(await items()).toEqual([]);
  });

  it("stores a signed mention before the 200, once however often X sends it, and triages it", async () => {
    const body = mentionDelivery("1500000000000000010", "@FenmoorNHS is the walk-in centre open today?");
    const first = await deliver(body);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: 1, stored: 1, duplicates: 0, ignored: 0 });
    // Durable when the 200 came back: the item and its triage job are there already.
    expect((await items()).map((i) => i.external_id)).toEqual(["1500000000000000010"]);
    const again = await deliver(body);
    expect(await again.json()).toEqual({ received: 1, stored: 0, duplicates: 1, ignored: 0 });
    await runJobs(t.deps);
    const stored = await items();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: "mention" });
    expect(stored[0]?.triaged_at).not.toBeNull();
  });

  it("ignores a delivery for an X account the organisation has not connected", async () => {
    const body = JSON.stringify({
      for_user_id: "999999",
      tweet_create_events: JSON.parse(mentionDelivery("1500000000000000020", "@someone else"))
        .tweet_create_events,
    });
    const res = await deliver(body);
    expect(await res.json()).toEqual({ received: 1, stored: 0, duplicates: 0, ignored: 1 });
    expect((await items()).map((i) => i.external_id)).not.toContain("1500000000000000020");
  });

  it("is a 404 for an account of another platform", async () => {
    const facebookUrl = `${base}/api/v1/webhooks/facebook/${accountId}`;
    const res = await fetch(`${facebookUrl}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`);
    expect(res.status).toBe(404);
  });
});
