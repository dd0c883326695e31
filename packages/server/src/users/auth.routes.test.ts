import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { DEMO_PASSWORD } from "../organisations/seed-demo.js";

const IDLE_MS = 30 * 60 * 1000;
const ABSOLUTE_MS = 8 * 60 * 60 * 1000;

describe.each(TEST_DATABASES)("sign-in and sessions on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { sessions: { idleTimeoutMs: IDLE_MS, absoluteTimeoutMs: ABSOLUTE_MS } });
  });
  afterAll(() => t.close());

  it("signs in with the right password and sets an httpOnly SameSite session cookie", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "Comms@Fenmoor.example ", password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user.displayName).toBe("Alex Morgan");
    expect(body.user.roles).toEqual(["communications_officer"]);
    expect(body.organisation.name).toBe("Fenmoor Community Health NHS Trust");
    const cookie = response.cookies.find((c) => c.name === "parapet_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "comms@fenmoor.example", password: "not-the-password" },
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "nobody@fenmoor.example", password: "not-the-password" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toEqual([]);
  });

  it("answers /me with 401 without a session and with the user with one", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    const { cookie } = await signInAs(t.app, "ig@fenmoor.example");
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.roles).toEqual(["information_governance"]);
  });

  it("answers /session with 200 whether signed in or not, and with what /me says when signed in", async () => {
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/session" });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ signedIn: false });
    const ended = await t.app.inject({
      method: "GET",
      url: "/api/v1/session",
      headers: { cookie: "parapet_session=made-up" },
    });
    expect([ended.statusCode, ended.json()]).toEqual([200, { signedIn: false }]);
    const { cookie } = await signInAs(t.app, "ig@fenmoor.example");
    const session = await t.app.inject({ method: "GET", url: "/api/v1/session", headers: { cookie } });
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ signedIn: true, ...me.json() });
  });

  it("rejects a state-changing request without the session's CSRF token", async () => {
    const { cookie, csrfToken } = await signInAs(t.app, "hr@fenmoor.example");
    const without = await t.app.inject({ method: "POST", url: "/api/v1/auth/sign-out", headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("csrf");
    const forged = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-out",
      headers: { cookie, "x-csrf-token": `${csrfToken.slice(0, -1)}x` },
    });
    expect(forged.statusCode).toBe(403);
    const stillIn = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
    expect(stillIn.statusCode).toBe(200);
  });

  it("rejects a sign-in posted from another website", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { origin: "https://evil.example" },
      payload: { email: "comms@fenmoor.example", password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("csrf");
  });

  it("signs out with the token, after which the cookie no longer works", async () => {
    const { cookie, csrfToken } = await signInAs(t.app, "staff@fenmoor.example");
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-out",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it("ends a session left idle, and any session past its absolute lifetime", async () => {
    const idle = await signInAs(t.app, "manager@fenmoor.example");
    t.clock.advance(IDLE_MS - 1000);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: idle.cookie } })).statusCode,
    ).toBe(200);
    t.clock.advance(IDLE_MS + 1000);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: idle.cookie } })).statusCode,
    ).toBe(401);

    const busy = await signInAs(t.app, "manager@fenmoor.example");
    for (let elapsed = 0; elapsed < ABSOLUTE_MS; elapsed += IDLE_MS / 2) {
      expect(
        (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: busy.cookie } }))
          .statusCode,
      ).toBe(200);
      t.clock.advance(IDLE_MS / 2);
    }
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: busy.cookie } })).statusCode,
    ).toBe(401);
  });

  it("does not accept a made-up session cookie", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: "parapet_session=forged" },
    });
    expect(response.statusCode).toBe(401);
  });
});
