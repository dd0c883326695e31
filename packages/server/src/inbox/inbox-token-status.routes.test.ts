import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  feedComment,
  type GraphPlatform,
  signMeta,
  startGraphPlatform,
  testFacebookAccount,
} from "../../test/helpers/graph-platform.js";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { connectAccount } from "./inbox-accounts.service.js";

const CRISIS = "I can't do this any more. I've got the tablets ready and I'm going to end it tonight.";
const QUESTION = "What time does the podiatry clinic open on Saturdays?";

/**
 * An integration working the inbox by API token: the token has no roles, the route checked its
 * `inbox.work` scope, and the status table takes it as decided by the route. Its guards still run.
 */
describe.each(TEST_DATABASES)("the inbox's status steps by API token on %s", (kind) => {
  const t = useTestApp(kind);
  let graph: GraphPlatform;
  const items: Record<"crisis" | "question", string> = { crisis: "", question: "" };
  const tokens = { work: "", read: "", workId: "" };

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    const organisationId = await organisationIdOf(t.deps);
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const account = await connectAccount(
      t.deps,
      { kind: "user", id: admin, organisationId, roles: ["admin"] },
      testFacebookAccount(graph.baseUrl),
    );
    for (const [name, text] of [
      ["crisis", CRISIS],
      ["question", QUESTION],
    ] as const) {
      const body = feedComment({ commentId: `c-token-${name}`, text, at: t.clock.now() });
      const res = await t.app.inject({
        method: "POST",
        url: `/api/v1/webhooks/facebook/${account.id}`,
        headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
        payload: body,
      });
      expect(res.statusCode).toBe(200);
    }
    await runJobs(t.deps);
    const stored = await t.deps.db.selectFrom("inbox_item_versions").select(["item_id", "text"]).execute();
    items.crisis = stored.find((r) => r.text === CRISIS)?.item_id ?? "";
    items.question = stored.find((r) => r.text === QUESTION)?.item_id ?? "";
    expect(items.crisis && items.question).toBeTruthy();
    const s = await signInAs(t.app, "admin@fenmoor.example");
    for (const [which, scope] of [
      ["work", "inbox.work"],
      ["read", "inbox.read"],
    ] as const) {
      const made = await t.app.inject({
        method: "POST",
        url: "/api/v1/api-tokens",
        headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken },
        payload: { name: `Case system (${scope})`, scopes: [scope] },
      });
      expect(made.statusCode, made.body).toBe(201);
      const { token, id } = made.json<{ token: string; id: string }>();
      tokens[which] = token;
      if (which === "work") tokens.workId = id;
    }
  });
  afterAll(async () => {
    await graph?.close();
  });

  const status = (token: string, id: string, to: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${id}/status`,
      headers: { authorization: `Bearer ${token}` },
      payload: { status: to },
    });
  const statusOf = async (id: string) =>
    (
      await t.deps.db
        .selectFrom("inbox_items")
        .select("status")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).status;

  it("moves a message by a token with the inbox.work scope, recorded as the token", async () => {
    const waiting = await status(tokens.work, items.question, "waiting");
    expect(waiting.statusCode, waiting.body).toBe(200);
    expect(await statusOf(items.question)).toBe("waiting");
    const done = await status(tokens.work, items.question, "done");
    expect(done.statusCode, done.body).toBe(200);
    expect(await statusOf(items.question)).toBe("done");
    const audited = await t.deps.db
      .selectFrom("audit_events")
      .select(["actor_kind", "actor_id"])
      .where("entity_id", "=", items.question)
      .where("action", "=", "inbox.status_changed")
      .execute();
    expect(audited).toEqual([
      { actor_kind: "api_token", actor_id: tokens.workId },
      { actor_kind: "api_token", actor_id: tokens.workId },
    ]);
  });

  it("still runs the table's guards for a token: no crisis done unacknowledged, no assigned without someone", async () => {
    const done = await status(tokens.work, items.crisis, "done");
    expect(done.statusCode).toBe(409);
    expect(done.json().error.message).toMatch(/^Acknowledge this crisis or threat/);
    const assigned = await status(tokens.work, items.crisis, "assigned");
    expect(assigned.statusCode).toBe(409);
    expect(assigned.json().error.message).toBe("Assign the message to someone first.");
    expect(await statusOf(items.crisis)).toBe("new");
  });

  it("refuses a token without the inbox.work scope at the route", async () => {
    const res = await status(tokens.read, items.question, "new");
    expect(res.statusCode).toBe(403);
    expect(await statusOf(items.question)).toBe("done");
  });
});
