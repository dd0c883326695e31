import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { type AppOptions, buildApp } from "../../src/app.js";
import type { AuditTrail } from "../../src/audit/audit-trail.js";
import type { Clock } from "../../src/clock.js";
import { type ParapetConfig, parapetConfigFromEnv } from "../../src/config.js";
import { createDeps, type Deps } from "../../src/create-deps.js";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "../../src/deps.js";
import type { JobKind } from "../../src/jobs/job-kind.js";
import type { MailSettings } from "../../src/mail/mail-settings.js";
import { DEMO_PASSWORD, seedDemo } from "../../src/organisations/seed-demo.js";
import { TEST_AUDIT_KEY, testCheckpointFile } from "./test-audit.js";
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
  deps: Deps;
  /** deps.auditTrail: the test key and a checkpoint file of the app's own. */
  auditTrail: AuditTrail;
  close(): Promise<void>;
}

/** A fixed secret key for tests (never use it anywhere else). */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString("base64");

/** The configuration of a test process: defaults, with known secret and audit keys and a checkpoint file of its own. */
export function testConfig(overrides: Partial<ParapetConfig> = {}): ParapetConfig {
  return {
    ...parapetConfigFromEnv({
      PARAPET_SECRET_KEY: TEST_SECRET_KEY,
      PARAPET_AUDIT_KEY: TEST_AUDIT_KEY,
      PARAPET_AUDIT_CHECKPOINTS: testCheckpointFile(),
    }),
    ...overrides,
  };
}

/** The process's dependencies over a test database, as createDeps builds them for a server. */
export function createTestDeps(
  database: TestDatabase,
  options: {
    clock?: Clock;
    random?: () => number;
    jobKinds?: readonly JobKind[];
    config?: ParapetConfig;
  } = {},
): Promise<Deps> {
  return createDeps(options.config ?? testConfig(), {
    database,
    clock: options.clock ?? new TestClock(),
    logLevel: false,
    ...(options.random ? { random: options.random } : {}),
    ...(options.jobKinds ? { jobKinds: options.jobKinds } : {}),
  });
}

/** The real Fastify app over a fresh, migrated database with the demo trust in it. */
export async function startTestApp(
  kind: TestDatabaseKind,
  options: Omit<Partial<AppOptions>, "deps"> & {
    sessions?: SessionSettings;
    jobKinds?: readonly JobKind[];
    random?: () => number;
    /** Where e-mail goes (a loopback SMTP server); none by default. */
    mail?: MailSettings;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const clock = new TestClock();
  const { sessions, jobKinds, random, mail, ...appOptions } = options;
  const deps = await createTestDeps(database, {
    clock,
    config: testConfig({ sessions: sessions ?? DEFAULT_SESSION_SETTINGS, ...(mail ? { mail } : {}) }),
    ...(jobKinds ? { jobKinds } : {}),
    ...(random ? { random } : {}),
  });
  await seedDemo(database.db, deps);
  const app = await buildApp({
    ...appOptions,
    deps,
  });
  return {
    app,
    database,
    clock,
    deps,
    auditTrail: deps.auditTrail,
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
