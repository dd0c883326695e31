import { EMPTY_REQUEST_FORM } from "@parapet/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runJobs } from "../../test/helpers/inbox.js";
import { userIdByEmail } from "../../test/helpers/people.js";
import { type LoopbackSmtp, startLoopbackSmtp } from "../../test/helpers/smtp-server.js";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { isoDay } from "./dates.js";
import { remindAccountReviews } from "./review-reminder.service.js";
import { remindExpiringTraining } from "./training.service.js";

const PEOPLE = {
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
  comms: "comms@fenmoor.example",
  ig: "ig@fenmoor.example",
  hr: "hr@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PUBLIC_URL = "https://parapet.fenmoor.example.nhs.uk";

/**
 * Issue 15, "every step notifies the next person": the register's notifications are e-mailed
 * too (through the mail job, to SMTP on loopback), so a line manager who never opens Parapet
 * is still asked to endorse, and a successor is told of a handover.
 */
describe.each(TEST_DATABASES)("the account register's e-mail on %s", (kind) => {
  let smtp: LoopbackSmtp;
  let t: TestApp;
  const headers = {} as Record<Who, Record<string, string>>;
  const ids = {} as Record<Who, string>;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    t = await startTestApp(kind, { mail: smtp.settings() });
    await t.deps.db.updateTable("organisations").set({ pack_id: "rwt" }).execute();
    for (const who of Object.keys(PEOPLE) as Who[]) {
      ids[who] = await userIdByEmail(t.deps.db, PEOPLE[who]);
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    await runJobs(t.deps);
    smtp.received.length = 0;
  });

  const organisationId = async () =>
    (await t.deps.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow()).id;
  const inApp = async (who: Who, kind: string) =>
    (
      await t.deps.db
        .selectFrom("notifications")
        .select("id")
        .where("user_id", "=", ids[who])
        .where("kind", "=", kind)
        .execute()
    ).length;
  const podiatryRequest = (handle: string) => ({
    ...EMPTY_REQUEST_FORM,
    service: "Podiatry",
    purpose: "Tell patients about clinic changes.",
    objectives: "Fewer missed appointments.",
    audience: "Patients and carers in the county",
    contentPlan: "Clinic news on Mondays, advice on Wednesdays and Fridays.",
    postsPerWeek: 4,
    approvedUsersTrained: true,
    moderationPlan: "Priya checks comments at 9am and 4pm every weekday.",
    moderatedEveryWeekday: true,
    cover: "Tom Hughes",
    foiTrained: true,
    proposedName: `Fenmoor ${handle}`,
    handle,
    approvedUserIds: [ids.staff],
    lineManagerId: ids.manager,
  });

  async function call(who: Who, method: "POST" | "PUT", url: string, payload: object) {
    const res = await t.app.inject({ method, url, headers: headers[who], payload });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const mailTo = (email: string) => smtp.received.filter((m) => m.to[0] === email);
  /** The e-mail's words without its link: labels only, never an internal id. */
  const wordsOf = (text: string) =>
    text
      .split("\n")
      .filter((line) => !line.includes(PUBLIC_URL))
      .join("\n");

  it("e-mails the line manager when a request is submitted, with its name, its platform and a link to it", async () => {
    const { id } = await call("staff", "POST", "/api/v1/account-requests", {
      ...EMPTY_REQUEST_FORM,
      service: "Podiatry",
      purpose: "Tell patients about clinic changes.",
      objectives: "Fewer missed appointments.",
      audience: "Patients and carers in the county",
      contentPlan: "Clinic news on Mondays, advice on Wednesdays and Fridays.",
      postsPerWeek: 4,
      approvedUsersTrained: true,
      moderationPlan: "Priya checks comments at 9am and 4pm every weekday.",
      moderatedEveryWeekday: true,
      cover: "Tom Hughes",
      foiTrained: true,
      proposedName: "Fenmoor Podiatry",
      handle: "fenmoorpodiatry",
      approvedUserIds: [ids.staff],
      lineManagerId: ids.manager,
    });
    await call("staff", "POST", `/api/v1/account-requests/${id}/steps`, { event: "submit" });
    expect(smtp.received).toHaveLength(0);
    await runJobs(t.deps);
    expect(smtp.received.map((m) => m.to[0])).toEqual([PEOPLE.manager]);
    const { subject, text, html } = mailTo(PEOPLE.manager)[0]?.parsed ?? {};
    expect(subject).toBe("[Parapet] An account request needs your endorsement");
    expect(text).toContain("Fenmoor Podiatry on Facebook for Podiatry");
    expect(text).toContain(`${PUBLIC_URL}/accounts/request?id=${id}`);
    expect(html).toContain(`href="${PUBLIC_URL}/accounts/request?id=${id}"`);
    expect(wordsOf(text ?? "")).not.toMatch(UUID);
    expect(subject).not.toMatch(UUID);

    // The next step e-mails the next people (communications), not the line manager again.
    await call("manager", "POST", `/api/v1/account-requests/${id}/steps`, { event: "endorse" });
    await runJobs(t.deps);
    expect(mailTo(PEOPLE.manager)).toHaveLength(1);
    expect(mailTo(PEOPLE.comms).map((m) => m.parsed.subject)).toEqual([
      "[Parapet] An account request is ready for communications review",
    ]);
  });

  it("e-mails a handover task to the named successor, or to the communications team when none is named", async () => {
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users,next_review_on",
      `facebook,FenmoorDietetics,Dietetics,Dietetics,live,${PEOPLE.manager}; ${PEOPLE.comms},${PEOPLE.manager},2099-01-01`,
      `x,@fenmoorphysio,Physiotherapy,Physiotherapy,live,${PEOPLE.ig}; ${PEOPLE.comms},,2099-01-01`,
    ].join("\n");
    await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false });
    for (const moduleId of ["social_media_policy", "platform_training"])
      await call("hr", "POST", "/api/v1/training/completions", {
        userId: ids.staff,
        moduleId,
        completedOn: "2026-11-01",
      });
    await runJobs(t.deps);
    smtp.received.length = 0;
    const leavers = [
      "email,leaving_on,successor_email",
      `${PEOPLE.manager},2026-12-18,${PEOPLE.staff}`,
      `${PEOPLE.ig},2026-12-31,`,
    ].join("\n");
    await call("hr", "POST", "/api/v1/accounts/leavers", { csv: leavers, dryRun: false });
    await runJobs(t.deps);
    // One e-mail per account and person, however many roles the leaver held on it.
    const toSuccessor = mailTo(PEOPLE.staff);
    expect(toSuccessor).toHaveLength(1);
    expect(toSuccessor[0]?.parsed.subject).toBe("[Parapet] An account needs handing over");
    expect(toSuccessor[0]?.parsed.text).toMatch(/FenmoorDietetics: .*Take it over by 2026-12-23/);
    expect(toSuccessor[0]?.parsed.text).toMatch(
      new RegExp(`${PUBLIC_URL}/accounts/account\\?id=${UUID.source}`),
    );
    const toComms = mailTo(PEOPLE.comms);
    expect(toComms).toHaveLength(1);
    expect(toComms[0]?.parsed.text).toContain("@fenmoorphysio");
    for (const mail of [...toSuccessor, ...toComms])
      expect(wordsOf(mail.parsed.text ?? "")).not.toMatch(UUID);
    expect(mailTo(PEOPLE.manager)).toHaveLength(0);
  });

  it("reminds an account's admins and communications, once, 30 days before its review falls due", async () => {
    const inDays = (n: number) => isoDay(new Date(t.clock.now().getTime() + n * 24 * 60 * 60 * 1000));
    const csv = [
      "platform,handle,name,owning_service,status,admins,approved_users,next_review_on",
      `instagram,fenmoormidwives,Midwives,Maternity,live,${PEOPLE.staff}; ${PEOPLE.comms},,${inDays(10)}`,
      `instagram,fenmoorhealthvisitors,Health visitors,Children,live,${PEOPLE.staff}; ${PEOPLE.comms},,${inDays(60)}`,
    ].join("\n");
    await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false });
    await runJobs(t.deps);
    smtp.received.length = 0;
    const organisationId = (
      await t.deps.db.selectFrom("organisations").select("id").executeTakeFirstOrThrow()
    ).id;
    expect(await remindAccountReviews(t.deps, organisationId)).toBe(1);
    // A second run (a retry, another worker) tells nobody twice.
    expect(await remindAccountReviews(t.deps, organisationId)).toBe(0);
    await runJobs(t.deps);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(
      expect.arrayContaining([PEOPLE.comms, PEOPLE.staff]),
    );
    for (const mail of smtp.received) {
      expect(mail.parsed.subject).toBe(
        `[Parapet] fenmoormidwives on Instagram is due for review on ${inDays(10)}`,
      );
      expect(mail.parsed.text).toContain(`${PUBLIC_URL}/accounts/review?id=`);
      expect(wordsOf(mail.parsed.text ?? "")).not.toMatch(UUID);
    }
    expect(smtp.received.some((m) => m.parsed.text?.includes("fenmoorhealthvisitors"))).toBe(false);
  });

  it("lets a person turn e-mail for account requests off: still told in the app, not e-mailed, until they turn it on", async () => {
    const choose = (email: boolean) =>
      call("manager", "PUT", "/api/v1/notifications/preferences", {
        preferences: [{ kind: "account_request", email }],
      });
    const off = await choose(false);
    expect(off.register.find((p: { kind: string }) => p.kind === "account_request")).toMatchObject({
      email: false,
    });
    const before = await inApp("manager", "account_request.submit");
    const first = await call("staff", "POST", "/api/v1/account-requests", podiatryRequest("fenmoorfeet"));
    await call("staff", "POST", `/api/v1/account-requests/${first.id}/steps`, { event: "submit" });
    await runJobs(t.deps);
    expect(await inApp("manager", "account_request.submit")).toBe(before + 1);
    expect(mailTo(PEOPLE.manager)).toHaveLength(0);
    // Another kind is not touched by this choice, and the choice is audited.
    const audit = await t.deps.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "=", "user.notification_preferences_changed")
      .where("actor_id", "=", ids.manager)
      .execute();
    expect(audit).toHaveLength(1);

    await choose(true);
    const second = await call("staff", "POST", "/api/v1/account-requests", podiatryRequest("fenmoortoes"));
    await call("staff", "POST", `/api/v1/account-requests/${second.id}/steps`, { event: "submit" });
    await runJobs(t.deps);
    expect(mailTo(PEOPLE.manager).map((m) => m.parsed.text?.includes("Fenmoor fenmoortoes"))).toEqual([true]);
  });

  it("refuses a kind it does not know, with 400 and nothing changed", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: "/api/v1/notifications/preferences",
      headers: headers.staff,
      payload: { preferences: [{ kind: "everything", email: false }] },
    });
    expect(res.statusCode).toBe(400);
    const stored = await t.deps.db
      .selectFrom("notification_preferences")
      .select("kind")
      .where("user_id", "=", ids.staff)
      .execute();
    expect(stored).toEqual([]);
  });

  it("e-mails a reminder before training expires, except to those who turned it off", async () => {
    // The annual refresher, done 11 months and 20 days ago: it expires in about ten days.
    const done = new Date(t.clock.now());
    done.setUTCMonth(done.getUTCMonth() - 12);
    done.setUTCDate(done.getUTCDate() + 10);
    for (const who of ["staff", "ig"] as const)
      await call("hr", "POST", "/api/v1/training/completions", {
        userId: ids[who],
        moduleId: "social_media_refresher",
        completedOn: isoDay(done),
      });
    await call("ig", "PUT", "/api/v1/notifications/preferences", {
      preferences: [{ kind: "training_expiring", email: false }],
    });
    await runJobs(t.deps);
    smtp.received.length = 0;
    expect(await remindExpiringTraining(t.deps, await organisationId())).toBeGreaterThanOrEqual(2);
    await runJobs(t.deps);
    expect(await inApp("staff", "training.expiring")).toBe(1);
    expect(await inApp("ig", "training.expiring")).toBe(1);
    const toStaff = mailTo(PEOPLE.staff);
    expect(toStaff).toHaveLength(1);
    expect(toStaff[0]?.parsed.subject).toMatch(/Social media annual refresher expires on \d{4}-\d{2}-\d{2}/);
    expect(toStaff[0]?.parsed.text).toContain(`${PUBLIC_URL}/training`);
    expect(mailTo(PEOPLE.ig)).toHaveLength(0);
  });
});
