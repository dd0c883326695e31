import { createHmac } from "node:crypto";
import type { Clock } from "../../src/clock.js";
import { type LoopbackPlatform, startLoopbackPlatform } from "./loopback-platform.js";

export const GRAPH_VERSION = "/v23.0";
export const TEST_PAGE_ID = "1142469655832956";
export const TEST_APP_SECRET = "app-secret-for-inbox-tests";
export const TEST_VERIFY_TOKEN = "verify-token-for-inbox-tests";

/** The body that connects the test Page to the inbox (POST /api/v1/inbox-accounts or the service). */
export function testFacebookAccount(graphBaseUrl: string) {
  return {
    platform: "facebook" as const,
    externalAccountId: TEST_PAGE_ID,
    name: "Fenmoor on Facebook",
    settings: { baseUrl: graphBaseUrl },
    secrets: {
      page_access_token: "page-token",
      app_secret: TEST_APP_SECRET,
      verify_token: TEST_VERIFY_TOKEN,
    },
  };
}

/** Meta's X-Hub-Signature-256 over the raw body. */
export function signMeta(body: string, secret = TEST_APP_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** A Page feed delivery of one visitor's comment, as Meta sends it. */
export function feedComment(options: {
  commentId: string;
  text: string;
  authorId?: string;
  at: Date;
}): string {
  const seconds = Math.floor(options.at.getTime() / 1000);
  return JSON.stringify({
    object: "page",
    entry: [
      {
        id: TEST_PAGE_ID,
        time: seconds,
        changes: [
          {
            field: "feed",
            value: {
              from: { id: options.authorId ?? "7001", name: "A member of the public" },
              item: "comment",
              comment_id: `${TEST_PAGE_ID}_${options.commentId}`,
              post_id: `${TEST_PAGE_ID}_5001`,
              parent_id: `${TEST_PAGE_ID}_5001`,
              verb: "add",
              created_time: seconds,
              message: options.text,
              post: { permalink_url: "https://www.facebook.com/fenmoor/posts/5001" },
            },
          },
        ],
      },
    ],
  });
}

export interface GraphPlatform extends LoopbackPlatform {
  /** Answers the Graph calls for one comment: its replies (list and post) and hide/unhide. */
  comment(commentId: string): { replies: string[]; hidden: boolean[] };
}

/** The Graph API on loopback, answering replies and hides as Meta documents them. */
export async function startGraphPlatform(clock: Clock): Promise<GraphPlatform> {
  const platform = await startLoopbackPlatform();
  return Object.assign(platform, {
    comment(commentId: string) {
      const node = `${GRAPH_VERSION}/${TEST_PAGE_ID}_${commentId}`;
      const state = { replies: [] as string[], hidden: [] as boolean[] };
      const created = clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, "+0000");
      platform.on(`GET ${node}/comments`, () => ({
        json: {
          data: state.replies.map((message, i) => ({
            id: `${TEST_PAGE_ID}_r${i}`,
            message,
            created_time: created,
            from: { id: TEST_PAGE_ID, name: "Fenmoor" },
          })),
        },
      }));
      platform.on(`POST ${node}/comments`, (request) => {
        state.replies.push((request.json as { message: string }).message);
        return { json: { id: `${TEST_PAGE_ID}_r${state.replies.length - 1}` } };
      });
      platform.on(`POST ${node}`, (request) => {
        state.hidden.push((request.json as { is_hidden: boolean }).is_hidden);
        return { json: { success: true } };
      });
      return state;
    },
  });
}
