import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { type AppOptions, buildApp } from "../../src/app.js";
import type { AuditTrail } from "../../src/audit/audit-trail.js";
import type { Clock } from "../../src/clock.js";
import { DEFAULT_SESSION_SETTINGS } from "../../src/deps.js";
import { DEMO_PASSWORD, seedDemo } from "../../src/organisations/seed-demo.js";
import { testAuditTrail } from "./test-audit.js";
import { openTestDatabase, type TestDatabase, type TestDatabaseKind } from "./test-database.js";

/** A clock a test can move. */
export class TestClock implements Clock {
  #now: Date;
  constructor(start = new Date("2026-11-24T10:00:00Z")) {
    this.#now = start;
  }
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now = new Date(this.#now.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: TestClock;
  auditTrail: AuditTrail;
  close(): Promise<void>;
}

/** The real Fastify app over a fresh, migrated database with the demo trust in it. */
export async function startTestApp(
  kind: TestDatabaseKind,
  options: Omit<Partial<AppOptions>, "database" | "clock"> = {},
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  await seedDemo(database.db);
  const clock = new TestClock();
  const auditTrail = options.auditTrail ?? testAuditTrail();
  const app = await buildApp({
    logger: false,
    sessions: DEFAULT_SESSION_SETTINGS,
    ...options,
    database,
    clock,
    auditTrail,
  });
  return {
    app,
    database,
    clock,
    auditTrail,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the real route and returns what a browser would keep. */
export async function signInAs(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<SignedIn> {
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  return { cookie: sessionCookie(response), csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "parapet_session");
  if (!cookie) throw new Error("no session cookie was set");
  return `parapet_session=${cookie.value}`;
}
