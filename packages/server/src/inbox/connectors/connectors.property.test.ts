import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedClock, webhookRequest } from "../../../test/helpers/loopback-platform.js";
import { type Connector, inboundItemSchema } from "./connector.js";
import { parseResetHeader } from "./connector-error.js";
import { createFacebookConnector } from "./facebook/facebook.connector.js";
import { createInstagramConnector } from "./instagram/instagram.connector.js";
import { htmlToText } from "./mastodon/html-to-text.js";
import { verifyBase64Signature, verifyHexSignature } from "./webhook-signature.js";
import { createXConnector } from "./x/x.connector.js";

const http = { baseUrl: "http://127.0.0.1:9", clock: fixedClock };
const facebook = createFacebookConnector({
  pageId: "1",
  pageAccessToken: "t",
  appSecret: "s",
  verifyToken: "v",
  http,
});
const instagram = createInstagramConnector({ igUserId: "1", accessToken: "t", appSecret: "s", http });
const x = createXConnector({ userId: "1", accessToken: "t", consumerSecret: "s", http });
const receivers: [string, Connector][] = [
  ["facebook", facebook],
  ["instagram", instagram],
  ["x", x],
];

const bytes = fc.uint8Array({ maxLength: 512 });
const secret = fc.string({ minLength: 1, maxLength: 64 });

describe("webhook signatures (property)", () => {
  it("accept exactly the HMAC-SHA256 of the raw body under the secret, hex and base64", () => {
    let checked = 0;
    fc.assert(
      fc.property(secret, bytes, fc.nat(), (key, body, flip) => {
        const hex = `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;
        const b64 = `sha256=${createHmac("sha256", key).update(body).digest("base64")}`;
        expect(verifyHexSignature(key, body, hex)).toBe(true);
        expect(verifyBase64Signature(key, body, b64)).toBe(true);
        expect(verifyHexSignature(key, body, hex.toUpperCase().replace("SHA256=", "sha256="))).toBe(true);
        expect(verifyHexSignature(`${key}x`, body, hex)).toBe(false);
        if (body.length > 0) {
          const tampered = Uint8Array.from(body);
          const at = flip % body.length;
          tampered[at] = (tampered[at] ?? 0) ^ (1 << (flip % 8));
          expect(verifyHexSignature(key, tampered, hex)).toBe(false);
          expect(verifyBase64Signature(key, tampered, b64)).toBe(false);
        }
        checked += 1;
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThanOrEqual(500);
  });

  it("refuse any header that is not a well-formed signature, without throwing", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 120 }), fc.constant("sha256="), fc.constant("sha256=zz")),
        bytes,
        (header, body) => {
          expect(verifyHexSignature("s", body, header)).toBe(false);
          expect(verifyBase64Signature("s", body, header)).toBe(false);
          checked += 1;
        },
      ),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThanOrEqual(500);
  });

  it("never verify a forged delivery whatever its headers (every receiver)", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...receivers),
        fc.dictionary(
          fc.constantFrom("x-hub-signature-256", "x-twitter-webhooks-signature", "content-type"),
          fc.string({ maxLength: 80 }),
        ),
        bytes,
        ([, connector], headers, body) => {
          const verdict = connector.verifyWebhook?.(webhookRequest({ body, headers }));
          expect(verdict?.kind).toBe("rejected");
          checked += 1;
        },
      ),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThanOrEqual(400);
  });
});

describe("webhook parsers (property)", () => {
  it("turn any body, JSON or not, into items or a clear error, never a throw", () => {
    let checked = 0;
    const body = fc.oneof(
      bytes,
      fc.json({ maxDepth: 4 }).map((j) => new TextEncoder().encode(j)),
      fc
        .record({
          object: fc.constantFrom("page", "instagram"),
          entry: fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 4 }),
        })
        .map((v) => new TextEncoder().encode(JSON.stringify(v))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...receivers), body, ([, connector], raw) => {
        const result = connector.parseWebhook?.(webhookRequest({ body: raw }));
        expect(result).toBeDefined();
        if (result?.ok)
          for (const item of result.value.items) expect(inboundItemSchema.safeParse(item).success).toBe(true);
        else expect(result?.error.message.length).toBeGreaterThan(5);
        checked += 1;
      }),
      { numRuns: 600 },
    );
    expect(checked).toBeGreaterThanOrEqual(600);
  });

  it("keep any comment text exactly as received (Facebook, Instagram, X)", () => {
    let checked = 0;
    const text = fc.string({ unit: "binary", maxLength: 300 });
    fc.assert(
      fc.property(text, (message) => {
        const fb = facebook.parseWebhook?.(
          webhookRequest({
            body: JSON.stringify({
              object: "page",
              entry: [
                {
                  id: "1",
                  time: 1,
                  changes: [
                    {
                      field: "feed",
                      value: {
                        item: "comment",
                        verb: "add",
                        comment_id: "c",
                        post_id: "p",
                        from: { id: "2" },
                        message,
                        created_time: 1,
                      },
                    },
                  ],
                },
              ],
            }),
          }),
        );
        const ig = instagram.parseWebhook?.(
          webhookRequest({
            body: JSON.stringify({
              object: "instagram",
              entry: [
                {
                  id: "1",
                  time: 1,
                  changes: [
                    {
                      field: "comments",
                      value: { id: "c", text: message, from: { id: "2", username: "u" } },
                    },
                  ],
                },
              ],
            }),
          }),
        );
        const tw = x.parseWebhook?.(
          webhookRequest({
            body: JSON.stringify({
              for_user_id: "1",
              tweet_create_events: [
                {
                  id_str: "5",
                  created_at: "Fri Nov 20 09:30:00 +0000 2026",
                  text: message,
                  user: { id_str: "2", screen_name: "u" },
                },
              ],
            }),
          }),
        );
        for (const result of [fb, ig, tw]) {
          expect(result?.ok).toBe(true);
          if (result?.ok) expect(result.value.items[0]?.text).toBe(message);
        }
        checked += 1;
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThanOrEqual(400);
  });
});

describe("helpers on hostile input (property)", () => {
  it("htmlToText leaves text without markup alone and never throws", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const plain = s.replace(/[<&]/g, "");
        expect(htmlToText(plain)).toBe(plain);
        expect(typeof htmlToText(s)).toBe("string");
        checked += 1;
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThanOrEqual(500);
  });

  it("htmlToText is linear on the largest allowed input, whatever its shape", () => {
    for (const shape of [
      "<".repeat(200_000),
      "<p>".repeat(66_000),
      "&amp;".repeat(40_000),
      "<a href='".repeat(20_000),
    ]) {
      const out = htmlToText(shape);
      expect(typeof out).toBe("string");
    }
  });

  it("parseResetHeader never throws and only ever gives a valid date or null", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.integer().map(String),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (value) => {
          const at = parseResetHeader(value, fixedClock.now());
          expect(at === null || !Number.isNaN(at.getTime())).toBe(true);
          checked += 1;
        },
      ),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThanOrEqual(500);
  });
});
