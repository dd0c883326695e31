import type { LightMyRequestResponse } from "fastify";
import { generate } from "otplib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { DEMO_PASSWORD } from "../organisations/seed-demo.js";
import { THROTTLE_POLICY, throttleKeys } from "./sign-in-throttle.js";

const MINUTE = 60_000;
const FREE = THROTTLE_POLICY.account.free;

/** Attempts sent together, as an attacker with a fast connection would send them. */
describe.each(TEST_DATABASES)("sign-in under concurrency on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { rateLimit: { perMinute: 100_000, signInPerMinute: 100_000 } });
  });
  afterAll(() => t.close());

  // Each test signs in from its own address, so the per-address count of one test
  // never reaches into the next.
  let address = 50;
  beforeEach(() => {
    address += 1;
  });
  const attempt = (email: string, password: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      remoteAddress: `203.0.113.${address}`,
      payload: { email, password, ...extra },
    });
  const statuses = (replies: LightMyRequestResponse[]) => replies.map((r) => r.statusCode);
  /** Replies other than the expected statuses, with their bodies, so a failure says what came back. */
  const unexpected = (replies: LightMyRequestResponse[], expected: readonly number[]) =>
    replies.filter((r) => !expected.includes(r.statusCode)).map((r) => `${r.statusCode} ${r.body}`);
  const count = (list: number[], status: number) => list.filter((s) => s === status).length;
  const storedFailures = async (email: string) =>
    (
      await t.database.db
        .selectFrom("sign_in_throttle")
        .select(["failures", "locked_until"])
        .where("key", "=", throttleKeys(email, undefined).account)
        .executeTakeFirst()
    )?.failures;

  it("evaluates only the policy's five of 25 wrong passwords sent at once, and stores all five", async () => {
    const replies = await Promise.all(
      Array.from({ length: 25 }, (_, i) => attempt("hr@fenmoor.example", `wrong-guess-${i}`)),
    );
    const list = statuses(replies);
    expect(unexpected(replies, [401, 429])).toEqual([]);
    expect(count(list, 401)).toBe(FREE);
    expect(count(list, 429)).toBe(25 - FREE);
    expect(await storedFailures("hr@fenmoor.example")).toBe(FREE);
    expect((await attempt("hr@fenmoor.example", DEMO_PASSWORD)).statusCode).toBe(429);
    const audited = await t.database.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "in", ["auth.sign_in_failed", "auth.account_locked"])
      .execute();
    expect(audited.map((r) => r.action).sort()).toEqual([
      "auth.account_locked",
      ...Array(FREE - 1).fill("auth.sign_in_failed"),
    ]);
  });

  it("does not let the right password through behind 19 wrong ones sent with it, nor clear the count", async () => {
    const passwords = [...Array.from({ length: 19 }, (_, i) => `wrong-guess-${i}`), DEMO_PASSWORD];
    const replies = await Promise.all(passwords.map((p) => attempt("ig@fenmoor.example", p)));
    const list = statuses(replies);
    expect(unexpected(replies, [401, 429])).toEqual([]);
    expect(count(list, 200)).toBe(0);
    expect(replies.every((r) => r.cookies.length === 0)).toBe(true);
    expect(count(list, 401)).toBe(FREE);
    expect(list.at(-1)).toBe(429);
    expect(await storedFailures("ig@fenmoor.example")).toBe(FREE);
    t.clock.advance(MINUTE + 1000);
    expect((await attempt("ig@fenmoor.example", DEMO_PASSWORD)).statusCode).toBe(200);
    expect(await storedFailures("ig@fenmoor.example")).toBeUndefined();
  });

  it("accepts a TOTP code sent five times at once exactly once", async () => {
    const me = await signInAs(t.app, "manager@fenmoor.example");
    const headers = { cookie: me.cookie, "x-csrf-token": me.csrfToken };
    const setup = await t.app.inject({ method: "POST", url: "/api/v1/me/second-factor", headers });
    const { secret } = setup.json<{ secret: string }>();
    const epoch = () => Math.floor(t.clock.now().getTime() / 1000);
    const confirmCode = await generate({ secret, epoch: epoch() });
    const confirms = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.app.inject({
          method: "POST",
          url: "/api/v1/me/second-factor/confirm",
          headers,
          payload: { code: confirmCode },
        }),
      ),
    );
    expect(unexpected(confirms, [204, 400, 409])).toEqual([]);
    expect(count(statuses(confirms), 204)).toBe(1);
    // The others: the code is spent (400), or the factor is on already by the time they look (409).
    expect(count(statuses(confirms), 400) + count(statuses(confirms), 409)).toBe(4);

    t.clock.advance(MINUTE);
    const code = await generate({ secret, epoch: epoch() });
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => attempt("manager@fenmoor.example", DEMO_PASSWORD, { totp: code })),
    );
    const list = statuses(replies);
    expect(unexpected(replies, [200, 401])).toEqual([]);
    expect(count(list, 200)).toBe(1);
    expect(count(list, 401)).toBe(4);
    const sessions = await t.database.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select("sessions.id")
      .where("users.email", "=", "manager@fenmoor.example")
      .execute();
    // The session made to set the factor up, and the one sign-in that spent the code.
    expect(sessions).toHaveLength(2);
  });
});
