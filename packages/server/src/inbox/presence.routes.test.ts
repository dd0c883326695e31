import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  feedComment,
  type GraphPlatform,
  signMeta,
  startGraphPlatform,
  TEST_PAGE_ID,
  testFacebookAccount,
} from "../../test/helpers/graph-platform.js";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { connectAccount } from "./inbox-accounts.service.js";

const QUESTION = "Hello, could you tell me if the walk-in centre is open on bank holidays?";

describe.each(TEST_DATABASES)("who is looking at a message on %s", (kind) => {
  const t = useTestApp(kind);
  let graph: GraphPlatform;
  let itemId: string;
  const headers: Record<string, Record<string, string>> = {};
  const names: Record<string, string> = {};

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    const organisationId = await organisationIdOf(t.deps);
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const account = await connectAccount(
      t.deps,
      { kind: "user", id: admin, organisationId, roles: ["admin"] },
      testFacebookAccount(graph.baseUrl),
    );
    const body = feedComment({ commentId: "c-look", text: QUESTION, at: t.clock.now() });
    await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${account.id}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      payload: body,
    });
    await runJobs(t.deps);
    itemId = (
      await t.deps.db
        .selectFrom("inbox_items")
        .select("id")
        .where("external_id", "=", `${TEST_PAGE_ID}_c-look`)
        .executeTakeFirstOrThrow()
    ).id;
    for (const [who, email] of [
      ["comms", "comms@fenmoor.example"],
      ["head", "head-of-comms@fenmoor.example"],
    ] as const) {
      const s = await signInAs(t.app, email);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
      names[who] = (
        await t.deps.db
          .selectFrom("users")
          .select("display_name")
          .where("email", "=", email)
          .executeTakeFirstOrThrow()
      ).display_name;
    }
  });
  afterAll(async () => {
    await graph?.close();
  });

  const open = async (who: string) => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/inbox/${itemId}`,
      headers: headers[who] ?? {},
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { viewers: { name: string; drafting: boolean }[]; draftLockedBy: string | null };
  };
  const presence = (who: string, state: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${itemId}/presence`,
      headers: headers[who] ?? {},
      payload: { state },
    });
  const looking = async (who: string) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/inbox/${itemId}/presence`,
        headers: headers[who] ?? {},
      })
    ).json();

  it("shows two officers opening the same message to each other, never to themselves", async () => {
    expect((await open("comms")).viewers).toEqual([]);
    expect((await open("head")).viewers).toEqual([{ name: names.comms, drafting: false }]);
    expect(await looking("comms")).toEqual({
      viewers: [{ name: names.head, drafting: false }],
      draftLockedBy: null,
    });
  });

  it("locks the message for others while one drafts a reply, until the lock lapses", async () => {
    const took = await presence("comms", "drafting");
    expect(took.statusCode, took.body).toBe(200);
    expect((await open("head")).draftLockedBy).toBe(names.comms);
    const second = await presence("head", "drafting");
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain(names.comms);
    const reply = await t.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${itemId}/reply`,
      headers: headers.head ?? {},
      payload: { text: "Thank you for asking: yes, it is open from 8am to 8pm." },
    });
    expect(reply.statusCode).toBe(409);
    expect(
      await t.deps.db.selectFrom("inbox_replies").select("id").where("item_id", "=", itemId).execute(),
    ).toEqual([]);
    // The drafter walks away: after two minutes without a keystroke the lock lapses.
    t.clock.advance(2 * 60_000 + 1000);
    expect((await looking("head")).draftLockedBy).toBeNull();
    expect((await presence("head", "drafting")).statusCode).toBe(200);
    expect((await looking("comms")).draftLockedBy).toBe(names.head);
  });

  it("forgets a viewer who left or stopped sending heartbeats", async () => {
    expect((await presence("head", "left")).statusCode).toBe(200);
    expect((await looking("comms")).viewers).toEqual([]);
    await open("head");
    expect((await looking("comms")).viewers).toHaveLength(1);
    t.clock.advance(60_000);
    expect((await looking("comms")).viewers).toEqual([]);
  });
});
