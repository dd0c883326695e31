import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inboundItem, organisationIdOf, runJobs } from "../../test/helpers/inbox.js";
import { type LoopbackSmtp, startLoopbackSmtp } from "../../test/helpers/smtp-server.js";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import { ingestItems } from "../inbox/ingest.service.js";

const CRISIS = "I can't go on any more, I've taken all my tablets tonight and I want it to end.";
const GOOD_PASSWORD = "kettle orbit pancake lantern";

describe.each(TEST_DATABASES)("notification preferences and e-mailed invitations on %s", (kind) => {
  let t: TestApp;
  let smtp: LoopbackSmtp;
  let comms: SignedIn;
  let head: SignedIn;
  let staff: SignedIn;
  let organisationId: string;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    t = await startTestApp(kind, { mail: smtp.settings() });
    organisationId = await organisationIdOf(t.deps);
    await t.deps.db
      .updateTable("organisations")
      .set({ pack_id: "tewv" })
      .where("id", "=", organisationId)
      .execute();
    comms = await signInAs(t.app, "comms@fenmoor.example");
    head = await signInAs(t.app, "head-of-comms@fenmoor.example");
    staff = await signInAs(t.app, "staff@fenmoor.example");
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  const as = (s: SignedIn) => ({ cookie: s.cookie, "x-csrf-token": s.csrfToken });
  const read = (s: SignedIn) =>
    t.app.inject({ method: "GET", url: "/api/v1/notifications/preferences", headers: as(s) });
  const set = (s: SignedIn, preferences: { kind: string; email: boolean }[]) =>
    t.app.inject({
      method: "PUT",
      url: "/api/v1/notifications/preferences",
      headers: as(s),
      payload: { preferences },
    });

  it("starts with e-mail on for crisis and threat, in-app always on", async () => {
    const response = await read(comms);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      mailConfigured: true,
      preferences: [
        { kind: "crisis", inApp: true, email: true, onDuty: true, canTurnEmailOff: true },
        { kind: "threat", inApp: true, email: true, onDuty: true, canTurnEmailOff: true },
      ],
      register: [
        expect.objectContaining({ kind: "account_request", label: "Account requests", email: true }),
        expect.objectContaining({ kind: "account_review", label: "Account reviews", email: true }),
        expect.objectContaining({ kind: "account_handover", label: "Handovers", email: true }),
        expect.objectContaining({
          kind: "training_expiring",
          label: "Training about to expire",
          email: true,
        }),
      ],
    });
  });

  it("lets one person on duty turn crisis e-mail off, but not the last one, and audits the change", async () => {
    const off = await set(comms, [{ kind: "crisis", email: false }]);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().preferences[0]).toMatchObject({ kind: "crisis", email: false });
    const last = await set(head, [{ kind: "crisis", email: false }]);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.message).toMatch(/only person on duty/);
    expect((await read(head)).json().preferences[0]).toMatchObject({ email: true, canTurnEmailOff: false });
    const audit = await t.deps.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "=", "user.notification_preferences_changed")
      .execute();
    expect(audit).toHaveLength(1);
    // Someone the pack does not alert may choose freely.
    const staffOff = await set(staff, [
      { kind: "crisis", email: false },
      { kind: "threat", email: false },
    ]);
    expect(staffOff.statusCode).toBe(200);
    expect(staffOff.json().preferences.map((p: { onDuty: boolean }) => p.onDuty)).toEqual([false, false]);
  });

  it("e-mails a crisis only to the people on duty who kept e-mail on, and tells everyone in-app", async () => {
    await ingestItems(t.deps, {
      organisationId,
      accountId: null,
      actor: SYSTEM_ACTOR,
      source: "import",
      items: [inboundItem({ externalId: "prefs-crisis", text: CRISIS })],
    });
    await runJobs(t.deps);
    expect(smtp.received.map((m) => m.to[0])).toEqual(["head-of-comms@fenmoor.example"]);
    const inApp = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("kind", "like", "inbox.crisis.%")
      .execute();
    expect(inApp.length).toBe(2);
  });

  it("refuses what is not a preference", async () => {
    for (const payload of [{ preferences: [{ kind: "praise", email: false }] }, { preferences: [] }, {}]) {
      const response = await t.app.inject({
        method: "PUT",
        url: "/api/v1/notifications/preferences",
        headers: as(comms),
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("validation");
    }
  });

  it("e-mails an invitation's link to the person, shows it to nobody, and the link sets the password", async () => {
    const admin = await signInAs(t.app, "admin@fenmoor.example");
    const invited = await t.app.inject({
      method: "POST",
      url: "/api/v1/people/invitations",
      headers: as(admin),
      payload: { email: "ola.brown@fenmoor.example", displayName: "Ola <b>Brown</b>", roles: ["staff"] },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({ emailed: true, setPasswordPath: null });
    await runJobs(t.deps);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail?.to).toEqual(["ola.brown@fenmoor.example"]);
    expect(String(mail?.parsed.html)).not.toContain("<b>Brown");
    const link = /https:\/\/parapet\.fenmoor\.example\.nhs\.uk\/set-password#([A-Za-z0-9_-]{40,60})/.exec(
      mail?.parsed.text ?? "",
    );
    expect(link, mail?.parsed.text).not.toBeNull();
    const jobs = await t.deps.db
      .selectFrom("jobs")
      .select("payload")
      .where("kind", "=", "mail.send")
      .execute();
    expect(JSON.stringify(jobs), "the token is never stored in clear").not.toContain(link?.[1] ?? "?");
    const setPassword = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/set-password",
      payload: { token: link?.[1], password: GOOD_PASSWORD },
    });
    expect(setPassword.statusCode).toBe(204);
    await signInAs(t.app, "ola.brown@fenmoor.example", GOOD_PASSWORD);
  });
});
