import { beforeAll, describe, expect, it } from "vitest";
import { userIdByEmail } from "../../test/helpers/people.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { addMonths, isoDay } from "./dates.js";

const PEOPLE = {
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
  comms: "comms@fenmoor.example",
  head: "head-of-comms@fenmoor.example",
  ig: "ig@fenmoor.example",
  admin: "admin@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;

/**
 * Issue 15: "each live account reviewed every 12 months by its owner and communications". The
 * review has two parts, signed by two different people: an admin of the account for its owner,
 * and the communications team; it is complete only when both have signed.
 */
describe.each(TEST_DATABASES)("an account's two-part review on %s", (kind) => {
  const t = useTestApp(kind);
  const headers = {} as Record<Who, Record<string, string>>;
  const ids = {} as Record<Who, string>;
  let n = 0;

  beforeAll(async () => {
    await t.deps.db.updateTable("organisations").set({ pack_id: "rwt" }).execute();
    for (const who of Object.keys(PEOPLE) as Who[]) {
      ids[who] = await userIdByEmail(t.deps.db, PEOPLE[who]);
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  });

  const call = (who: Who, method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers[who], ...(payload ? { payload } : {}) });
  async function ok(res: Awaited<ReturnType<typeof call>>) {
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  /** A live account imported with these admins, its review overdue since the start of 2026. */
  async function account(...admins: Who[]): Promise<string> {
    n += 1;
    const handle = `@fenmoorreview${n}`;
    const csv = [
      "platform,handle,name,owning_service,status,admins,next_review_on",
      `x,${handle},Review ${n},Podiatry,live,${admins.map((a) => PEOPLE[a]).join("; ")},2026-01-01`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const { accounts } = await ok(await call("comms", "GET", `/api/v1/accounts?q=${handle.slice(1)}`));
    return accounts[0].id;
  }
  const review = (who: Who, id: string) => call(who, "GET", `/api/v1/accounts/${id}/review`);
  const sign = (who: Who, id: string, part: string, note?: string) =>
    call(who, "POST", `/api/v1/accounts/${id}/review`, { part, ...(note ? { note } : {}) });
  const flags = async (id: string) =>
    (await ok(await call("comms", "GET", `/api/v1/accounts/${id}`))).flags.map(
      (f: { flag: string }) => f.flag,
    );
  const audited = async (id: string, action: string) =>
    (
      await t.deps.db
        .selectFrom("audit_events")
        .select("action")
        .where("entity_id", "=", id)
        .where("action", "=", action)
        .execute()
    ).length;

  it("is pending after the owner's signature and complete only after communications' too", async () => {
    const id = await account("staff", "head");
    const before = await ok(await review("staff", id));
    expect(before).toMatchObject({ state: "due", signable: ["owner"], intervalMonths: 12 });
    // The clauses come from the pack, each part with its own.
    expect(before.parts.map((p: { part: string; clause: string }) => [p.part, p.clause])).toEqual([
      ["owner", expect.stringContaining("RWT Attachment 2 §3.6")],
      ["communications", expect.stringContaining("CORP-0068 §4.3")],
    ]);
    expect(await flags(id)).toContain("review_overdue");

    const waiting = async (who: Who) =>
      (await ok(await call(who, "GET", "/api/v1/accounts/reviews/waiting"))).reviews.filter(
        (r: { accountId: string }) => r.accountId === id,
      );
    expect(await waiting("staff")).toEqual([
      expect.objectContaining({
        parts: ["The owning team (an admin of the account)"],
        nextReviewOn: "2026-01-01",
      }),
    ]);
    expect(await waiting("manager")).toEqual([]);

    const first = await ok(await sign("staff", id, "owner", "Still needed; admins checked."));
    expect(await waiting("staff")).toEqual([]);
    expect(await waiting("comms")).toEqual([expect.objectContaining({ parts: ["Communications team"] })]);
    expect(first.state).toBe("owner_signed");
    const pending = await ok(await review("head", id));
    expect(pending).toMatchObject({ state: "owner_signed", signable: ["communications"] });
    expect(pending.stateLabel).toMatch(/waiting for communications/);
    expect(pending.parts[0].signed).toMatchObject({
      by: "Priya Shah",
      note: "Still needed; admins checked.",
    });
    expect(pending.parts[1].signed).toBeNull();
    // Half a review is not a review: still overdue, and the account page shows it pending.
    expect(await flags(id)).toContain("review_overdue");
    // The other party is asked, in the app.
    const asked = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("kind", "=", "account.review_signature")
      .execute();
    expect(asked.map((r) => r.user_id)).toEqual(expect.arrayContaining([ids.comms, ids.head]));
    expect(asked.map((r) => r.user_id)).not.toContain(ids.staff);

    const done = await ok(await sign("head", id, "communications"));
    const next = isoDay(addMonths(t.clock.now(), 12));
    expect(done).toEqual({ state: "complete", nextReviewOn: next });
    expect(await waiting("comms")).toEqual([]);
    expect(await flags(id)).not.toContain("review_overdue");
    const after = await ok(await review("comms", id));
    expect(after).toMatchObject({ state: "due", nextReviewOn: next, lastReviewOn: isoDay(t.clock.now()) });
    expect(after.past).toHaveLength(1);
    expect(after.past[0]).toMatchObject({
      owner: { by: "Priya Shah" },
      communications: { by: "Jo Bennett" },
    });
    expect(await audited(id, "account.review_signed")).toBe(2);
    expect(await audited(id, "account.reviewed")).toBe(1);
    const history = (await ok(await call("comms", "GET", `/api/v1/accounts/${id}`))).history.map(
      (h: { event: string }) => h.event,
    );
    expect(history).toEqual(expect.arrayContaining(["owner_signs", "communications_countersigns"]));
  });

  it("never lets one person sign both parts, whichever they sign first", async () => {
    // The head of communications is an admin of both: either part, never both.
    const ownerFirst = await account("head", "comms");
    await ok(await sign("head", ownerFirst, "owner"));
    expect((await ok(await review("head", ownerFirst))).signable).toEqual([]);
    const twice = await sign("head", ownerFirst, "communications");
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/You signed the owner's part/);
    expect((await ok(await sign("comms", ownerFirst, "communications"))).state).toBe("complete");

    const commsFirst = await account("head", "staff");
    await ok(await sign("head", commsFirst, "communications"));
    const again = await sign("head", commsFirst, "owner");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/You signed for communications/);
    // The same part twice is refused too, by anyone.
    expect((await sign("comms", commsFirst, "communications")).statusCode).toBe(409);
    expect((await ok(await sign("staff", commsFirst, "owner"))).state).toBe("complete");
    const rows = await t.deps.db
      .selectFrom("account_reviews")
      .select(["owner_signed_by", "communications_signed_by"])
      .where("account_id", "in", [ownerFirst, commsFirst])
      .execute();
    for (const r of rows) expect(r.owner_signed_by).not.toBe(r.communications_signed_by);
  });

  it("lets only an account's admin sign the owner's part, only communications the other, and only people", async () => {
    const id = await account("staff", "comms");
    // Not an admin and not a reader of the register: the account is not theirs to see.
    expect((await review("manager", id)).statusCode).toBe(404);
    expect((await sign("manager", id, "owner")).statusCode).toBe(404);
    const ig = await sign("ig", id, "owner");
    expect(ig.statusCode).toBe(409);
    expect(ig.json().error.message).toMatch(/Only an admin of the account/);
    expect((await sign("ig", id, "communications")).statusCode).toBe(409);
    expect((await sign("staff", id, "communications")).statusCode).toBe(409);
    expect((await sign("staff", id, "both")).statusCode).toBe(400);
    expect((await sign("staff", id, "owner", "x".repeat(2001))).statusCode).toBe(400);

    const made = await call("admin", "POST", "/api/v1/api-tokens", {
      name: "Review robot",
      scopes: ["accounts.request"],
    });
    expect(made.statusCode, made.body).toBe(201);
    const robot = await t.app.inject({
      method: "POST",
      url: `/api/v1/accounts/${id}/review`,
      headers: { authorization: `Bearer ${made.json<{ token: string }>().token}` },
      payload: { part: "communications" },
    });
    expect(robot.statusCode).toBe(403);
    expect(
      await t.deps.db.selectFrom("account_reviews").select("id").where("account_id", "=", id).execute(),
    ).toEqual([]);

    await ok(await call("comms", "POST", `/api/v1/accounts/${id}/steps`, { event: "close" }));
    expect((await sign("staff", id, "owner")).statusCode).toBe(409);
  });
});
