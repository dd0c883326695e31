import { EMPTY_REQUEST_FORM } from "@parapet/core";
import { beforeAll, describe, expect, it } from "vitest";
import { userIdByEmail } from "../../test/helpers/people.js";
import { BLNS, useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

/** The demo trust's people, one per role. */
const PEOPLE = {
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
  comms: "comms@fenmoor.example",
  head: "head-of-comms@fenmoor.example",
  ig: "ig@fenmoor.example",
  hr: "hr@fenmoor.example",
  admin: "admin@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];
const EVENTS = [
  "submit",
  "endorse",
  "return",
  "start_review",
  "approve",
  "reject",
  "go_live",
  "withdraw",
] as const;
type Event = (typeof EVENTS)[number];

/**
 * Who may take which step from each state, written out from the policies (EPUT CPG58 §2.4,
 * RWT Attachment 2 §3.3, THH 851 §5.2), not computed from the workflow it tests: the requester
 * is staff, their line manager endorses, communications reviews, the head of communications
 * (the pack's approver) decides, communications makes it live.
 */
const LEGAL: Readonly<Record<string, Partial<Record<Event, readonly Who[]>>>> = {
  draft: { submit: ["staff"], withdraw: ["staff"] },
  submitted: { endorse: ["manager"], return: ["manager"], withdraw: ["staff"] },
  returned: { submit: ["staff"], withdraw: ["staff"] },
  endorsed: { start_review: ["comms", "head"], withdraw: ["staff"] },
  in_review: { approve: ["head"], reject: ["head"], withdraw: ["staff"] },
  approved: { go_live: ["comms", "head"] },
  live: {},
  rejected: {},
  withdrawn: {},
};

describe.each(TEST_DATABASES)("the account register over HTTP on %s", (kind) => {
  const t = useTestApp(kind);
  const headers = {} as Record<Who, Record<string, string>>;
  const ids = {} as Record<Who, string>;
  let handles = 0;

  async function signInEveryone() {
    for (const who of EVERYONE) {
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  }

  beforeAll(async () => {
    const organisation = await t.deps.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable("organisations")
      .set({ pack_id: "rwt" })
      .where("id", "=", organisation.id)
      .execute();
    for (const who of EVERYONE) ids[who] = await userIdByEmail(t.deps.db, PEOPLE[who]);
    await signInEveryone();
  });

  const call = (who: Who, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers[who], ...(payload ? { payload } : {}) });
  const form = (overrides: object = {}) => {
    handles += 1;
    return {
      ...EMPTY_REQUEST_FORM,
      service: "Podiatry",
      purpose: "Tell patients about clinic changes and foot-care advice.",
      objectives: "Fewer missed appointments.",
      audience: "Patients and carers in the county",
      proposedName: `Fenmoor Podiatry ${handles}`,
      handle: `fenmoorpodiatry${handles}`,
      contentPlan: "Clinic news on Mondays, advice on Wednesdays and Fridays, events as they come.",
      postsPerWeek: 4,
      approvedUserIds: [ids.staff],
      approvedUsersTrained: true,
      moderationPlan: "Priya checks comments at 9am and 4pm every weekday; Tom covers her leave.",
      moderatedEveryWeekday: true,
      cover: "Tom Hughes",
      foiTrained: true,
      lineManagerId: ids.manager,
      ...overrides,
    };
  };
  const step = (who: Who, id: string, event: Event, reasons = "Please add a weekend plan.") =>
    call(who, "POST", `/api/v1/account-requests/${id}/steps`, { event, reasons });
  const stateOf = async (id: string) =>
    (await call("comms", "GET", `/api/v1/account-requests/${id}`)).json<{ state: string }>().state;

  async function ok(res: Awaited<ReturnType<typeof call>>) {
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  /** Records the pack's required training for these people, so they are approved users. */
  async function trainUp(...who: Who[]) {
    for (const person of who)
      for (const moduleId of ["social_media_policy", "platform_training"])
        await ok(
          await call("hr", "POST", "/api/v1/training/completions", {
            userId: ids[person],
            moduleId,
            completedOn: "2026-11-01",
          }),
        );
  }
  async function setUp(id: string) {
    await ok(
      await call("comms", "PUT", `/api/v1/account-requests/${id}/setup`, {
        handleReserved: true,
        twoFactorOn: true,
        adminIds: [ids.comms, ids.staff],
        credentialsLocation: "Communications team vault, folder Podiatry",
      }),
    );
  }
  /** A fresh request driven along the real path to `state`. */
  async function requestAt(state: string, requester: Who = "staff"): Promise<string> {
    const { id } = await ok(await call(requester, "POST", "/api/v1/account-requests", form()));
    const path: Record<string, [Who, Event][]> = {
      draft: [],
      submitted: [[requester, "submit"]],
      returned: [
        [requester, "submit"],
        ["manager", "return"],
      ],
      endorsed: [
        [requester, "submit"],
        ["manager", "endorse"],
      ],
      in_review: [
        [requester, "submit"],
        ["manager", "endorse"],
        ["comms", "start_review"],
      ],
      approved: [
        [requester, "submit"],
        ["manager", "endorse"],
        ["comms", "start_review"],
        ["head", "approve"],
      ],
      live: [
        [requester, "submit"],
        ["manager", "endorse"],
        ["comms", "start_review"],
        ["head", "approve"],
        ["comms", "go_live"],
      ],
      rejected: [
        [requester, "submit"],
        ["manager", "endorse"],
        ["comms", "start_review"],
        ["head", "reject"],
      ],
      withdrawn: [[requester, "withdraw"]],
    };
    for (const [who, event] of path[state] ?? []) {
      if (event === "go_live") await setUp(id);
      await ok(await step(who, id, event));
    }
    if (state === "approved") await setUp(id);
    expect(await stateOf(id)).toBe(state);
    return id;
  }

  it("allows exactly the legal steps, for every state, event and role", async () => {
    let refused = 0;
    let taken = 0;
    for (const [state, legal] of Object.entries(LEGAL)) {
      const id = await requestAt(state);
      for (const event of EVENTS) {
        for (const who of EVERYONE) {
          if (legal[event]?.includes(who)) continue;
          const res = await step(who, id, event);
          expect(res.statusCode, `${who} ${event} from ${state}: ${res.body}`).toBe(409);
          expect(res.json().error.code).toBe("invalid_transition");
          refused += 1;
        }
      }
      expect(await stateOf(id)).toBe(state);
      for (const [event, whoList] of Object.entries(legal) as [Event, Who[]][]) {
        for (const who of whoList) {
          const fresh = await requestAt(state);
          await ok(await step(who, fresh, event));
          expect(await stateOf(fresh)).not.toBe(state);
          taken += 1;
        }
      }
    }
    expect(refused).toBeGreaterThan(400);
    expect(taken).toBe(15);
  }, 240_000);

  it("lets no one endorse or approve their own request", async () => {
    const { id } = await ok(await call("head", "POST", "/api/v1/account-requests", form()));
    await ok(await step("head", id, "submit"));
    await ok(await step("manager", id, "endorse"));
    expect((await step("head", id, "start_review")).statusCode).toBe(409);
    await ok(await step("comms", id, "start_review"));
    const own = await step("head", id, "approve");
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toMatch(/own request/);
    const selfManaged = await call(
      "manager",
      "POST",
      "/api/v1/account-requests",
      form({ lineManagerId: ids.manager }),
    );
    expect(selfManaged.statusCode).toBe(400);
    const notManager = await call(
      "staff",
      "POST",
      "/api/v1/account-requests",
      form({ lineManagerId: ids.comms }),
    );
    expect(notManager.statusCode).toBe(400);
  });

  it("records each step with its audit row and tells the next person", async () => {
    const audit = async (id: string) =>
      (
        await t.deps.db
          .selectFrom("audit_events")
          .select("action")
          .where("entity_id", "=", id)
          .orderBy("chain_seq")
          .execute()
      ).map((r) => r.action);
    const told = async (who: Who, kind: string) =>
      Number(
        (
          await t.deps.db
            .selectFrom("notifications")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("user_id", "=", ids[who])
            .where("kind", "=", kind)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = {
      manager: await told("manager", "account_request.submit"),
      comms: await told("comms", "account_request.endorse"),
      head: await told("head", "account_request.start_review"),
      staffReview: await told("staff", "account_request.start_review"),
    };
    const id = await requestAt("in_review");
    expect(await told("manager", "account_request.submit")).toBe(before.manager + 1);
    expect(await told("comms", "account_request.endorse")).toBe(before.comms + 1);
    expect(await told("head", "account_request.start_review")).toBe(before.head + 1);
    expect(await told("staff", "account_request.start_review")).toBe(before.staffReview);
    expect(await audit(id)).toEqual([
      "account_request.created",
      "account_request.submitted",
      "account_request.endorsed",
      "account_request.reviewed",
    ]);
    const detail = await ok(await call("staff", "GET", `/api/v1/account-requests/${id}`));
    expect(detail.history.map((h: { event: string }) => h.event)).toEqual([
      "create",
      "submit",
      "endorse",
      "start_review",
    ]);
    const waiting = await ok(await call("head", "GET", "/api/v1/account-requests?view=waiting"));
    expect(waiting.requests.map((r: { id: string }) => r.id)).toContain(id);
    const notMine = await ok(await call("manager", "GET", "/api/v1/account-requests?view=waiting"));
    expect(notMine.requests.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it("tells the next person at every other step: returned, approved, rejected, live, withdrawn", async () => {
    const told = async (kind: string) =>
      (
        await t.deps.db
          .selectFrom("notifications")
          .select("user_id")
          .where("kind", "=", `account_request.${kind}`)
          .execute()
      ).map((r) => r.user_id);
    /** Who was told of this step by the one call, by role name, sorted. */
    async function newlyTold(kind: string, act: () => Promise<unknown>) {
      const before = await told(kind);
      await act();
      const after = [...(await told(kind))];
      for (const id of before) after.splice(after.indexOf(id), 1);
      return after.map((id) => EVERYONE.find((who) => ids[who] === id) ?? "someone else").sort();
    }
    const submitted = await requestAt("submitted");
    expect(await newlyTold("return", async () => ok(await step("manager", submitted, "return")))).toEqual([
      "staff",
    ]);
    const inReview = await requestAt("in_review");
    // The approver does not tell themself; the requester and the rest of communications hear.
    expect(await newlyTold("approve", async () => ok(await step("head", inReview, "approve")))).toEqual([
      "comms",
      "staff",
    ]);
    await setUp(inReview);
    expect(await newlyTold("go_live", async () => ok(await step("comms", inReview, "go_live")))).toEqual([
      "staff",
    ]);
    const rejected = await requestAt("in_review");
    expect(await newlyTold("reject", async () => ok(await step("head", rejected, "reject")))).toEqual([
      "staff",
    ]);
    const endorsed = await requestAt("endorsed");
    expect(await newlyTold("withdraw", async () => ok(await step("staff", endorsed, "withdraw")))).toEqual([
      "manager",
    ]);
    // A draft was never in front of anyone: withdrawing it tells no one.
    const draft = await requestAt("draft");
    expect(await newlyTold("withdraw", async () => ok(await step("staff", draft, "withdraw")))).toEqual([]);
  });

  it("returns the pack's criteria with their clauses, and needs reasons to return or reject", async () => {
    const { id } = await ok(
      await call("staff", "POST", "/api/v1/account-requests", form({ postsPerWeek: 2, approvedUserIds: [] })),
    );
    const detail = await ok(await call("staff", "GET", `/api/v1/account-requests/${id}`));
    const unmet = detail.criteria.filter((c: { met: boolean }) => !c.met);
    expect(unmet.map((c: { id: string }) => c.id).sort()).toEqual(["approved_user", "posting_frequency"]);
    expect(unmet[0].clause).toMatch(/Attachment 2 §3\.4/);
    expect(detail.approver.title).toBe("Head of Communications");
    await ok(await step("staff", id, "submit"));
    const bare = await call("manager", "POST", `/api/v1/account-requests/${id}/steps`, {
      event: "return",
      reasons: "  ",
    });
    expect(bare.statusCode).toBe(400);
    await ok(await step("manager", id, "return", "Three posts a week is not enough for RWT."));
    const returned = await ok(await call("staff", "GET", `/api/v1/account-requests/${id}`));
    expect(returned.reasons).toBe("Three posts a week is not enough for RWT.");
    await ok(await call("staff", "PUT", `/api/v1/account-requests/${id}`, form({ postsPerWeek: 5 })));
    expect((await call("manager", "PUT", `/api/v1/account-requests/${id}`, form())).statusCode).toBe(403);
    const empty = await ok(
      await call("staff", "POST", "/api/v1/account-requests", { ...EMPTY_REQUEST_FORM }),
    );
    const refused = await step("staff", empty.id, "submit");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/the service or team/);
  });

  it("goes live only with the set-up checklist complete, and never takes a password", async () => {
    const id = await requestAt("approved");
    await ok(
      await call("comms", "PUT", `/api/v1/account-requests/${id}/setup`, {
        handleReserved: true,
        twoFactorOn: false,
        adminIds: [ids.staff],
        credentialsLocation: "",
      }),
    );
    const early = await step("comms", id, "go_live");
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(
      /two-step verification.*communications team member.*log-in details/,
    );
    const secret = await call("comms", "PUT", `/api/v1/account-requests/${id}/setup`, {
      handleReserved: true,
      twoFactorOn: true,
      adminIds: [ids.comms],
      credentialsLocation: "password: hunter2",
    });
    expect(secret.statusCode).toBe(400);
    expect((await call("staff", "PUT", `/api/v1/account-requests/${id}/setup`, {})).statusCode).toBe(403);
    await setUp(id);
    await ok(await step("comms", id, "go_live"));
    await trainUp("staff");
    const detail = await ok(await call("staff", "GET", `/api/v1/account-requests/${id}`));
    const account = await ok(await call("comms", "GET", `/api/v1/accounts/${detail.accountId}`));
    expect(account.status).toBe("live");
    expect(account.flags).toEqual([]);
    expect(account.nextReviewOn).toBe("2027-11-24");
    expect(account.people.map((p: { role: string; name: string }) => `${p.role} ${p.name}`).sort()).toEqual([
      "admin Alex Morgan",
      "admin Priya Shah",
      "approved_user Priya Shah",
    ]);
  });

  it("flags a live account with too few admins, no communications admin, a leaver, or a review overdue", async () => {
    const id = await requestAt("live");
    await trainUp("staff");
    const { accountId } = await ok(await call("staff", "GET", `/api/v1/account-requests/${id}`));
    const flags = async () =>
      (await ok(await call("head", "GET", `/api/v1/accounts/${accountId}`))).flags.map(
        (f: { flag: string }) => f.flag,
      );
    expect(await flags()).toEqual([]);
    await ok(
      await call("comms", "POST", `/api/v1/accounts/${accountId}/people/remove`, {
        userId: ids.comms,
        role: "admin",
      }),
    );
    expect(await flags()).toEqual(["too_few_admins", "no_communications_admin"]);
    await ok(
      await call("comms", "POST", `/api/v1/accounts/${accountId}/people`, {
        userId: ids.head,
        role: "admin",
      }),
    );
    expect(await flags()).toEqual([]);
    t.clock.advance(400 * 24 * 3600 * 1000);
    await signInEveryone();
    // 400 days on, nothing has been posted either: quiet past the pack's dormancy months.
    expect(await flags()).toEqual(["no_recent_activity", "review_overdue"]);
    // The review has two parts: communications' alone leaves it overdue; the owner's completes it.
    await ok(await call("comms", "POST", `/api/v1/accounts/${accountId}/review`, { part: "communications" }));
    expect(await flags()).toEqual(["no_recent_activity", "review_overdue"]);
    await ok(await call("staff", "POST", `/api/v1/accounts/${accountId}/review`, { part: "owner" }));
    expect(await flags()).toEqual(["no_recent_activity"]);
    const today = t.clock.now().toISOString().slice(0, 10);
    await ok(await call("comms", "POST", `/api/v1/accounts/${accountId}/activity`, { on: today }));
    expect(await flags()).toEqual([]);
    const flagged = await ok(await call("ig", "GET", "/api/v1/accounts?flagged=true"));
    expect(flagged.accounts.map((a: { id: string }) => a.id)).not.toContain(accountId);
    expect((await call("staff", "GET", "/api/v1/accounts")).statusCode).toBe(403);
    await ok(await call("comms", "POST", `/api/v1/accounts/${accountId}/steps`, { event: "mark_dormant" }));
    await ok(await call("comms", "POST", `/api/v1/accounts/${accountId}/steps`, { event: "close" }));
    const closed = await call("comms", "POST", `/api/v1/accounts/${accountId}/steps`, { event: "revive" });
    expect(closed.statusCode).toBe(409);
  });

  it("flags an account whose admin has been deactivated, and reads the register by API token", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users,next_review_on",
      `x,@fenmoorhr,Fenmoor Careers,Human resources,live,${PEOPLE.hr}; ${PEOPLE.comms},${PEOPLE.hr},2099-01-01`,
    ].join("\n");
    const imported = await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    expect(imported).toMatchObject({ imported: 1, errors: [] });
    await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${ids.hr}/deactivate`,
      headers: headers.admin,
    });
    const made = await call("admin", "POST", "/api/v1/api-tokens", {
      name: "Register audit",
      scopes: ["accounts.register.read"],
    });
    expect(made.statusCode, made.body).toBe(201);
    const token = made.json<{ token: string }>();
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/accounts?q=fenmoorhr",
      headers: { authorization: `Bearer ${token.token}` },
    });
    const [account] = (await ok(res)).accounts;
    expect(account.flags.map((f: { flag: string }) => f.flag)).toEqual(["too_few_admins", "person_left"]);
    const write = await t.app.inject({
      method: "POST",
      url: `/api/v1/accounts/${account.id}/review`,
      headers: { authorization: `Bearer ${token.token}` },
      payload: { part: "communications" },
    });
    expect(write.statusCode).toBe(403);
  });

  it("imports nothing while any row is bad, naming every bad row by line and reason", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins,next_review_on,url",
      "facebook,FenmoorMaternity,Fenmoor Maternity,Maternity,live,comms@fenmoor.example,2027-03-01,https://facebook.com/x",
      "myspace,old,Old page,Estates,live,,,",
      "x,@fenmoorestates,Estates,Estates,sleeping,,,",
      "x,@fenmoorfm,FM,Estates,live,comms@fenmoor.example,2027-02-30,",
      '"instagram","@ok","=HYPERLINK(""http://evil"")","Estates","live","","","javascript:alert(1)"',
      "facebook,fenmoormaternity,Dup,Maternity,live,,,",
      "x,@fenmoorwards,Wards,Nursing,live,nobody@fenmoor.example,,",
    ].join("\r\n");
    const count = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom("registered_accounts")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const dryRun of [true, false]) {
      const report = await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun }));
      expect(report.imported).toBe(0);
      expect(report.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
      expect(report.errors[0].reason).toMatch(/^platform: one of/);
      expect(report.errors[1].reason).toMatch(/^status:/);
      expect(report.errors.map((e: { reason: string }) => e.reason).join("\n")).toMatch(
        /nobody@fenmoor\.example is not a person/,
      );
      expect(report.errors.map((e: { reason: string }) => e.reason).join("\n")).toMatch(
        /next_review_on: not a real date/,
      );
      expect(report.errors[3].reason).toMatch(/^url: an https/);
      expect(report.errors[4].reason).toMatch(/in the file twice/);
    }
    expect(await count()).toBe(before);
    for (const hostile of [
      'platform,handle\n"unclosed,quote',
      "nonsense header only",
      "platform,handle,name,owning_service,status,bogus\nx,a,b,c,live,1",
      "platform,handle,name,owning_service,status\nx,a,b,c",
      "\u0000\u0001\u0002",
    ]) {
      const res = await call("comms", "POST", "/api/v1/accounts/import", { csv: hostile, dryRun: true });
      expect(res.statusCode, hostile).toBe(400);
      expect(res.json().error.message).toMatch(/Line \d+/);
    }
    expect(await count()).toBe(before);
  });

  it("exports the register as CSV with formulas defused", async () => {
    const csv = [
      "platform,handle,name,owning_service,status",
      'instagram,@fenmoorformula,"=HYPERLINK(""http://evil"")",Estates,live',
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const res = await call("ig", "GET", "/api/v1/accounts/export.csv");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/csv/);
    const line = res.body.split("\n").find((l) => l.includes("@fenmoorformula"));
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(res.body.split("\n")[0]).toBe(
      "platform,handle,name,url,purpose,owning_service,kind,status,admins,approved_users,last_review_on,next_review_on,credentials_location,flags",
    );
  });

  it("turns a leavers file into handover tasks for the successor or the communications team, flagged until done", async () => {
    // An earlier test deactivated the HR partner: back at work, and signed in again.
    await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${ids.hr}/reactivate`,
      headers: headers.admin,
    });
    await signInEveryone();
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users,next_review_on",
      `facebook,FenmoorDietetics,Dietetics,Dietetics,live,${PEOPLE.manager}; ${PEOPLE.comms},${PEOPLE.manager},2099-01-01`,
      `x,@fenmoordietetics,Dietetics,Dietetics,live,${PEOPLE.ig}; ${PEOPLE.comms},,2099-01-01`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    // Priya (the successor) holds the training too: a handover goes only to an approved user.
    await trainUp("staff", "manager", "ig");
    const leavers = [
      "email,leaving_on,successor_email",
      `${PEOPLE.manager},2026-12-18,${PEOPLE.staff}`,
      `${PEOPLE.ig},2026-12-31,`,
    ].join("\n");
    const bad = await ok(
      await call("hr", "POST", "/api/v1/accounts/leavers", {
        csv: `${leavers}\nnobody@fenmoor.example,2026-12-01,\n${PEOPLE.admin},31/12/2026,\n${PEOPLE.hr},2026-12-01,${PEOPLE.hr}`,
        dryRun: false,
      }),
    );
    expect(bad.errors.map((e: { line: number }) => e.line)).toEqual([4, 5, 6]);
    expect(bad.errors.map((e: { reason: string }) => e.reason).join("\n")).toMatch(
      /nobody@fenmoor\.example is not a person/,
    );
    expect(bad.errors[1].reason).toMatch(/^leaving_on: a date/);
    expect(bad.handovers).toBe(0);
    const dry = await ok(
      await call("hr", "POST", "/api/v1/accounts/leavers", { csv: leavers, dryRun: true }),
    );
    expect(dry).toMatchObject({ handovers: 3, errors: [] });
    const flagsOf = async (q: string) =>
      (await ok(await call("comms", "GET", `/api/v1/accounts?q=${q}`))).accounts.map(
        (a: { platform: string; flags: { flag: string }[] }) =>
          `${a.platform}: ${a.flags.map((f) => f.flag).join(",")}`,
      );
    expect(await flagsOf("dietetics")).toEqual(["facebook: ", "x: "]);
    const made = await ok(
      await call("hr", "POST", "/api/v1/accounts/leavers", { csv: leavers, dryRun: false }),
    );
    expect(made).toMatchObject({ handovers: 3, errors: [] });
    expect(await flagsOf("dietetics")).toEqual(["facebook: handover_open", "x: handover_open"]);
    const told = await t.deps.db
      .selectFrom("notifications")
      .select(["user_id", "body"])
      .where("kind", "=", "account.handover")
      .execute();
    expect(told.filter((n) => n.user_id === ids.staff)).toHaveLength(1);
    expect(told.filter((n) => n.user_id === ids.comms)).toHaveLength(1);
    expect(told.find((n) => n.user_id === ids.staff)?.body).toMatch(/Take it over by 2026-12-23/);
    const [facebook] = (
      await ok(await call("comms", "GET", "/api/v1/accounts?q=FenmoorDietetics&platform=facebook"))
    ).accounts;
    const detail = await ok(await call("comms", "GET", `/api/v1/accounts/${facebook.id}`));
    expect(
      detail.handovers.map((h: { role: string; successor: string }) => `${h.role} ${h.successor}`).sort(),
    ).toEqual(["admin Priya Shah", "approved_user Priya Shah"]);
    for (const h of detail.handovers)
      await ok(await call("comms", "POST", `/api/v1/accounts/handovers/${h.id}/complete`, {}));
    const again = await call(
      "comms",
      "POST",
      `/api/v1/accounts/handovers/${detail.handovers[0].id}/complete`,
      {},
    );
    expect(again.statusCode).toBe(409);
    const after = await ok(await call("comms", "GET", `/api/v1/accounts/${facebook.id}`));
    expect(after.flags).toEqual([]);
    expect(after.people.map((p: { role: string; name: string }) => `${p.role} ${p.name}`).sort()).toEqual([
      "admin Alex Morgan",
      "admin Priya Shah",
      "approved_user Priya Shah",
    ]);
    expect((await call("staff", "POST", "/api/v1/accounts/leavers", { csv: leavers })).statusCode).toBe(403);
  });

  it("takes a leavers file from HR's system by API token with the leavers scope, and only that scope", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users,next_review_on",
      `instagram,@fenmoorphysio,Physiotherapy,Physiotherapy,live,${PEOPLE.manager}; ${PEOPLE.comms},,2099-01-01`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const tokenFor = async (scope: string) => {
      const made = await call("admin", "POST", "/api/v1/api-tokens", {
        name: `HR feed ${scope}`,
        scopes: [scope],
      });
      expect(made.statusCode, made.body).toBe(201);
      return { authorization: `Bearer ${made.json<{ token: string }>().token}` };
    };
    const leavers = `email,leaving_on,successor_email\n${PEOPLE.manager},2027-01-15,`;
    const post = (auth: Record<string, string>, dryRun: boolean) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/accounts/leavers",
        headers: auth,
        payload: { csv: leavers, dryRun },
      });
    const readOnly = await tokenFor("accounts.register.read");
    expect((await post(readOnly, true)).statusCode).toBe(403);
    const hrFeed = await tokenFor("accounts.leavers");
    const dry = await ok(await post(hrFeed, true));
    expect(dry).toMatchObject({ dryRun: true, errors: [] });
    expect(dry.handovers).toBeGreaterThanOrEqual(1);
    const made = await ok(await post(hrFeed, false));
    expect(made.handovers).toBeGreaterThanOrEqual(1);
    const [account] = (await ok(await call("comms", "GET", "/api/v1/accounts?q=fenmoorphysio"))).accounts;
    expect(account.flags.map((f: { flag: string }) => f.flag)).toContain("handover_open");
    const detail = await ok(await call("comms", "GET", `/api/v1/accounts/${account.id}`));
    // No successor named: the communications team takes it, due within the pack's days of leaving.
    expect(detail.handovers).toMatchObject([
      { role: "admin", leaver: "Tom Hughes", leavingOn: "2027-01-15" },
    ]);
    expect(detail.handovers[0].dueOn > "2027-01-15").toBe(true);
    const audited = await t.deps.db
      .selectFrom("audit_events")
      .select(["action", "actor_kind"])
      .where("entity_id", "=", account.id)
      .where("action", "=", "account.handover_created")
      .execute();
    expect(audited).toEqual([{ action: "account.handover_created", actor_kind: "api_token" }]);
    // The token may not complete the handover: that is the communications team's step.
    const complete = await t.app.inject({
      method: "POST",
      url: `/api/v1/accounts/handovers/${detail.handovers[0].id}/complete`,
      headers: hrFeed,
      payload: {},
    });
    expect(complete.statusCode).toBe(403);
  });

  it("refuses a handover to a successor who is not an approved user, naming the module, until they are", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users,next_review_on",
      `x,@fenmoorpharmacy,Pharmacy,Pharmacy,live,${PEOPLE.manager}; ${PEOPLE.comms},,2099-01-01`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const leavers = `email,leaving_on,successor_email\n${PEOPLE.manager},2026-12-18,${PEOPLE.hr}`;
    await ok(await call("hr", "POST", "/api/v1/accounts/leavers", { csv: leavers, dryRun: false }));
    const [account] = (await ok(await call("comms", "GET", "/api/v1/accounts?q=fenmoorpharmacy"))).accounts;
    const detail = await ok(await call("comms", "GET", `/api/v1/accounts/${account.id}`));
    expect(detail.handovers).toHaveLength(1);
    const url = `/api/v1/accounts/handovers/${detail.handovers[0].id}/complete`;
    // Rachel Owen (HR) has the induction module but not the communications team's platform training.
    const refused = await call("comms", "POST", url, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      "Rachel Owen is not an approved user yet, so cannot take over as the account's admin: Platform training by the communications team: not done (RWT Attachment 2 §3.4 (go through training with the communications team)).",
    );
    // Naming someone else who is not trained either is refused the same way.
    const other = await call("comms", "POST", url, { successorId: ids.admin });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.message).toMatch(/^Chris Taylor is not an approved user yet/);
    // Nothing changed: the leaver is still on, the handover still open and flagged.
    const still = await ok(await call("comms", "GET", `/api/v1/accounts/${account.id}`));
    expect(still.handovers).toHaveLength(1);
    expect(still.flags.map((f: { flag: string }) => f.flag)).toContain("handover_open");
    expect(still.people.map((p: { name: string }) => p.name).sort()).toEqual(["Alex Morgan", "Tom Hughes"]);
    await ok(
      await call("hr", "POST", "/api/v1/training/completions", {
        userId: ids.hr,
        moduleId: "platform_training",
        completedOn: "2026-11-20",
      }),
    );
    expect(await ok(await call("comms", "POST", url, {}))).toEqual({ done: true });
    const after = await ok(await call("comms", "GET", `/api/v1/accounts/${account.id}`));
    expect(after.people.map((p: { role: string; name: string }) => `${p.role} ${p.name}`).sort()).toEqual([
      "admin Alex Morgan",
      "admin Rachel Owen",
    ]);
  });

  it("answers hostile text in the form and the CSV files with 200 or a 4xx, never a 500", async () => {
    let checked = 0;
    for (const text of BLNS) {
      const created = await call(
        "staff",
        "POST",
        "/api/v1/account-requests",
        form({ service: text, handle: text }),
      );
      expect(created.statusCode, JSON.stringify(text)).toBeLessThan(500);
      const line = `x,"${text.replaceAll('"', '""')}",Name,Service,live`;
      for (const [url, csv] of [
        ["/api/v1/accounts/import", `platform,handle,name,owning_service,status\n${line}`],
        ["/api/v1/accounts/leavers", `email,leaving_on\n"${text.replaceAll('"', '""')}",2030-01-01`],
      ] as const) {
        const res = await call("comms", "POST", url, { csv, dryRun: true });
        expect(res.statusCode, `${url} ${JSON.stringify(text)}`).toBeLessThan(500);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(400);
  }, 240_000);
});
