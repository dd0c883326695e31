import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { DEFAULT_SESSION_SETTINGS } from "../deps.js";
import { purgeExpiredRecords } from "./housekeeping.service.js";

const HOUR = 60 * 60 * 1000;

describe.each(TEST_DATABASES)("housekeeping on %s", (kind) => {
  const t = useTestApp(kind);

  it("deletes dead sessions, spent sign-in throttles and stale SSO states, and keeps the rest", async () => {
    const db = t.database.db;
    const now = t.clock.now();
    const at = (ms: number) => new Date(now.getTime() + ms);
    const user = await db.selectFrom("users").select(["id", "organisation_id"]).executeTakeFirstOrThrow();
    const session = (id: string, lastSeen: number, expires: number) => ({
      id,
      user_id: user.id,
      organisation_id: user.organisation_id,
      csrf_token: "csrf",
      created_at: at(-2 * HOUR),
      last_seen_at: at(lastSeen),
      expires_at: at(expires),
    });
    await db
      .insertInto("sessions")
      .values([
        session("hk-live", -60_000, 10 * HOUR),
        session("hk-expired", -60_000, -1),
        session("hk-idle", -2 * HOUR, 10 * HOUR),
      ])
      .execute();
    await db
      .insertInto("sign_in_throttle")
      .values([
        { key: "hk-spent", failures: 3, first_failed_at: at(-2 * HOUR), locked_until: null },
        { key: "hk-still-locked", failures: 9, first_failed_at: at(-2 * HOUR), locked_until: at(HOUR) },
        { key: "hk-in-window", failures: 2, first_failed_at: at(-60_000), locked_until: null },
      ])
      .execute();
    await db
      .insertInto("oidc_login_states")
      .values([
        { state: "hk-stale", code_verifier: "v", nonce: "n", created_at: at(-HOUR) },
        { state: "hk-fresh", code_verifier: "v", nonce: "n", created_at: at(-60_000) },
      ])
      .execute();

    const counts = await purgeExpiredRecords({
      db,
      clock: t.clock,
      settings: DEFAULT_SESSION_SETTINGS,
      auditTrail: t.auditTrail,
    });

    expect(counts).toEqual({ sessions: 2, throttles: 1, loginStates: 1, jobs: 0 });
    const left = async (table: "sessions" | "oidc_login_states" | "sign_in_throttle", column: string) =>
      (
        await db
          .selectFrom(table)
          .select(column as never)
          .execute()
      )
        .map((row) => Object.values(row)[0] as string)
        .filter((value) => value.startsWith("hk-"))
        .sort();
    expect(await left("sessions", "id")).toEqual(["hk-live"]);
    expect(await left("sign_in_throttle", "key")).toEqual(["hk-in-window", "hk-still-locked"]);
    expect(await left("oidc_login_states", "state")).toEqual(["hk-fresh"]);
  });
});
