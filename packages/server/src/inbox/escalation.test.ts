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
import { escalateOverdue } from "./escalation.js";
import { connectAccount } from "./inbox-accounts.service.js";

const COMPLAINT = "I want to make a formal complaint about the way my mum was spoken to at the clinic.";
const CRISIS = "I can't do this any more. I've got the tablets ready and I'm going to end it tonight.";
const FOI =
  "This is a freedom of information request. Please tell me how much the trust spent on agency nurses in 2025.";
const SAR =
  "I want a copy of all the personal data and health records you hold about me, this is a subject access request.";

describe.each(TEST_DATABASES)("escalation, out of hours and legal clocks on %s", (kind) => {
  const t = useTestApp(kind);
  let graph: GraphPlatform;
  let accountId: string;
  let organisationId: string;
  const users: Record<string, string> = {};

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    organisationId = await organisationIdOf(t.deps);
    await setPack("tewv");
    for (const [who, email] of [
      ["admin", "admin@fenmoor.example"],
      ["comms", "comms@fenmoor.example"],
      ["head", "head-of-comms@fenmoor.example"],
      ["ig", "ig@fenmoor.example"],
    ] as const)
      users[who] = await userIdOf(t.deps, email);
    accountId = (
      await connectAccount(
        t.deps,
        { kind: "user", id: users.admin ?? "", organisationId, roles: ["admin"] },
        testFacebookAccount(graph.baseUrl),
      )
    ).id;
  });
  afterAll(async () => {
    await graph?.close();
  });

  const setPack = (pack: string) =>
    t.deps.db.updateTable("organisations").set({ pack_id: pack }).where("id", "=", organisationId).execute();
  const setClock = (iso: string) => t.clock.advance(Date.parse(iso) - t.clock.now().getTime());

  async function arrive(commentId: string, text: string) {
    const state = graph.comment(commentId);
    const body = feedComment({ commentId, text, at: t.clock.now() });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${accountId}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    await runJobs(t.deps);
    const item = await t.deps.db
      .selectFrom("inbox_items")
      .selectAll()
      .where("external_id", "=", `${TEST_PAGE_ID}_${commentId}`)
      .executeTakeFirstOrThrow();
    return { item, state };
  }
  const told = async (kindName: string, itemId: string) =>
    (
      await t.deps.db
        .selectFrom("notifications")
        .select("user_id")
        .where("kind", "=", kindName)
        .where("item_id", "=", itemId)
        .execute()
    )
      .map((n) => n.user_id)
      .sort();
  const level = async (itemId: string) =>
    (
      await t.deps.db
        .selectFrom("inbox_items")
        .select("escalation_level")
        .where("id", "=", itemId)
        .executeTakeFirstOrThrow()
    ).escalation_level;

  it("tells the assignee when the due time passes, then the head of communications in answering hours", async () => {
    setClock("2026-11-24T10:00:00Z"); // a Tuesday, in hours
    const { item } = await arrive("c-overdue", COMPLAINT);
    expect(item.due_by).not.toBeNull();
    await t.deps.db
      .updateTable("inbox_items")
      .set({ assignee_id: users.comms ?? null, status: "assigned" })
      .where("id", "=", item.id)
      .execute();
    expect(await escalateOverdue(t.deps)).toBe(0);
    t.clock.advance((item.due_by?.getTime() ?? 0) - t.clock.now().getTime() + 5 * 60_000);
    expect(await escalateOverdue(t.deps)).toBe(1);
    expect(await told("inbox.overdue.1", item.id)).toEqual([users.comms]);
    expect(await level(item.id)).toBe(1);
    // An hour later it is after TEWV's 16:30: the head of communications is told when the team opens.
    t.clock.advance(2 * 60 * 60_000);
    expect(await escalateOverdue(t.deps)).toBe(0);
    setClock("2026-11-25T09:05:00Z");
    expect(await escalateOverdue(t.deps)).toBe(1);
    expect(await told("inbox.overdue.2", item.id)).toEqual([users.head]);
    expect(await escalateOverdue(t.deps)).toBe(0);
    const history = await t.deps.db
      .selectFrom("inbox_history")
      .select("detail")
      .where("item_id", "=", item.id)
      .where("action", "=", "inbox.escalated")
      .execute();
    expect(history.map((h) => (h.detail as { level: number }).level)).toEqual([1, 2]);
  });

  it("never escalates what is done or waiting for the public", async () => {
    setClock("2026-11-25T10:00:00Z");
    const { item } = await arrive("c-done", COMPLAINT);
    await t.deps.db.updateTable("inbox_items").set({ status: "waiting" }).where("id", "=", item.id).execute();
    setClock("2026-11-26T12:00:00Z");
    await escalateOverdue(t.deps);
    expect(await level(item.id)).toBe(0);
  });

  it("out of TEWV's hours (after 16:30) sends a crisis to the on-call list and signposts at once", async () => {
    setClock("2026-11-26T16:45:00Z"); // Thursday 16:45: nhs-core would still be open; TEWV is not
    const { item, state } = await arrive("c-night", CRISIS);
    expect(item.category).toBe("crisis");
    expect(await told("inbox.on_call.crisis.v1", item.id)).toEqual([users.head]);
    expect(state.replies).toHaveLength(1);
    for (const signpost of ["999", "111", "116 123", "85258"]) expect(state.replies[0]).toContain(signpost);
    await runJobs(t.deps);
    expect(graph.calls(`POST /v23.0/${TEST_PAGE_ID}_c-night/comments`)).toHaveLength(1);
    const history = await t.deps.db
      .selectFrom("inbox_history")
      .select("action")
      .where("item_id", "=", item.id)
      .execute();
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(["inbox.alerted", "inbox.out_of_hours_alert", "inbox.reply_sent"]),
    );
  });

  it("in hours a crisis goes to the team and waits for a person's reply", async () => {
    setClock("2026-11-26T14:00:00Z");
    const { item, state } = await arrive("c-day", CRISIS);
    expect(item.category).toBe("crisis");
    expect(await told("inbox.on_call.crisis.v1", item.id)).toEqual([]);
    expect((await told("inbox.crisis.v1", item.id)).length).toBeGreaterThanOrEqual(2);
    expect(state.replies).toEqual([]);
  });

  it("starts the legal clocks (FOI 20 working days, subject access one calendar month)", async () => {
    setClock("2026-11-24T10:00:00Z");
    const foi = (await arrive("c-foi", FOI)).item;
    expect(foi.category).toBe("foi");
    expect(foi.legal_clock).toBe("foi");
    // 20 working days from Tuesday 24 November 2026: FOIA s.10(6) skips any UK bank holiday, and
    // St Andrew's Day (Monday 30 November) is one in Scotland, so the 20th is the 23rd, not the 22nd.
    expect(foi.legal_due_by?.toISOString().slice(0, 10)).toBe("2026-12-23");
    const sar = (await arrive("c-sar", SAR)).item;
    expect(sar.category).toBe("subject_access");
    expect(sar.legal_clock).toBe("subject_access");
    expect(sar.legal_due_by?.toISOString().slice(0, 10)).toBe("2026-12-24");
  });

  it("hands an FOI request to the FOI team at the pack's address, with the clause, in the history", async () => {
    await setPack("cmft");
    const s = await signInAs(t.app, "comms@fenmoor.example");
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    const foi = await t.deps.db
      .selectFrom("inbox_items")
      .select("id")
      .where("external_id", "=", `${TEST_PAGE_ID}_c-foi`)
      .executeTakeFirstOrThrow();
    const before = (await t.app.inject({ method: "GET", url: `/api/v1/inbox/${foi.id}`, headers })).json();
    expect(before.can.handOff).toBe(true);
    expect(before.legalClock).toMatchObject({
      label: "Freedom of information request: 20 working days to answer",
      address: "foi@cmft.nhs.uk",
      handedOffAt: null,
    });
    const res = await t.app.inject({ method: "POST", url: `/api/v1/inbox/${foi.id}/hand-off`, headers });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await t.app.inject({ method: "GET", url: `/api/v1/inbox/${foi.id}`, headers })).json();
    const handOff = after.history.find((h: { label: string }) => h.label === "Handed off");
    expect(handOff.summary).toContain("foi@cmft.nhs.uk");
    expect(handOff.summary).toContain("CMFT Freedom of Information Requests");
    expect(after.can.handOff).toBe(false);
    expect(await told("inbox.handed_off", foi.id)).toEqual([users.ig]);
    const again = await t.app.inject({ method: "POST", url: `/api/v1/inbox/${foi.id}/hand-off`, headers });
    expect(again.statusCode).toBe(409);
    const complaint = await t.deps.db
      .selectFrom("inbox_items")
      .select("id")
      .where("external_id", "=", `${TEST_PAGE_ID}_c-done`)
      .executeTakeFirstOrThrow();
    const notLegal = await t.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${complaint.id}/hand-off`,
      headers,
    });
    expect(notLegal.statusCode).toBe(409);
  });
});
