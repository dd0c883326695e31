import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  feedComment,
  type GraphPlatform,
  signMeta,
  startGraphPlatform,
  testFacebookAccount,
} from "../../test/helpers/graph-platform.js";
import { inboundItem, organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { type LoopbackPlatform, startLoopbackPlatform } from "../../test/helpers/loopback-platform.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { connectAccount } from "./inbox-accounts.service.js";
import { ingestItems } from "./ingest.service.js";

const COMPLAINT = "I want to make a formal complaint about how my dad was treated in outpatients.";
const REPLY =
  "We're sorry to hear this. Please contact our Patient Advice and Liaison Service (PALS) so we can look into it privately.";

describe.each(TEST_DATABASES)("second-person approval, report and block on %s", (kind) => {
  const t = useTestApp(kind);
  let graph: GraphPlatform;
  let mastodon: LoopbackPlatform;
  let facebookId: string;
  let mastodonId: string;
  let organisationId: string;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    mastodon = await startLoopbackPlatform();
    organisationId = await organisationIdOf(t.deps);
    const admin = {
      kind: "user" as const,
      id: await userIdOf(t.deps, "admin@fenmoor.example"),
      organisationId,
      roles: ["admin" as const],
    };
    facebookId = (await connectAccount(t.deps, admin, testFacebookAccount(graph.baseUrl))).id;
    mastodonId = (
      await connectAccount(t.deps, admin, {
        platform: "mastodon",
        externalAccountId: "109348",
        name: "Fenmoor on Mastodon",
        settings: { baseUrl: mastodon.baseUrl },
        secrets: { access_token: "m-token" },
      })
    ).id;
    for (const [who, email] of [
      ["comms", "comms@fenmoor.example"],
      ["head", "head-of-comms@fenmoor.example"],
      ["admin", "admin@fenmoor.example"],
    ] as const) {
      const s = await signInAs(t.app, email);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  });
  afterAll(async () => {
    await graph?.close();
    await mastodon?.close();
  });

  const post = (who: string, url: string, payload?: object) =>
    t.app.inject({ method: "POST", url, headers: headers[who] ?? {}, ...(payload ? { payload } : {}) });
  const detail = async (id: string, who = "comms") => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/inbox/${id}`,
      headers: headers[who] ?? {},
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const jobsOf = async (kindName: string) =>
    t.deps.db.selectFrom("jobs").select(["idempotency_key", "status"]).where("kind", "=", kindName).execute();
  const auditActions = async () =>
    (await t.deps.db.selectFrom("audit_events").select("action").execute()).map((r) => r.action);

  async function facebookComment(commentId: string, text: string): Promise<string> {
    const body = feedComment({ commentId, text, at: t.clock.now() });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${facebookId}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    await runJobs(t.deps);
    const row = await t.deps.db
      .selectFrom("inbox_items")
      .select("id")
      .where("external_id", "like", `%_${commentId}`)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it("holds a reply for a second person when the account says so; the drafter can never approve it", async () => {
    const rules = await t.app.inject({
      method: "PUT",
      url: `/api/v1/inbox-accounts/${facebookId}/rules`,
      headers: headers.admin ?? {},
      payload: { repliesNeedApproval: true },
    });
    expect(rules.statusCode, rules.body).toBe(200);
    expect(rules.json().rules.repliesNeedApproval).toBe(true);
    const itemId = await facebookComment("c-approve", COMPLAINT);
    const comment = graph.comment("c-approve");
    const drafted = await post("comms", `/api/v1/inbox/${itemId}/reply`, { text: REPLY });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json()).toMatchObject({ queued: false, awaitingApproval: true });
    expect(await jobsOf("inbox.reply")).toEqual([]);
    await runJobs(t.deps);
    expect(comment.replies).toEqual([]);

    const asDrafter = await detail(itemId, "comms");
    expect(asDrafter.repliesNeedApproval).toBe(true);
    const reply = asDrafter.replies[0];
    expect(reply).toMatchObject({
      statusLabel: "Waiting for a second person's approval",
      draftedBy: expect.any(String),
      canDecide: false,
    });
    const own = await post("comms", `/api/v1/inbox/${itemId}/replies/${reply.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/second person/);
    expect(await jobsOf("inbox.reply")).toEqual([]);

    // The head of communications was told, and may decide.
    const head = await userIdOf(t.deps, "head-of-comms@fenmoor.example");
    const told = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("kind", "=", "inbox.reply_approval")
      .where("item_id", "=", itemId)
      .execute();
    expect(told.map((n) => n.user_id)).toEqual([head]);
    expect((await detail(itemId, "head")).replies[0].canDecide).toBe(true);
    const approved = await post("head", `/api/v1/inbox/${itemId}/replies/${reply.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await jobsOf("inbox.reply")).toEqual([{ idempotency_key: reply.id, status: "pending" }]);
    await runJobs(t.deps);
    expect(comment.replies).toEqual([REPLY]);
    const again = await post("head", `/api/v1/inbox/${itemId}/replies/${reply.id}/approve`);
    expect(again.statusCode).toBe(409);
    const after = await detail(itemId);
    expect(after.replies[0]).toMatchObject({ statusLabel: "Sent", decidedBy: expect.any(String) });
    expect(after.history.map((h: { label: string }) => h.label)).toEqual(
      expect.arrayContaining([
        "Reply waiting for a second person's approval",
        "Reply approved",
        "Reply sent",
      ]),
    );
    expect(await auditActions()).toEqual(
      expect.arrayContaining([
        "inbox.account_rules_changed",
        "inbox.reply_awaiting_approval",
        "inbox.reply_approved",
      ]),
    );
  });

  it("sends nothing when the second person rejects the reply", async () => {
    const itemId = await facebookComment("c-reject", COMPLAINT);
    const comment = graph.comment("c-reject");
    await post("head", `/api/v1/inbox/${itemId}/reply`, { text: REPLY });
    const reply = (await detail(itemId)).replies[0];
    const rejected = await post("comms", `/api/v1/inbox/${itemId}/replies/${reply.id}/reject`);
    expect(rejected.statusCode, rejected.body).toBe(200);
    await runJobs(t.deps);
    expect(comment.replies).toEqual([]);
    expect((await detail(itemId)).replies[0].statusLabel).toBe("Not approved");
    expect((await jobsOf("inbox.reply")).map((j) => j.idempotency_key)).not.toContain(reply.id);
  });

  async function mastodonMention(externalId: string): Promise<string> {
    const ingested = await ingestItems(t.deps, {
      organisationId,
      accountId: mastodonId,
      items: [
        inboundItem({
          platform: "mastodon",
          externalId,
          account: "109348",
          channel: "mention",
          author: { platformId: "777", handle: "@jo@example.social", name: "Jo" },
          text: "@fenmoor you are all useless idiots and the receptionist is a stupid cow",
          ref: { acct: "jo@example.social", visibility: "public" },
        }),
      ],
      actor: SYSTEM_ACTOR,
      source: "poll",
    });
    await runJobs(t.deps);
    return ingested.itemIds[0] ?? "";
  }

  it("reports to the platform and blocks the author with evidence, audit and one platform call each", async () => {
    const itemId = await mastodonMention("s900");
    mastodon.on("POST /api/v1/reports", { json: { id: "r1" } });
    mastodon.on("POST /api/v1/accounts/777/block", { json: { id: "777", blocking: true } });
    const can = (await detail(itemId)).can;
    expect(can).toMatchObject({ report: true, block: false, hide: false });
    expect((await detail(itemId, "head")).can.block).toBe(true);

    const reported = await post("comms", `/api/v1/inbox/${itemId}/report`, {
      reason: "Abuse aimed at a colleague",
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const refused = await post("comms", `/api/v1/inbox/${itemId}/block`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("RWT Attachment 2 §5.2");
    const blocked = await post("head", `/api/v1/inbox/${itemId}/block`, {});
    expect(blocked.statusCode, blocked.body).toBe(200);

    const evidence = await t.deps.db
      .selectFrom("inbox_evidence")
      .select(["id", "action", "sha256"])
      .where("item_id", "=", itemId)
      .orderBy("taken_at")
      .execute();
    expect(evidence.map((e) => e.action).sort()).toEqual(["block", "report"]);
    const jobs = await jobsOf("inbox.moderate");
    for (const e of evidence) expect(jobs.map((j) => j.idempotency_key)).toContain(e.id);
    await runJobs(t.deps);
    // Run again as after a crash once the platform answered: the job keys stop a second call.
    await runJobs(t.deps);
    expect(mastodon.calls("POST /api/v1/reports")).toHaveLength(1);
    expect(mastodon.calls("POST /api/v1/reports")[0]?.json).toMatchObject({
      account_id: "777",
      status_ids: ["s900"],
      comment: "Abuse aimed at a colleague",
    });
    expect(mastodon.calls("POST /api/v1/accounts/777/block")).toHaveLength(1);
    const after = await detail(itemId, "head");
    expect(after.evidence.map((e: { actionLabel: string }) => e.actionLabel).sort()).toEqual([
      "Author blocked",
      "Reported to the platform",
    ]);
    expect(after.moderationLabel).toBe("Shown");
    expect(await auditActions()).toEqual(expect.arrayContaining(["inbox.report", "inbox.block"]));
  });

  it("does not offer report where the platform has no API for it (Facebook)", async () => {
    const itemId = await facebookComment("c-noreport", COMPLAINT);
    expect((await detail(itemId)).can.report).toBe(false);
    const res = await post("comms", `/api/v1/inbox/${itemId}/report`, {});
    expect(res.statusCode).toBe(409);
  });
});
