import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  feedComment,
  type GraphPlatform,
  signMeta,
  startGraphPlatform,
  TEST_PAGE_ID,
  TEST_VERIFY_TOKEN,
  testFacebookAccount,
} from "../../test/helpers/graph-platform.js";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { canonicalJson } from "../audit/audit-chain.js";
import { connectAccount } from "./inbox-accounts.service.js";

const CRISIS = "I can't do this any more. I've got the tablets ready and I'm going to end it tonight.";
const COMPLAINT = "I want to make a formal complaint about how my mum was treated on ward 4 last week.";
const ABUSE = "You lot are useless idiots, the receptionist is a stupid cow.";

describe.each(TEST_DATABASES)("the inbox over HTTP on %s", (kind) => {
  const t = useTestApp(kind);
  let graph: GraphPlatform;
  let accountId: string;
  let organisationId: string;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    organisationId = await organisationIdOf(t.deps);
    await t.deps.db
      .updateTable("organisations")
      .set({ pack_id: "rwt" })
      .where("id", "=", organisationId)
      .execute();
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const account = await connectAccount(
      t.deps,
      { kind: "user", id: admin, organisationId, roles: ["admin"] },
      testFacebookAccount(graph.baseUrl),
    );
    accountId = account.id;
    await signInEveryone();
  });
  afterAll(async () => {
    await graph?.close();
  });

  const as = (who: string): Record<string, string> => headers[who] ?? {};
  async function signInEveryone() {
    for (const [who, email] of [
      ["comms", "comms@fenmoor.example"],
      ["head", "head-of-comms@fenmoor.example"],
      ["staff", "staff@fenmoor.example"],
    ] as const) {
      const s = await signInAs(t.app, email);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  }
  const deliver = (body: string, signature = signMeta(body)) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${accountId}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signature },
      payload: body,
    });
  const count = async (table: "inbox_items" | "jobs" | "inbox_item_versions") =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const queue = async (query = "") => {
    const res = await t.app.inject({ method: "GET", url: `/api/v1/inbox${query}`, headers: as("comms") });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      items: { id: string; preview: string; pinned: boolean; categoryLabel: string }[];
      next: string | null;
    };
  };
  const post = (who: string, url: string, payload?: object) =>
    t.app.inject({ method: "POST", url, headers: headers[who] ?? {}, ...(payload ? { payload } : {}) });

  it("answers Meta's handshake with the verify token, and refuses a wrong one", async () => {
    const ok = await t.app.inject({
      method: "GET",
      url: `/api/v1/webhooks/facebook/${accountId}?hub.mode=subscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=12345`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe("12345");
    const wrong = await t.app.inject({
      method: "GET",
      url: `/api/v1/webhooks/facebook/${accountId}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`,
    });
    expect(wrong.statusCode).toBe(403);
  });

  it("refuses a bad signature with 401 and a malformed payload with 400, storing nothing", async () => {
    const before = { items: await count("inbox_items"), jobs: await count("jobs") };
    const body = feedComment({ commentId: "bad1", text: CRISIS, at: t.clock.now() });
    const forged = await deliver(body, signMeta(body, "not-the-app-secret"));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe("unauthenticated");
    const unsigned = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${accountId}`,
      headers: { "content-type": "application/json" },
      payload: body,
    });
    expect(unsigned.statusCode).toBe(401);
    for (const malformed of ["{not json", JSON.stringify({ object: "page", entry: "nope" }), "null"]) {
      const res = await deliver(malformed);
      expect(res.statusCode, malformed).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
    expect({ items: await count("inbox_items"), jobs: await count("jobs") }).toEqual(before);
  });

  it("stores a signed delivery before the 200, once however often Meta sends it", async () => {
    const body = feedComment({ commentId: "c-complaint", text: COMPLAINT, at: t.clock.now() });
    const first = await deliver(body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ received: 1, stored: 1, duplicates: 0, ignored: 0 });
    const again = await deliver(body);
    expect(again.json()).toEqual({ received: 1, stored: 0, duplicates: 1, ignored: 0 });
    const stored = await t.deps.db
      .selectFrom("inbox_items")
      .select(["account_id", "triaged_at"])
      .where("external_id", "=", `${TEST_PAGE_ID}_c-complaint`)
      .executeTakeFirstOrThrow();
    expect(stored.account_id).toBe(accountId);
    await runJobs(t.deps);
  });

  it("puts a crisis on top until acknowledged, even above an older overdue complaint, and alerts the team", async () => {
    // Six weeks on, a Tuesday in working hours (out of hours a crisis is signposted at once: escalation.test.ts).
    t.clock.advance(42 * 24 * 60 * 60 * 1000); // the complaint is now long overdue
    await signInEveryone(); // sessions ended meanwhile
    const res = await deliver(feedComment({ commentId: "c-crisis", text: CRISIS, at: t.clock.now() }));
    expect(res.statusCode).toBe(200);
    await runJobs(t.deps);
    const page = await queue();
    expect(page.items[0]?.preview).toBe(CRISIS);
    expect(page.items[0]?.pinned).toBe(true);
    expect(page.items[0]?.categoryLabel).toBe("Crisis: someone may be at risk");
    const bell = await t.app.inject({
      method: "GET",
      url: "/api/v1/notifications/unread-count",
      headers: as("comms"),
    });
    expect(bell.json()).toEqual({ unread: 1 });
    const staffBell = await t.app.inject({
      method: "GET",
      url: "/api/v1/notifications/unread-count",
      headers: as("staff"),
    });
    expect(staffBell.json()).toEqual({ unread: 0 });

    const crisisId = page.items[0]?.id ?? "";
    const done = await post("comms", "/api/v1/inbox/bulk", {
      ids: page.items.map((i) => i.id),
      action: { kind: "done" },
    });
    expect(done.statusCode, "a crisis nobody acknowledged cannot be marked done").toBe(409);
    expect((await queue()).items.every((i) => i.id !== crisisId || i.pinned)).toBe(true);

    const ack = await post("comms", `/api/v1/inbox/${crisisId}/acknowledge`);
    expect(ack.statusCode, ack.body).toBe(200);
    const after = await queue();
    expect(after.items.find((i) => i.id === crisisId)?.pinned).toBe(false);
    expect(after.items[0]?.preview, "after acknowledgement the queue is by due time").toBe(COMPLAINT);
    expect(
      after.items.some((i) => i.id === crisisId),
      "acknowledged, never hidden",
    ).toBe(true);
  });

  it("answers with the pack's template through the connector, once however often the job runs", async () => {
    const page = await queue("?category=crisis");
    const crisisId = page.items[0]?.id ?? "";
    const comment = graph.comment("c-crisis");
    const draft = await t.app.inject({
      method: "GET",
      url: `/api/v1/inbox/${crisisId}/reply-draft`,
      headers: as("comms"),
    });
    const template = draft.json().draft as { text: string; templateId: string; clause: string };
    expect(template.text).toContain("116 123");
    const sent = await post("comms", `/api/v1/inbox/${crisisId}/reply`, {
      text: template.text,
      templateId: template.templateId,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await runJobs(t.deps);
    expect(comment.replies).toEqual([template.text]);
    // The job again (a worker killed after the platform answered): the connector finds the reply.
    await t.deps.db
      .updateTable("jobs")
      .set({ status: "pending", attempts: 0, finished_at: null })
      .where("kind", "=", "inbox.reply")
      .execute();
    await runJobs(t.deps);
    expect(graph.calls(`POST /v23.0/${TEST_PAGE_ID}_c-crisis/comments`)).toHaveLength(1);
    const detail = (
      await t.app.inject({ method: "GET", url: `/api/v1/inbox/${crisisId}`, headers: as("comms") })
    ).json();
    expect(detail.replies.map((r: { statusLabel: string }) => r.statusLabel)).toEqual(["Sent"]);
    expect(detail.history.map((h: { label: string }) => h.label)).toEqual(
      expect.arrayContaining([
        "Arrived",
        "Triaged",
        "The team on duty was alerted",
        "Acknowledged",
        "Reply checked and queued",
        "Reply sent",
      ]),
    );
    expect(detail.status).toBe("waiting");
  });

  it("stops a reply the post checker blocks, naming the clause, and sends nothing", async () => {
    const page = await queue("?category=crisis");
    const crisisId = page.items[0]?.id ?? "";
    const before = await count("jobs");
    const res = await post("comms", `/api/v1/inbox/${crisisId}/reply`, {
      text: "Mrs Jane Smith, NHS number 943 476 5919, was on ward 4 yesterday and is recovering well.",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/cannot be sent: .*\(.+\)/);
    expect(await count("jobs")).toBe(before);
  });

  it("hides abuse with evidence; reinstatement is the Head of Communications' decision (RWT Attachment 2 §5.2)", async () => {
    await deliver(feedComment({ commentId: "c-abuse", text: ABUSE, at: t.clock.now() }));
    await runJobs(t.deps);
    const comment = graph.comment("c-abuse");
    const item = await t.deps.db
      .selectFrom("inbox_items")
      .select("id")
      .where("external_id", "=", `${TEST_PAGE_ID}_c-abuse`)
      .executeTakeFirstOrThrow();
    const staff = await post("staff", `/api/v1/inbox/${item.id}/hide`, {});
    expect(staff.statusCode).toBe(403);
    const hide = await post("comms", `/api/v1/inbox/${item.id}/hide`, {
      reason: "Abuse of a named member of staff",
    });
    expect(hide.statusCode, hide.body).toBe(200);
    await runJobs(t.deps);
    expect(comment.hidden).toEqual([true]);
    const evidence = await t.deps.db
      .selectFrom("inbox_evidence")
      .selectAll()
      .where("item_id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(createHash("sha256").update(canonicalJson(evidence.snapshot)).digest("hex")).toBe(evidence.sha256);
    expect(evidence.snapshot).toMatchObject({
      externalId: `${TEST_PAGE_ID}_c-abuse`,
      versions: [{ text: ABUSE }],
    });
    const audit = await t.deps.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_id", "=", item.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["inbox.hide", "inbox.moderation_done"]),
    );

    const officer = await post("comms", `/api/v1/inbox/${item.id}/reinstate`, {});
    expect(officer.statusCode).toBe(403);
    expect(officer.json().error.message).toContain("RWT Attachment 2 §5.2");
    const head = await post("head", `/api/v1/inbox/${item.id}/reinstate`, {});
    expect(head.statusCode, head.body).toBe(200);
    await runJobs(t.deps);
    expect(comment.hidden).toEqual([true, false]);
  });

  it("pages through the queue by keyset without repeating or missing an item", async () => {
    const all = (await queue("?limit=100")).items.map((i) => i.id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const page: Awaited<ReturnType<typeof queue>> = await queue(
        `?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next;
      if (!cursor) break;
    }
    expect(seen).toEqual(all);
    // A filtered view pages the same way, on its own index (migration 0020).
    let views = 0;
    for (const filter of ["status=new", "urgency=critical,high,normal,low", "assignee=none"]) {
      const whole = (await queue(`?${filter}&limit=100`)).items.map((i) => i.id);
      if (whole.length < 2) continue;
      views += 1;
      const paged: string[] = [];
      let next: string | null = null;
      for (let guard = 0; guard < 50; guard += 1) {
        const page: Awaited<ReturnType<typeof queue>> = await queue(
          `?${filter}&limit=1${next ? `&cursor=${next}` : ""}`,
        );
        paged.push(...page.items.map((i) => i.id));
        next = page.next;
        if (!next) break;
      }
      expect(paged, filter).toEqual(whole);
    }
    expect(views, "views with two or more items to page through").toBeGreaterThanOrEqual(2);
    // A tag's view reads the tag rows' copy of each item's queue position (migration 0022): with
    // every item tagged it is the whole queue, in the same order, paged the same way; and it stays
    // so when an item moves in the queue (its tag rows move with it, in the same statement).
    for (const id of all)
      expect((await post("comms", `/api/v1/inbox/${id}/tags`, { tag: "paging" })).statusCode).toBe(200);
    const pageThrough = async (filter: string) => {
      const paged: string[] = [];
      let next: string | null = null;
      for (let guard = 0; guard < 50; guard += 1) {
        const page: Awaited<ReturnType<typeof queue>> = await queue(
          `?${filter}&limit=1${next ? `&cursor=${next}` : ""}`,
        );
        paged.push(...page.items.map((i) => i.id));
        next = page.next;
        if (!next) break;
      }
      return paged;
    };
    expect(await pageThrough("tag=paging")).toEqual(all);
    const last = all[all.length - 1] ?? "";
    const before = await t.deps.db
      .selectFrom("inbox_items")
      .select(["priority", "sort_due"])
      .where("id", "=", last)
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable("inbox_items")
      .set({ priority: 1, sort_due: new Date("2000-01-01T00:00:00Z") })
      .where("id", "=", last)
      .execute();
    const moved = (await queue("?limit=100")).items.map((i) => i.id);
    expect(moved).not.toEqual(all);
    expect((await queue("?tag=paging&limit=100")).items.map((i) => i.id)).toEqual(moved);
    expect(await pageThrough("tag=paging&status=new,assigned,waiting")).toEqual(
      (await queue("?status=new,assigned,waiting&limit=100")).items.map((i) => i.id),
    );
    // Put back as it was, for the tests after this one.
    await t.deps.db.updateTable("inbox_items").set(before).where("id", "=", last).execute();
    expect((await queue("?tag=paging&limit=100")).items.map((i) => i.id)).toEqual(all);
    for (const id of all)
      expect((await post("comms", `/api/v1/inbox/${id}/untag`, { tag: "paging" })).statusCode).toBe(200);
    const bad = await t.app.inject({
      method: "GET",
      url: "/api/v1/inbox?cursor=garbage",
      headers: as("comms"),
    });
    expect(bad.statusCode).toBe(400);
  });

  it("filters, tags, notes, assigns and hands back, each step in the item's history", async () => {
    const complaint = (await queue("?category=complaint")).items[0];
    expect(complaint?.preview).toBe(COMPLAINT);
    const id = complaint?.id ?? "";
    expect((await post("comms", `/api/v1/inbox/${id}/tags`, { tag: "Ward 4" })).statusCode).toBe(200);
    expect(
      (await post("comms", `/api/v1/inbox/${id}/notes`, { text: "Passed to PALS by phone." })).statusCode,
    ).toBe(200);
    expect((await post("comms", `/api/v1/inbox/${id}/assign`, { assigneeId: "me" })).statusCode).toBe(200);
    expect((await queue("?assignee=me")).items.map((i) => i.id)).toEqual([id]);
    expect((await queue("?tag=ward%204")).items.map((i) => i.id)).toEqual([id]);
    expect((await queue("?due=overdue&status=assigned")).items.map((i) => i.id)).toEqual([id]);
    expect((await post("comms", `/api/v1/inbox/${id}/hand-back`)).statusCode).toBe(200);
    expect((await queue("?assignee=none&category=complaint")).items.map((i) => i.id)).toEqual([id]);
    const bad = await post("comms", `/api/v1/inbox/${id}/status`, { status: "assigned" });
    expect(bad.statusCode, "assigned needs an assignee").toBe(409);
    const detail = (
      await t.app.inject({ method: "GET", url: `/api/v1/inbox/${id}`, headers: as("comms") })
    ).json();
    expect(detail.tags).toEqual(["ward 4"]);
    expect(detail.notes.map((n: { text: string }) => n.text)).toEqual(["Passed to PALS by phone."]);
    expect(detail.history.map((h: { label: string }) => h.label)).toEqual(
      expect.arrayContaining(["Tag added", "Internal note added", "Assigned", "Handed back"]),
    );
    expect(JSON.stringify(detail)).not.toMatch(/"categoryLabel":"complaint"/);
  });

  it("is the communications team's: other roles get 403, and bad input is a 4xx", async () => {
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/inbox", headers: as("staff") })).statusCode,
    ).toBe(403);
    for (const query of ["?urgency=panic", "?limit=0", "?assignee=someone", "?due=tomorrow"]) {
      const res = await t.app.inject({ method: "GET", url: `/api/v1/inbox${query}`, headers: as("comms") });
      expect(res.statusCode, query).toBe(400);
    }
    const missing = await t.app.inject({
      method: "GET",
      url: "/api/v1/inbox/00000000-0000-4000-8000-000000000000",
      headers: as("comms"),
    });
    expect(missing.statusCode).toBe(404);
  });

  it("marks notifications read", async () => {
    const list = await t.app.inject({
      method: "GET",
      url: "/api/v1/notifications?unread=true",
      headers: as("head"),
    });
    expect(list.json().notifications.length).toBe(1);
    const read = await post("head", "/api/v1/notifications/read", {});
    expect(read.json()).toEqual({ marked: 1 });
    const bell = await t.app.inject({
      method: "GET",
      url: "/api/v1/notifications/unread-count",
      headers: as("head"),
    });
    expect(bell.json()).toEqual({ unread: 0 });
  });

  it("imports an export through the same ingest: all or nothing, bad rows by line", async () => {
    const rows = [
      { id: "yt-1", text: "Great video about the new clinic.", received_at: "2026-11-24T09:00:00Z" },
      { id: "yt-2", text: "Who do I complain to about my appointment?", received_at: "2026-11-24T09:05:00Z" },
    ];
    const content = rows.map((r) => JSON.stringify(r)).join("\n");
    const body = { format: "jsonl", content, platform: "youtube", account: "fenmoor-channel" };
    const checked = await post("comms", "/api/v1/inbox/import", { ...body, dryRun: true });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toEqual({ dryRun: true, rows: 2, stored: 0, duplicates: 0, errors: [] });
    const res = await post("comms", "/api/v1/inbox/import", body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ dryRun: false, rows: 2, stored: 2, duplicates: 0, errors: [] });
    expect((await post("comms", "/api/v1/inbox/import", body)).json()).toEqual({
      dryRun: false,
      rows: 2,
      stored: 0,
      duplicates: 2,
      errors: [],
    });
    const before = await count("inbox_items");
    const badContent = `${JSON.stringify({ id: "yt-3", text: "fine", received_at: "2026-11-24T09:00:00Z" })}\n{"id":"yt-4"}`;
    const badCheck = await post("comms", "/api/v1/inbox/import", {
      ...body,
      content: badContent,
      dryRun: true,
    });
    expect(badCheck.statusCode, badCheck.body).toBe(200);
    expect(badCheck.json().errors.map((e: { line: number }) => e.line)).toEqual([2]);
    expect(await count("inbox_items")).toBe(before);
    const bad = await post("comms", "/api/v1/inbox/import", {
      ...body,
      content: badContent,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/line 2/);
    expect(await count("inbox_items")).toBe(before);
    await runJobs(t.deps);
    const imported = (await queue("?limit=100")).items.filter((i) =>
      i.preview.startsWith("Who do I complain"),
    );
    expect(imported).toHaveLength(1);
    expect(imported[0]?.categoryLabel).not.toBe("Not triaged yet");
  });
});
