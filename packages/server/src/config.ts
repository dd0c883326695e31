import { resolve } from "node:path";
import { type AuditTrailSettings, auditTrailSettingsFromEnv } from "./audit/audit-trail.js";
import type { DatabaseLocation } from "./db/database.js";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "./deps.js";
import type { WorkerSettings } from "./jobs/job-worker.js";
import { type MailSettings, mailSettingsFromEnv } from "./mail/mail-settings.js";
import type { HttpSettings } from "./outbound/http-client.js";
import { SecretValue } from "./secrets/secret-value.js";
import { type OidcSettings, parseGroupRoles } from "./users/oidc.service.js";

/** What createDeps needs: the settings every process (server, worker, CLI) shares. */
export interface ParapetConfig {
  database: DatabaseLocation;
  logLevel: string;
  sessions: SessionSettings;
  /** PARAPET_SECRET_KEY, and PARAPET_SECRET_KEY_PREVIOUS (comma-separated) for values sealed before a rotation. */
  secretKey: SecretValue | undefined;
  previousSecretKeys: readonly SecretValue[];
  mail: MailSettings | undefined;
  http: Partial<HttpSettings>;
  worker: Partial<WorkerSettings> & {
    /**
     * Whether `serve` runs jobs itself (PARAPET_IN_PROCESS_WORKER). Always on
     * PGlite, where no other process may open the database; on PostgreSQL off
     * unless set, since `parapet worker` processes run them there.
     */
    inProcess: boolean;
  };
  /** PARAPET_AUDIT_KEY, _CHECKPOINTS, _SYSLOG, _CHECKPOINT_SECONDS (audit/audit-trail.ts). */
  auditTrail: AuditTrailSettings;
}

export interface ServerConfig extends ParapetConfig {
  port: number;
  host: string;
  secureCookies: boolean;
  /** OpenID Connect single sign-on, when PARAPET_OIDC_ISSUER is set. */
  oidc: OidcSettings | undefined;
  /** PARAPET_RATE_LIMIT_PER_MINUTE and PARAPET_SIGN_IN_LIMIT_PER_MINUTE, per client address. */
  rateLimit: { perMinute: number; signInPerMinute: number } | undefined;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";

/** Reads the environment once, at the edge; nothing below this reads process.env. */
export function serverConfigFromEnv(
  env: NodeJS.ProcessEnv,
  overrides: { port?: number; host?: string } = {},
): ServerConfig {
  const port = overrides.port ?? (env.PORT ? Number(env.PORT) : DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return {
    ...parapetConfigFromEnv(env),
    port,
    host: overrides.host ?? env.HOST ?? DEFAULT_HOST,
    secureCookies: env.PARAPET_SECURE_COOKIES === "true",
    oidc: oidcFromEnv(env),
    rateLimit: rateLimitFromEnv(env),
  };
}

function rateLimitFromEnv(env: NodeJS.ProcessEnv): ServerConfig["rateLimit"] {
  const api = env.PARAPET_RATE_LIMIT_PER_MINUTE;
  const signIn = env.PARAPET_SIGN_IN_LIMIT_PER_MINUTE;
  if (!api && !signIn) return undefined;
  const parse = (name: string, value: string | undefined, fallback: number) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${name} must be a whole number above 0, not ${value}`);
    return n;
  };
  return {
    perMinute: parse("PARAPET_RATE_LIMIT_PER_MINUTE", api, 60_000),
    signInPerMinute: parse("PARAPET_SIGN_IN_LIMIT_PER_MINUTE", signIn, 30),
  };
}

/**
 * PARAPET_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _REDIRECT_URI, _ORGANISATION (slug)
 * and _GROUP_ROLES (`group-id=role+role;group-id=role`); all or none.
 */
export function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  if (!env.PARAPET_OIDC_ISSUER) return undefined;
  const required = ["CLIENT_ID", "CLIENT_SECRET", "REDIRECT_URI", "ORGANISATION", "GROUP_ROLES"] as const;
  const missing = required.filter((name) => !env[`PARAPET_OIDC_${name}`]);
  if (missing.length > 0)
    throw new Error(
      `PARAPET_OIDC_ISSUER is set, so set ${missing.map((m) => `PARAPET_OIDC_${m}`).join(", ")} too`,
    );
  return {
    issuer: env.PARAPET_OIDC_ISSUER,
    clientId: env.PARAPET_OIDC_CLIENT_ID ?? "",
    clientSecret: env.PARAPET_OIDC_CLIENT_SECRET ?? "",
    redirectUri: env.PARAPET_OIDC_REDIRECT_URI ?? "",
    organisationSlug: env.PARAPET_OIDC_ORGANISATION ?? "",
    groupRoles: parseGroupRoles(env.PARAPET_OIDC_GROUP_ROLES ?? ""),
    allowInsecureHttp: env.PARAPET_OIDC_ALLOW_HTTP === "true",
  };
}

/** Reads the environment once, at the edge: the settings of every process. */
export function parapetConfigFromEnv(env: NodeJS.ProcessEnv): ParapetConfig {
  const database = databaseFromEnv(env);
  const inProcess = env.PARAPET_IN_PROCESS_WORKER;
  if (inProcess !== undefined && inProcess !== "true" && inProcess !== "false")
    throw new Error(`PARAPET_IN_PROCESS_WORKER must be true or false, not ${inProcess}`);
  return {
    database,
    auditTrail: auditTrailSettingsFromEnv(env),
    logLevel: env.LOG_LEVEL ?? "info",
    sessions: DEFAULT_SESSION_SETTINGS,
    secretKey: env.PARAPET_SECRET_KEY ? new SecretValue(env.PARAPET_SECRET_KEY) : undefined,
    previousSecretKeys: (env.PARAPET_SECRET_KEY_PREVIOUS ?? "")
      .split(",")
      .filter((key) => key.trim() !== "")
      .map((key) => new SecretValue(key)),
    mail: mailSettingsFromEnv(env),
    http: env.PARAPET_HTTP_TIMEOUT_MS
      ? { timeoutMs: wholeNumber("PARAPET_HTTP_TIMEOUT_MS", env.PARAPET_HTTP_TIMEOUT_MS) }
      : {},
    worker: {
      inProcess: database.kind === "pglite" || inProcess === "true",
      ...(env.PARAPET_WORKER_CONCURRENCY
        ? { concurrency: wholeNumber("PARAPET_WORKER_CONCURRENCY", env.PARAPET_WORKER_CONCURRENCY) }
        : {}),
    },
  };
}

function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, not ${value}`);
  return n;
}

export function databaseFromEnv(env: NodeJS.ProcessEnv): DatabaseLocation {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: resolve(env.PARAPET_DATA_DIR ?? "data") };
}
