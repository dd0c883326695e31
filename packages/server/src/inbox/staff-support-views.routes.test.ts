import { beforeAll, describe, expect, it } from "vitest";
import { testFacebookAccount } from "../../test/helpers/graph-platform.js";
import { inboundItem, organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { connectAccount } from "./inbox-accounts.service.js";
import { loadInboxPack } from "./inbox-pack.js";
import { ingestItems } from "./ingest.service.js";

const NAMES_STAFF = "Nurse Jones on ward 4 was rude to my dad and should be sacked, she is a disgrace.";
const PLAIN = "What time does the pharmacy open on Sunday?";

describe.each(TEST_DATABASES)("staff named or targeted, and saved views, on %s", (kind) => {
  const t = useTestApp(kind);
  let organisationId = "";
  let named = "";
  let plain = "";
  const headers: Record<string, Record<string, string>> = {};
  const as = (who: string) => headers[who] ?? {};

  beforeAll(async () => {
    organisationId = await organisationIdOf(t.deps);
    await t.deps.db
      .updateTable("organisations")
      .set({ pack_id: "tewv" })
      .where("id", "=", organisationId)
      .execute();
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    const actor = { kind: "user" as const, id: admin, organisationId, roles: ["admin"] };
    const account = await connectAccount(t.deps, actor, testFacebookAccount("http://127.0.0.1:9"));
    const items = [inboundItem({ text: NAMES_STAFF }), inboundItem({ text: PLAIN })];
    await ingestItems(t.deps, {
      organisationId,
      accountId: account.id,
      items,
      actor: { kind: "system", id: null, organisationId, roles: [] },
      source: "webhook",
    });
    await runJobs(t.deps);
    const rows = await t.deps.db.selectFrom("inbox_items").select(["id", "external_id"]).execute();
    named = rows.find((r) => r.external_id === items[0]?.externalId)?.id ?? "";
    plain = rows.find((r) => r.external_id === items[1]?.externalId)?.id ?? "";
    for (const [who, email] of [
      ["comms", "comms@fenmoor.example"],
      ["head", "head-of-comms@fenmoor.example"],
      ["staff", "staff@fenmoor.example"],
    ] as const) {
      const s = await signInAs(t.app, email);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  });

  const support = (id: string, who = "comms") =>
    t.app.inject({ method: "GET", url: `/api/v1/inbox/${id}/staff-support`, headers: as(who) });
  const record = (id: string, step: string, body?: object, who = "comms") =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${id}/staff-support/${step}`,
      headers: as(who),
      ...(body ? { payload: body } : {}),
    });

  it("offers the pack's steps, each citing its clause, on a message triage found naming staff", async () => {
    const flags = await t.deps.db
      .selectFrom("inbox_items")
      .select("flags")
      .where("id", "=", named)
      .executeTakeFirstOrThrow();
    expect(flags.flags).toContain("names_staff");
    const res = await support(named);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const pack = loadInboxPack("tewv").staffSupport;
    expect(pack?.steps.length).toBeGreaterThanOrEqual(3);
    expect(body.offered).toBe(true);
    expect(body.canRecord).toBe(true);
    expect(body.clause).toMatch(/CORP-0068 §4\.6/);
    // The steps are the pack's data: its words and clauses, in its order.
    expect(body.steps.map((s: { step: string }) => s.step)).toEqual(pack?.steps.map((s) => s.step));
    for (const s of body.steps) {
      expect(s.clause).toMatch(/CORP-0068 §4\.6/);
      expect(s.taken).toBeNull();
    }
    expect(body.steps.map((s: { step: string }) => s.step)).toEqual(
      expect.arrayContaining(["ask_removal", "report_to_platform", "tell_line_manager"]),
    );
    // Nothing is offered on a message that names nobody.
    expect((await support(plain)).json()).toMatchObject({ offered: false });
  });

  it("records who took a step and when, once, with its history and audit rows", async () => {
    t.clock.advance(60_000);
    const res = await record(named, "tell_line_manager", { note: "Told the ward manager by phone" });
    expect(res.statusCode, res.body).toBe(200);
    const step = res.json().steps.find((s: { step: string }) => s.step === "tell_line_manager");
    expect(step.taken).toEqual({
      by: expect.any(String),
      at: t.clock.now().toISOString(),
      note: "Told the ward manager by phone",
    });
    expect(step.taken.by).not.toMatch(/^[0-9a-f-]{36}$/);
    const again = await record(named, "tell_line_manager");
    expect(again.statusCode, again.body).toBe(409);
    const audit = await t.deps.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "inbox.staff_step_taken")
      .execute();
    expect(audit).toHaveLength(1);
    const detail = await t.app.inject({ method: "GET", url: `/api/v1/inbox/${named}`, headers: as("comms") });
    const history = detail.json().history as { label: string; summary: string }[];
    const row = history.find((h) => h.label === "Step taken for the member of staff named");
    expect(row?.summary).toMatch(/line manager.*CORP-0068 §4\.6.*Told the ward manager by phone/);
    expect((await record(named, "ask_removal")).statusCode).toBe(200);
    const taken = (await support(named)).json().steps.filter((s: { taken: unknown }) => s.taken !== null);
    expect(taken.map((s: { step: string }) => s.step)).toEqual(["ask_removal", "tell_line_manager"]);
  });

  it("refuses a step the policy does not name, a message that names nobody, other roles and bad input", async () => {
    expect((await record(named, "call_the_press")).statusCode).toBe(404);
    expect((await record(plain, "ask_removal")).statusCode).toBe(409);
    expect((await record(named, "report_to_platform", {}, "staff")).statusCode).toBe(403);
    expect((await support(named, "staff")).statusCode).toBe(403);
    expect((await record(named, "Report!")).statusCode).toBe(404);
    expect((await record(named, "x".repeat(61))).statusCode).toBe(400);
    expect((await record(named, "report_to_platform", { note: "x".repeat(1001) })).statusCode).toBe(400);
    expect((await record(named, "report_to_platform", { other: 1 })).statusCode).toBe(400);
    expect((await support("00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });

  const views = (who = "comms") =>
    t.app.inject({ method: "GET", url: "/api/v1/inbox/views", headers: as(who) });
  const save = (payload: object, who = "comms") =>
    t.app.inject({ method: "POST", url: "/api/v1/inbox/views", headers: as(who), payload });

  it("saves, lists, replaces, applies and deletes a person's own views", async () => {
    const saved = await save({
      name: "Urgent and mine",
      filters: { urgency: "critical,high", assignee: "me" },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json();
    expect(view).toMatchObject({
      name: "Urgent and mine",
      filters: { urgency: "critical,high", assignee: "me" },
    });
    // Applying a view is the queue with its filters.
    const query = new URLSearchParams(view.filters).toString();
    const applied = await t.app.inject({
      method: "GET",
      url: `/api/v1/inbox?${query}`,
      headers: as("comms"),
    });
    expect(applied.statusCode).toBe(200);
    // The same name again replaces the filters, not a second view.
    const replaced = await save({ name: "Urgent and mine", filters: { status: "new" } });
    expect(replaced.json()).toMatchObject({ id: view.id, filters: { status: "new" } });
    await save({ name: "Abuse", filters: { category: "abuse" } });
    expect((await views()).json().views.map((v: { name: string }) => v.name)).toEqual([
      "Abuse",
      "Urgent and mine",
    ]);
    // Per person: the head of communications sees none of them and cannot delete them.
    expect((await views("head")).json().views).toEqual([]);
    const theirs = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/inbox/views/${view.id}`,
      headers: as("head"),
    });
    expect(theirs.statusCode).toBe(404);
    const deleted = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/inbox/views/${view.id}`,
      headers: as("comms"),
    });
    expect(deleted.statusCode).toBe(200);
    expect((await views()).json().views.map((v: { name: string }) => v.name)).toEqual(["Abuse"]);
    const audit = await t.deps.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "in", ["inbox.view_saved", "inbox.view_deleted"])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "inbox.view_deleted",
      "inbox.view_saved",
      "inbox.view_saved",
      "inbox.view_saved",
    ]);
  });

  it("refuses a view with filters the queue would refuse, or no name", async () => {
    expect((await save({ name: "Bad", filters: { urgency: "panic" } })).statusCode).toBe(400);
    expect((await save({ name: "Bad", filters: { cursor: "abc" } })).statusCode).toBe(400);
    expect((await save({ name: "  ", filters: {} })).statusCode).toBe(400);
    expect((await save({ name: "Bad", filters: { assignee: "someone" } })).statusCode).toBe(400);
    expect((await views("staff")).statusCode).toBe(403);
  });
});
