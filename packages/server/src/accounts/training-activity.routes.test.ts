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
import { connectAccount } from "../inbox/inbox-accounts.service.js";
import { remindExpiringTraining } from "./training.service.js";

/**
 * Two things the register learns from the rest of the app. Training that gates approved users (CORP-0068 §3.2 and §7.2; RWT Attachment 2 §3.4): records by
 * hand and by CSV, the approved-user standing, and the two places the app refuses someone who is
 * not an approved user — being made an account's admin, and sending a reply from an account.
 * And activity for dormancy (RWT Attachment 2 §3.4): replies sent from a linked inbox account,
 * or activity entered by hand.
 */
const PEOPLE = {
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
  comms: "comms@fenmoor.example",
  head: "head-of-comms@fenmoor.example",
  hr: "hr@fenmoor.example",
  ig: "ig@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;

describe.each(TEST_DATABASES)("training records and account activity over HTTP on %s", (kind) => {
  const t = useTestApp(kind);
  const headers = {} as Record<Who, Record<string, string>>;
  const ids = {} as Record<Who, string>;
  let graph: GraphPlatform;
  let inboxAccountId: string;

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    const organisationId = await organisationIdOf(t.deps);
    for (const who of Object.keys(PEOPLE) as Who[]) {
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
      ids[who] = await userIdOf(t.deps, PEOPLE[who]);
    }
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    inboxAccountId = (
      await connectAccount(
        t.deps,
        { kind: "user", id: admin, organisationId, roles: ["admin"] },
        testFacebookAccount(graph.baseUrl),
      )
    ).id;
  });
  afterAll(async () => {
    await graph?.close();
  });

  const call = (who: Who, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: headers[who],
      ...(payload ? { payload: payload as Record<string, unknown> } : {}),
    });
  async function ok(res: Awaited<ReturnType<typeof call>>) {
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const today = () => t.clock.now().toISOString().slice(0, 10);
  const personOf = async (who: Who) =>
    (await ok(await call("hr", "GET", "/api/v1/training"))).people.find(
      (p: { id: string }) => p.id === ids[who],
    );

  it("lists the pack's modules and everyone's standing, in words, with the clause", async () => {
    const records = await ok(await call("comms", "GET", "/api/v1/training"));
    expect(records.clause).toMatch(/CORP-0068 §3\.2/);
    expect(
      records.modules.filter((m: { required: boolean }) => m.required).map((m: { label: string }) => m.label),
    ).toEqual(["Social media policy (induction)", "Platform training by the communications team"]);
    const comms = await personOf("comms");
    expect(comms).toMatchObject({ name: "Alex Morgan", approvedUser: true, reasons: [] });
    const staff = await personOf("staff");
    expect(staff.approvedUser).toBe(false);
    expect(staff.reasons).toEqual([
      "Platform training by the communications team: not done (RWT Attachment 2 §3.4 (go through training with the communications team))",
    ]);
    expect(staff.modules.map((m: { stateLabel: string }) => m.stateLabel)).toContain("Not done");
    const mine = await ok(await call("staff", "GET", "/api/v1/training/me"));
    expect(mine).toMatchObject({ approvedUser: false, reasons: staff.reasons });
  });

  it("lets only those the permission table allows see everyone's records or record them", async () => {
    expect((await call("staff", "GET", "/api/v1/training")).statusCode).toBe(403);
    expect((await call("manager", "GET", "/api/v1/training")).statusCode).toBe(403);
    const attempt = await call("ig", "POST", "/api/v1/training/completions", {
      userId: ids.staff,
      moduleId: "platform_training",
      completedOn: today(),
    });
    expect(attempt.statusCode).toBe(403);
  });

  it("refuses a completion in the future, a module the pack does not have, or a date that does not exist", async () => {
    const post = (body: object) => call("hr", "POST", "/api/v1/training/completions", body);
    const future = await post({
      userId: ids.staff,
      moduleId: "platform_training",
      completedOn: "2999-01-01",
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toMatch(/future/);
    const unknown = await post({ userId: ids.staff, moduleId: "juggling", completedOn: today() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/not one of your policy's modules/);
    expect(
      (await post({ userId: ids.staff, moduleId: "platform_training", completedOn: "2026-02-30" }))
        .statusCode,
    ).toBe(400);
    expect((await personOf("staff")).approvedUser).toBe(false);
  });

  it("imports a workforce system's CSV all or nothing, naming every bad row by line", async () => {
    const good = [
      "email,module,completed_on",
      `${PEOPLE.manager},Platform training by the communications team,${today()}`,
      `${PEOPLE.ig},platform_training,${today()}`,
    ];
    const bad = await ok(
      await call("hr", "POST", "/api/v1/training/import", {
        csv: [
          ...good,
          `nobody@fenmoor.example,platform_training,${today()}`,
          `${PEOPLE.ig},Underwater basket weaving,${today()}`,
          `${PEOPLE.ig},platform_training,03/12/2026`,
          `${PEOPLE.ig},platform_training,2999-01-01`,
        ].join("\n"),
        dryRun: false,
      }),
    );
    expect(bad.errors.map((e: { line: number }) => e.line)).toEqual([4, 5, 6, 7]);
    expect(bad.errors.map((e: { reason: string }) => e.reason).join("\n")).toMatch(
      /nobody@fenmoor\.example is not a person[\s\S]*Underwater basket weaving is not one of[\s\S]*completed_on: a date as YYYY-MM-DD[\s\S]*future/,
    );
    expect(bad.imported).toBe(0);
    expect((await personOf("manager")).approvedUser).toBe(false);
    const dry = await ok(await call("hr", "POST", "/api/v1/training/import", { csv: good.join("\n") }));
    expect(dry).toMatchObject({ dryRun: true, imported: 0, errors: [] });
    const done = await ok(
      await call("hr", "POST", "/api/v1/training/import", { csv: good.join("\n"), dryRun: false }),
    );
    expect(done).toMatchObject({ imported: 2, errors: [] });
    expect((await personOf("manager")).approvedUser).toBe(true);
    const again = await ok(
      await call("hr", "POST", "/api/v1/training/import", { csv: good.join("\n"), dryRun: false }),
    );
    expect(again.imported).toBe(0);
    const headerOnly = await call("hr", "POST", "/api/v1/training/import", {
      csv: "email,module",
      dryRun: false,
    });
    expect(headerOnly.statusCode).toBe(400);
    expect(headerOnly.json().error.message).toMatch(/^Line 1: /);
  });

  it("refuses to make someone an account admin until they are an approved user, and flags an account whose people are not", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users",
      `facebook,FenmoorPodiatryTraining,Podiatry,Podiatry,live,${PEOPLE.comms}; ${PEOPLE.head},${PEOPLE.staff}`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const { accounts } = await ok(await call("comms", "GET", "/api/v1/accounts?q=podiatrytraining"));
    const account = accounts[0];
    expect(account.flags.map((f: { label: string }) => f.label)).toEqual([
      "An admin or approved user's training is not in date",
    ]);
    const refused = await call("comms", "POST", `/api/v1/accounts/${account.id}/people`, {
      userId: ids.hr,
      role: "admin",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      "Rachel Owen is not an approved user yet, so cannot be an account's admin: Platform training by the communications team: not done (RWT Attachment 2 §3.4 (go through training with the communications team)).",
    );
    for (const who of ["hr", "staff"] as const)
      await ok(
        await call("comms", "POST", "/api/v1/training/completions", {
          userId: ids[who],
          moduleId: "platform_training",
          completedOn: today(),
        }),
      );
    await ok(
      await call("comms", "POST", `/api/v1/accounts/${account.id}/people`, { userId: ids.hr, role: "admin" }),
    );
    const after = await ok(await call("comms", "GET", `/api/v1/accounts/${account.id}`));
    expect(after.flags).toEqual([]);
  });

  it("refuses a reply from an officer whose training is not in date, saying which module", async () => {
    await t.deps.db.deleteFrom("training_completions").where("user_id", "=", ids.comms).execute();
    const body = feedComment({
      commentId: "c-training",
      text: "What time does the clinic open?",
      at: t.clock.now(),
    });
    const delivered = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${inboxAccountId}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      payload: body,
    });
    expect(delivered.statusCode).toBe(200);
    await runJobs(t.deps);
    const queue = await ok(await call("comms", "GET", "/api/v1/inbox?limit=100"));
    const item = queue.items.find((i: { text?: string; excerpt?: string }) =>
      JSON.stringify(i).includes("What time does the clinic open?"),
    );
    expect(item).toBeDefined();
    const refused = await call("comms", "POST", `/api/v1/inbox/${item.id}/reply`, {
      text: "We open at 9am.",
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(
      /^You are not an approved user yet, so you cannot send replies from your organisation's accounts: Social media policy \(induction\): not done/,
    );
    for (const moduleId of ["social_media_policy", "platform_training"])
      await ok(
        await call("head", "POST", "/api/v1/training/completions", {
          userId: ids.comms,
          moduleId,
          completedOn: today(),
        }),
      );
    const sent = await call("comms", "POST", `/api/v1/inbox/${item.id}/reply`, { text: "We open at 9am." });
    expect(sent.statusCode, sent.body).toBe(200);
  });

  it("flags an account quiet for the pack's months, until activity is entered by hand", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins",
      `x,@fenmoorquiet,Quiet one,Podiatry,live,${PEOPLE.comms}; ${PEOPLE.head}`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const { accounts } = await ok(await call("comms", "GET", "/api/v1/accounts?q=fenmoorquiet"));
    const id = accounts[0].id;
    const flags = async () =>
      (await ok(await call("comms", "GET", `/api/v1/accounts/${id}`))).flags.map(
        (f: { flag: string }) => f.flag,
      );
    expect(await flags()).toEqual([]);
    const fourMonthsAgo = new Date(t.clock.now().getTime() - 122 * 24 * 60 * 60 * 1000);
    await t.deps.db
      .updateTable("registered_accounts")
      .set({ created_at: fourMonthsAgo })
      .where("id", "=", id)
      .execute();
    expect(await flags()).toEqual(["no_recent_activity"]);
    const future = await call("comms", "POST", `/api/v1/accounts/${id}/activity`, { on: "2999-01-01" });
    expect(future.statusCode).toBe(400);
    expect((await call("staff", "POST", `/api/v1/accounts/${id}/activity`, { on: today() })).statusCode).toBe(
      403,
    );
    await ok(await call("comms", "POST", `/api/v1/accounts/${id}/activity`, { on: today() }));
    const account = await ok(await call("comms", "GET", `/api/v1/accounts/${id}`));
    expect(account.lastActivityOn).toBe(today());
    expect(account.flags).toEqual([]);
  });

  it("counts a reply sent from the linked inbox account as the register account's activity", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins",
      `facebook,FenmoorLinked,Linked page,Podiatry,live,${PEOPLE.comms}; ${PEOPLE.head}`,
    ].join("\n");
    await ok(await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false }));
    const { accounts } = await ok(await call("comms", "GET", "/api/v1/accounts?q=fenmoorlinked"));
    const id = accounts[0].id;
    const longAgo = new Date(t.clock.now().getTime() - 200 * 24 * 60 * 60 * 1000);
    await t.deps.db
      .updateTable("registered_accounts")
      .set({ created_at: longAgo })
      .where("id", "=", id)
      .execute();
    const before = await ok(await call("comms", "GET", `/api/v1/accounts/${id}`));
    expect(before.inboxAccountChoices.map((c: { id: string }) => c.id)).toContain(inboxAccountId);
    expect(before.flags.map((f: { flag: string }) => f.flag)).toContain("no_recent_activity");
    await ok(await call("comms", "PUT", `/api/v1/accounts/${id}/inbox-account`, { inboxAccountId }));
    const comment = graph.comment("c-activity");
    const body = feedComment({
      commentId: "c-activity",
      text: "Is the podiatry clinic open on Saturdays?",
      at: t.clock.now(),
    });
    await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${inboxAccountId}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      payload: body,
    });
    await runJobs(t.deps);
    const queue = await ok(await call("comms", "GET", "/api/v1/inbox?limit=100"));
    const item = queue.items.find((i: object) =>
      JSON.stringify(i).includes("podiatry clinic open on Saturdays"),
    );
    await ok(
      await call("comms", "POST", `/api/v1/inbox/${item.id}/reply`, { text: "Yes, from 9 until 12." }),
    );
    await runJobs(t.deps);
    expect(comment.replies).toEqual(["Yes, from 9 until 12."]);
    const after = await ok(await call("comms", "GET", `/api/v1/accounts/${id}`));
    expect(after.inboxAccount).toBe(inboxAccountId);
    expect(after.lastActivityOn).toBe(today());
    expect(after.flags.map((f: { flag: string }) => f.flag)).not.toContain("no_recent_activity");
  });

  it("reminds a person once, 30 days before a module expires", async () => {
    const organisationId = await organisationIdOf(t.deps);
    const completedOn = new Date(t.clock.now());
    completedOn.setUTCMonth(completedOn.getUTCMonth() - 12);
    completedOn.setUTCDate(completedOn.getUTCDate() + 10);
    await ok(
      await call("hr", "POST", "/api/v1/training/completions", {
        userId: ids.ig,
        moduleId: "social_media_refresher",
        completedOn: completedOn.toISOString().slice(0, 10),
      }),
    );
    expect(await remindExpiringTraining(t.deps, organisationId)).toBeGreaterThanOrEqual(1);
    expect(await remindExpiringTraining(t.deps, organisationId)).toBe(0);
    const told = await t.deps.db
      .selectFrom("notifications")
      .select(["title"])
      .where("user_id", "=", ids.ig)
      .where("kind", "=", "training.expiring")
      .execute();
    expect(told.map((n) => n.title)).toEqual([
      expect.stringMatching(/^Social media annual refresher expires on \d{4}-\d{2}-\d{2}$/),
    ]);
  });
});
