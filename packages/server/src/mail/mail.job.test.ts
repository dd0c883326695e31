import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inboundItem, organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { type LoopbackSmtp, SMTP_PASSWORD, startLoopbackSmtp } from "../../test/helpers/smtp-server.js";
import { createTestDeps, TestClock, testConfig } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { ingestItems } from "../inbox/ingest.service.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { seedDemo } from "../organisations/seed-demo.js";
import { SecretValue } from "../secrets/secret-value.js";
import { sendMailJob } from "./mail.job.js";
import type { MailSettings } from "./mail-settings.js";

const CRISIS = "I can't go on any more, I've taken all my tablets tonight and I want it to end.";
const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> \u202Eevil\u202C ${"padding ".repeat(2000)}`;
const TEN_MINUTES = 10 * 60 * 1000 + 1000;

describe.each(TEST_DATABASES)("e-mail through SMTP on %s", (kind) => {
  let database: TestDatabase;
  let smtp: LoopbackSmtp;
  let deps: Deps;
  let organisationId: string;
  let comms: string;
  const clock = new TestClock();

  async function depsWith(settings: MailSettings): Promise<Deps> {
    return createTestDeps(database, { clock, config: { ...testConfig(), mail: settings } });
  }

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedDemo(database.db, await createTestDeps(database));
    smtp = await startLoopbackSmtp();
    deps = await depsWith(smtp.settings());
    organisationId = await organisationIdOf(deps);
    comms = await userIdOf(deps, "comms@fenmoor.example");
    await deps.db
      .updateTable("organisations")
      .set({ pack_id: "tewv" })
      .where("id", "=", organisationId)
      .execute();
  });
  afterAll(async () => {
    await smtp.close();
    await database.dispose();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.faults.length = 0;
  });

  let counter = 0;
  /** A notification for the communications officer and its e-mail job, as a service would make them. */
  async function enqueueAlertFor(using: Deps = deps): Promise<string> {
    counter += 1;
    return using.db.transaction().execute(async (trx) => {
      const [made] = await insertNotifications(trx, {
        organisationId,
        userIds: [comms],
        kind: `test.alert.v${counter}`,
        title: "Crisis: a message needs someone now",
        body: "A comment arrived that may need action at once.",
        itemId: null,
        now: clock.now(),
      });
      if (!made) throw new Error("no notification was made");
      await using.jobs.enqueue(
        trx,
        sendMailJob,
        { template: "alert", notificationId: made.id },
        { key: `alert:${made.id}:${comms}`, organisationId },
      );
      return made.id;
    });
  }
  const mailJobs = () =>
    deps.db
      .selectFrom("jobs")
      .select(["status", "attempts", "last_error"])
      .where("kind", "=", "mail.send")
      .execute();

  it("e-mails a crisis alert to each person on duty once, with the public's words escaped and bounded", async () => {
    await ingestItems(deps, {
      organisationId,
      accountId: null,
      actor: SYSTEM_ACTOR,
      source: "import",
      items: [inboundItem({ externalId: "mail-crisis-1", text: `${HOSTILE} ${CRISIS}` })],
    });
    await runJobs(deps);
    const told = await deps.db
      .selectFrom("notifications")
      .innerJoin("users", "users.id", "notifications.user_id")
      .select("users.email")
      .where("notifications.kind", "like", "inbox.crisis.%")
      .execute();
    expect(told.length, "the pack's alert roles are told in-app").toBeGreaterThanOrEqual(2);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(told.map((t) => t.email).sort());
    for (const mail of smtp.received) {
      const { subject, text, html } = mail.parsed;
      expect(subject).toMatch(/^\[Parapet\] Crisis/);
      expect(typeof html === "string" && html.length > 0).toBe(true);
      const body = String(html);
      expect(body, "the public's markup is text in the HTML part").toContain("&lt;script&gt;");
      expect(body).not.toMatch(/<script|<img/i);
      expect(text, "the plain-text part quotes it as it was written").toContain(
        '<script>alert("x")</script>',
      );
      expect(`${text}${body}`).not.toContain("\u202E");
      expect(body.length + String(text).length, "the quote is bounded, not the whole message").toBeLessThan(
        4000,
      );
      expect(text).toContain("https://parapet.fenmoor.example.nhs.uk/inbox");
    }
    // Run again: nothing more is sent.
    await runJobs(deps);
    clock.advance(TEN_MINUTES);
    await runJobs(deps);
    expect(smtp.received.length).toBe(told.length);
  });

  it("sends every attempt of one job with the same Message-ID", async () => {
    smtp.faults.push({ kind: "drop", at: "data" });
    await enqueueAlertFor();
    await runJobs(deps);
    clock.advance(TEN_MINUTES);
    await runJobs(deps);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.parsed.messageId).toMatch(/^<[0-9a-f]{32}@fenmoor\.example\.nhs\.uk>$/);
  });

  it.each([
    { kind: "refuse", at: "rcpt", code: 451 },
    { kind: "refuse", at: "data", code: 554 },
    { kind: "refuse", at: "rcpt", code: 421 },
    { kind: "drop", at: "mail" },
    { kind: "drop", at: "data" },
  ] as const)("tries again after the server fails it (%o), and the e-mail arrives once", async (fault) => {
    smtp.faults.push(fault, fault);
    const connectionsBefore = smtp.connections;
    await enqueueAlertFor();
    await runJobs(deps);
    expect(smtp.received).toHaveLength(0);
    const [failed] = await mailJobs().then((jobs) => jobs.filter((j) => j.status === "pending"));
    expect(failed?.attempts).toBe(1);
    expect(failed?.last_error).toMatch(/mail server at 127\.0\.0\.1/);
    clock.advance(TEN_MINUTES);
    await runJobs(deps);
    expect(smtp.received).toHaveLength(0);
    clock.advance(TEN_MINUTES);
    await runJobs(deps);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.connections - connectionsBefore).toBe(3);
    clock.advance(TEN_MINUTES);
    await runJobs(deps);
    expect(smtp.received).toHaveLength(1);
    expect((await mailJobs()).filter((j) => j.status !== "succeeded")).toEqual([]);
  });

  it("never writes the password into what went wrong", async () => {
    const wrong = await depsWith(
      smtp.settings({ auth: { user: "parapet", pass: new SecretValue(`${SMTP_PASSWORD}-old`) } }),
    );
    await enqueueAlertFor(wrong);
    await runJobs(wrong);
    expect(smtp.received).toHaveLength(0);
    const jobs = await mailJobs();
    const failed = jobs.filter((j) => j.status === "pending");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.last_error).toMatch(/535|Authentication|Invalid login/i);
    expect(JSON.stringify(jobs)).not.toContain(SMTP_PASSWORD);
    // Tidy up: with the right password the job goes through.
    clock.advance(TEN_MINUTES);
    await runJobs(deps);
    expect(smtp.received).toHaveLength(1);
  });

  it("refuses to send without STARTTLS when the settings require it, and sends over it when offered", async () => {
    const plain = await startLoopbackSmtp({ starttls: false });
    try {
      const requiring = await depsWith(plain.settings());
      await enqueueAlertFor(requiring);
      await runJobs(requiring);
      expect(plain.received).toHaveLength(0);
      const failed = (await mailJobs()).filter((j) => j.status === "pending");
      expect(failed).toHaveLength(1);
      expect(failed[0]?.last_error).toMatch(/STARTTLS/);
      expect(failed[0]?.last_error).not.toContain(SMTP_PASSWORD);
      // The same job, once the server is one that offers STARTTLS, goes through.
      clock.advance(TEN_MINUTES);
      await runJobs(deps);
      expect(smtp.received).toHaveLength(1);
      // And a certificate nobody trusts is refused, not accepted quietly.
      const untrusting = await depsWith(smtp.settings({ ca: plain.cert }));
      await enqueueAlertFor(untrusting);
      await runJobs(untrusting);
      expect(smtp.received).toHaveLength(1);
      const refused = (await mailJobs()).filter((j) => j.status === "pending");
      expect(refused[0]?.last_error).toMatch(/certificate|self.signed/i);
      clock.advance(TEN_MINUTES);
      await runJobs(deps);
      expect(smtp.received).toHaveLength(2);
    } finally {
      await plain.close();
    }
  });
});
