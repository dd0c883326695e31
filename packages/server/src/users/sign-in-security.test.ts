import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { DEMO_PASSWORD } from "../organisations/seed-demo.js";

const MINUTE = 60_000;

describe.each(TEST_DATABASES)("sign-in hardening on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { rateLimit: { perMinute: 100_000, signInPerMinute: 100_000 } });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, extra: Record<string, string> = {}, ip = "203.0.113.9") =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      remoteAddress: ip,
      payload: { email, password, ...extra },
    });

  it("locks an account after five failures, even against the right password, then backs off", async () => {
    for (let i = 0; i < 4; i += 1)
      expect((await attempt("hr@fenmoor.example", "wrong-guess")).statusCode).toBe(401);
    const fifth = await attempt("hr@fenmoor.example", "wrong-guess");
    expect(fifth.statusCode).toBe(401);
    const locked = await attempt("hr@fenmoor.example", DEMO_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("rate_limited");
    expect(locked.json().error.message).toMatch(/Too many failed sign-in attempts/);
    t.clock.advance(MINUTE + 1000);
    // The sixth failure doubles the lock to two minutes.
    expect((await attempt("hr@fenmoor.example", "wrong-guess")).statusCode).toBe(401);
    t.clock.advance(MINUTE + 1000);
    expect((await attempt("hr@fenmoor.example", DEMO_PASSWORD)).statusCode).toBe(429);
    t.clock.advance(MINUTE);
    expect((await attempt("hr@fenmoor.example", DEMO_PASSWORD)).statusCode).toBe(200);
    // Success clears the account's count.
    expect((await attempt("hr@fenmoor.example", "wrong-guess")).statusCode).toBe(401);
    expect((await attempt("hr@fenmoor.example", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("locks an unknown email the same way, so a lockout does not reveal who has an account", async () => {
    for (let i = 0; i < 5; i += 1) await attempt("nobody@fenmoor.example", "guess");
    expect((await attempt("nobody@fenmoor.example", "guess")).statusCode).toBe(429);
    t.clock.advance(2 * 60 * MINUTE);
  });

  it("slows password spraying from one address across many accounts", async () => {
    const ip = "198.51.100.77";
    for (let i = 0; i < 30; i += 1) {
      const r = await attempt(`person${i}@fenmoor.example`, "Winter2026!", {}, ip);
      expect(r.statusCode).toBe(401);
    }
    const blocked = await attempt("staff@fenmoor.example", DEMO_PASSWORD, {}, ip);
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await attempt("staff@fenmoor.example", DEMO_PASSWORD, {}, "198.51.100.78");
    expect(elsewhere.statusCode).toBe(200);
    t.clock.advance(2 * 60 * MINUTE);
  });

  it("writes audit rows for failures against real accounts and for the lock", async () => {
    const rows = await t.database.db
      .selectFrom("audit_events")
      .select(["action"])
      .where("action", "in", ["auth.sign_in_failed", "auth.account_locked"])
      .execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain("auth.sign_in_failed");
    expect(actions).toContain("auth.account_locked");
    const stored = await t.database.db.selectFrom("sign_in_throttle").select("key").execute();
    expect(JSON.stringify(stored)).not.toMatch(/@|203\.0/);
  });

  it("asks for a TOTP code once the second factor is on, refuses a wrong or replayed one", async () => {
    const me = await signInAs(t.app, "comms@fenmoor.example");
    const headers = { cookie: me.cookie, "x-csrf-token": me.csrfToken };
    const setup = await t.app.inject({ method: "POST", url: "/api/v1/me/second-factor", headers });
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    const epoch = () => Math.floor(t.clock.now().getTime() / 1000);
    const wrongConfirm = await t.app.inject({
      method: "POST",
      url: "/api/v1/me/second-factor/confirm",
      headers,
      payload: { code: "000000" },
    });
    expect(wrongConfirm.statusCode).toBe(400);
    const confirm = await t.app.inject({
      method: "POST",
      url: "/api/v1/me/second-factor/confirm",
      headers,
      payload: { code: await generate({ secret, epoch: epoch() }) },
    });
    expect(confirm.statusCode).toBe(204);

    t.clock.advance(MINUTE);
    const noCode = await attempt("comms@fenmoor.example", DEMO_PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.details).toEqual({ secondFactor: "totp" });
    expect(noCode.cookies).toEqual([]);
    const wrongCode = await attempt("comms@fenmoor.example", DEMO_PASSWORD, { totp: "123456" });
    expect(wrongCode.statusCode).toBe(401);
    const code = await generate({ secret, epoch: epoch() });
    const withCode = await attempt("comms@fenmoor.example", DEMO_PASSWORD, { totp: code });
    expect(withCode.statusCode).toBe(200);
    const replay = await attempt("comms@fenmoor.example", DEMO_PASSWORD, { totp: code });
    expect(replay.statusCode).toBe(401);
  });
});

describe("rate limits", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { rateLimit: { perMinute: 8, signInPerMinute: 3 } });
  });
  afterAll(() => t.close());

  it("answers 429 with the JSON envelope and Retry-After when sign-in is hammered", async () => {
    const statuses: number[] = [];
    let last = await t.app.inject({ method: "GET", url: "/healthz" });
    for (let i = 0; i < 4; i += 1) {
      last = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { email: "x@fenmoor.example", password: "nope" },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last.json().error.code).toBe("rate_limited");
    expect(last.headers["retry-after"]).toBeDefined();
  });

  it("limits the API per caller", async () => {
    let last = await t.app.inject({ method: "GET", url: "/healthz" });
    for (let i = 0; i < 8; i += 1) last = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(last.statusCode).toBe(429);
    expect(last.json()).toEqual({
      error: { code: "rate_limited", message: expect.stringMatching(/Too many requests/) },
    });
  });
});
