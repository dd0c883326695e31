import { beforeAll, describe, expect, it } from "vitest";
import { userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

/** The annual audit of admin rights to every trust account (RWT §9.2), over HTTP. */
const PEOPLE = {
  comms: "comms@fenmoor.example",
  head: "head-of-comms@fenmoor.example",
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;

describe.each(TEST_DATABASES)("the admin-rights audit over HTTP on %s", (kind) => {
  const t = useTestApp(kind);
  const headers = {} as Record<Who, Record<string, string>>;
  let accountId = "";

  beforeAll(async () => {
    for (const who of Object.keys(PEOPLE) as Who[]) {
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
    const csv = [
      "platform,handle,name,owning_service,status,admins",
      `facebook,=FenmoorAudit,Audit Test,Podiatry,live,${PEOPLE.comms}; ${PEOPLE.head}`,
      `x,@fenmoorclosed,Closed one,Podiatry,closed,${PEOPLE.comms}`,
    ].join("\n");
    const res = await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    const { accounts } = (await call("comms", "GET", "/api/v1/accounts?q=Audit Test")).json();
    accountId = accounts[0].id;
  });

  const call = (who: Who, method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: headers[who],
      ...(payload ? { payload: payload as Record<string, unknown> } : {}),
    });
  const mine = async () => {
    const res = await call("head", "GET", "/api/v1/accounts/admin-audit");
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    return { view, account: view.accounts.find((a: { id: string }) => a.id === accountId) };
  };

  it("lists every account not closed with its admins, due until signed off, citing RWT §9.2", async () => {
    const { view, account } = await mine();
    expect(view.clause).toMatch(/RWT §9\.2/);
    expect(view.accounts.some((a: { handle: string }) => a.handle === "@fenmoorclosed")).toBe(false);
    expect(account).toMatchObject({ state: "due", stateLabel: "Sign-off due", lastSignedOff: null });
    expect(account.admins.map((a: { name: string }) => a.name).sort()).toEqual(["Alex Morgan", "Jo Bennett"]);
    expect((await call("staff", "GET", "/api/v1/accounts/admin-audit")).statusCode).toBe(403);
  });

  it("signs off the admins as they stand, then asks again when they change", async () => {
    expect((await call("staff", "POST", `/api/v1/accounts/${accountId}/admin-audit`, {})).statusCode).toBe(
      403,
    );
    const signed = await call("head", "POST", `/api/v1/accounts/${accountId}/admin-audit`, {
      note: "Confirmed at the committee",
    });
    expect(signed.statusCode, signed.body).toBe(200);
    let { account, view } = await mine();
    expect(account).toMatchObject({
      state: "signed_off",
      lastSignedOff: { by: "Jo Bennett", note: "Confirmed at the committee" },
    });
    expect(account.nextDueOn > account.lastSignedOff.on).toBe(true);
    const outstanding = view.outstanding;

    const manager = await userIdOf(t.deps, PEOPLE.manager);
    await t.deps.db
      .insertInto("account_people")
      .values({ account_id: accountId, user_id: manager, role: "admin", added_at: t.clock.now() })
      .execute();
    ({ account, view } = await mine());
    expect(account.state).toBe("changed");
    expect(view.outstanding).toBe(outstanding + 1);
    await call("head", "POST", `/api/v1/accounts/${accountId}/admin-audit`, {});
    expect((await mine()).account.state).toBe("signed_off");
  });

  it("exports the audit as CSV for the committee, with formulas defused", async () => {
    const res = await call("head", "GET", "/api/v1/accounts/admin-audit.csv");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const line = res.body.split("\n").find((l) => l.includes("FenmoorAudit")) ?? "";
    expect(line).toContain("'=FenmoorAudit");
    expect(line).toContain("Jo Bennett <head-of-comms@fenmoor.example>");
    expect(res.body.split("\n")[0]).toBe(
      "platform,handle,name,owning_service,admins,state,signed_off_on,signed_off_by,note,next_due_on",
    );
  });

  it("is due again a year after its sign-off (the pack's interval)", async () => {
    t.clock.advance(366 * 24 * 60 * 60 * 1000);
    const s = await signInAs(t.app, PEOPLE.head);
    headers.head = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    expect((await mine()).account.state).toBe("due");
  });

  it("refuses a closed account and an unknown one", async () => {
    const { accounts } = (await call("head", "GET", "/api/v1/accounts?status=closed")).json();
    const closed = accounts.find((a: { handle: string }) => a.handle === "@fenmoorclosed");
    expect((await call("head", "POST", `/api/v1/accounts/${closed.id}/admin-audit`, {})).statusCode).toBe(
      409,
    );
    expect(
      (await call("head", "POST", "/api/v1/accounts/00000000-0000-4000-8000-000000000000/admin-audit", {}))
        .statusCode,
    ).toBe(404);
  });
});
