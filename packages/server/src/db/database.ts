import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.js";
import { PGlitePool } from "./pglite-pool.js";
import type { DB } from "./schema.js";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** A short description for logs, with no password in it. */
  readonly description: string;
  /** The PGlite data directory, locked to this process while open (undefined in memory and on PostgreSQL). */
  readonly dataDir?: string;
  /** Notes the running server's address beside the data directory's lock, for other processes' errors. */
  announceUrl(url: string): void;
  /**
   * Hears what the database announces on this schema's channel (NOTIFY from the triggers of
   * migration 0009: new notifications, changed inbox items, ended sessions), delivered only
   * once the announcing transaction commits. Returns a function that stops listening.
   */
  listen(onEvent: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The channel the triggers announce on: one per schema, so test schemas do not hear each other. */
export function eventsChannel(schema = "public"): string {
  return `parapet_events_${schema}`;
}

export type DatabaseLocation =
  | { kind: "pglite"; dataDir: string | "memory" }
  | { kind: "postgres"; url: string; schema?: string };

// timestamptz, date and int8 come back as the same JavaScript types from both backends.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DatabaseHooks {
  /**
   * PostgreSQL ended one of the pool's idle connections (a restart, a failover, an idle
   * reaper, pg_terminate_backend). The pool has dropped it and connects afresh on the
   * next query; this only reports it. Default: one JSON line on stderr.
   */
  onConnectionError?: (error: Error) => void;
}

export async function openDatabase(location: DatabaseLocation, hooks: DatabaseHooks = {}): Promise<Database> {
  if (location.kind === "postgres") return openPostgres(location.url, location.schema, hooks);
  return openPGlite(location.dataDir);
}

async function openPGlite(dataDir: string): Promise<Database> {
  if (dataDir === "memory") return openPGliteAt(undefined);
  mkdirSync(dataDir, { recursive: true });
  // Before PGlite touches a file: a second process must not open the same directory.
  const lock = await lockDataDir(dataDir);
  try {
    return await openPGliteAt(dataDir, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openPGliteAt(dataDir: string | undefined, lock?: DataDirLock): Promise<Database> {
  const parsers = { 20: (value: string) => Number(value), 1082: (value: string) => value };
  // PostgreSQL's default 128 MB of shared buffers is most of an embedded server's
  // memory; a trust's governance data is small, and 16 MB keeps it all cached.
  const open = () => new PGlite(dataDir, { parsers, postgresqlconf: "shared_buffers = 16MB\n" });
  if (dataDir !== undefined && !existsSync(join(dataDir, "PG_VERSION"))) {
    // Creating the cluster (initdb) grows PGlite's WebAssembly memory by some 400 MB,
    // and WebAssembly memory never shrinks: create it with a throwaway instance.
    const creator = open();
    await creator.waitReady;
    await creator.close();
  }
  const pglite = open();
  await pglite.waitReady;
  const pool = new PGlitePool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
  return {
    kind: "pglite",
    db,
    description: dataDir === undefined ? "PGlite (in memory)" : `PGlite at ${dataDir}`,
    ...(dataDir !== undefined ? { dataDir } : {}),
    announceUrl: (url) => lock?.setUrl(url),
    listen: async (onEvent) => {
      const stop = await pglite.listen(eventsChannel(), onEvent);
      return () => stop();
    },
    async close() {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

/** A connection that cannot be made in this long fails the request (503) rather than queueing it for ever. */
const CONNECT_TIMEOUT_MS = 5000;

async function openPostgres(
  url: string,
  schema: string | undefined,
  hooks: DatabaseHooks,
): Promise<Database> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    ...(options ? { options } : {}),
  });
  // Without a listener, an `error` event ends the process: one dropped idle connection
  // would take the server down (issue 13). The pool has already discarded the client.
  pool.on("error", hooks.onConnectionError ?? logConnectionError);
  // A client checked out of the pool has no listener of the pool's (pg's documentation:
  // the borrower must handle it), and Kysely adds none: a connection dropped between two
  // statements of a transaction would end the process the same way. The statement that
  // uses it fails (503), and the pool discards the client when it comes back.
  pool.on("connect", (client) => client.on("error", ignoreCheckedOutError));
  // A bad URL or a stopped server should fail now, with a clear message, not on the first request.
  const client = await pool.connect().catch((error: unknown) => {
    throw new Error(`cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
  });
  client.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: "postgres",
    db,
    description: `PostgreSQL at ${redact(url)}${schema ? ` (schema ${schema})` : ""}`,
    announceUrl: () => undefined,
    listen: (onEvent) => listenOnPostgres(url, eventsChannel(schema), onEvent, hooks),
    close: () => db.destroy(),
  };
}

/**
 * LISTEN holds a connection of its own (a pooled one would be handed to other queries). If it
 * drops (a restart, a failover), it connects again a second later; what was announced
 * meanwhile is missed, which the browsers cover by reloading counts when their stream reopens.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onEvent: (payload: string) => void,
  hooks: DatabaseHooks,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onEvent(message.payload);
    });
    next.on("error", (error) => {
      (hooks.onConnectionError ?? logConnectionError)(error);
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => scheduleRetry()), 1000);
    });
    await next.connect();
    await next.query(`listen "${channel.replaceAll('"', "")}"`);
    if (stopped) await next.end();
    else client = next;
  };
  const scheduleRetry = () => {
    if (!stopped) retry = setTimeout(() => void connect().catch(() => scheduleRetry()), 1000);
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

function ignoreCheckedOutError(): void {
  // Reported through the failing statement, or by the pool's own `error` once idle.
}

function logConnectionError(error: Error): void {
  process.stderr.write(
    `${JSON.stringify({ level: 40, time: Date.now(), msg: "a database connection was lost; the pool reconnects on the next query", err: { message: error.message, code: (error as { code?: string }).code } })}\n`,
  );
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
