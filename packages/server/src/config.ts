import { resolve } from "node:path";
import type { DatabaseLocation } from "./db/database.js";

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseLocation;
  logLevel: string;
  secureCookies: boolean;
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
    port,
    host: overrides.host ?? env.HOST ?? DEFAULT_HOST,
    database: databaseFromEnv(env),
    logLevel: env.LOG_LEVEL ?? "info",
    secureCookies: env.PARAPET_SECURE_COOKIES === "true",
  };
}

export function databaseFromEnv(env: NodeJS.ProcessEnv): DatabaseLocation {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: resolve(env.PARAPET_DATA_DIR ?? "data") };
}
