import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import type { Client as PgClient } from "pg";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.js";
import { statementName } from "./named-statements.js";
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
  listen(onEvent: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface ListenOptions {
  /**
   * The LISTEN connection dropped and is back: `lostAt` is when it was last known to hear (a
   * little before it dropped). Announcements made meanwhile were not heard; the listener
   * re-reads what changed since then. PGlite (in process) never drops.
   */
  onReconnect?: (lostAt: Date) => void;
  /** Back-off between attempts to connect again: doubling from `initialMs` up to `maxMs`. */
  backoff?: { initialMs: number; maxMs: number };
}

/** Between attempts to LISTEN again: 250 ms, doubling, at most 30 s (with jitter). */
export const DEFAULT_LISTEN_BACKOFF = { initialMs: 250, maxMs: 30_000 };
/** How far before a drop the catch-up starts re-reading: a notification in flight is not lost. */
const CATCH_UP_MARGIN_MS = 5000;

/** The channel the triggers announce on: one per schema, so test schemas do not hear each other. */
export function eventsChannel(schema = "public"): string {
  return `parapet_events_${schema}`;
}

export type DatabaseLocation =
  | { kind: "pglite"; dataDir: string | "memory" }
  | { kind: "postgres"; url: string; schema?: string };

let pgModule: typeof import("pg").default | undefined;

/**
 * node-postgres, loaded only when the database is PostgreSQL: loading it (it loads undici, Node's
 * fetch) was ~0.1 s of every start on PGlite, which never uses it.
 */
async function loadPg(): Promise<typeof import("pg").default> {
  if (pgModule) return pgModule;
  const pg = (await import("pg")).default;
  // timestamptz, date and int8 come back as the same JavaScript types from both backends.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  pgModule = pg;
  return pg;
}

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

/**
 * PGlite is PostgreSQL compiled to WebAssembly (9 MB). By default V8 compiles it twice: quickly
 * (Liftoff), then again, optimised (TurboFan), on background threads as functions get hot. The
 * second compilation cost ~2.6 s of CPU during every start, competing with the start on a 2-core
 * machine, and ~80 MB of resident memory for the optimised code; PGlite's work per request is
 * small queries, and ingesting 2,000 messages took less CPU per message without it
 * (docs/benchmarks.md, start-up). V8's flag is process-wide; PGlite is the only WebAssembly here.
 */
function useBaselineWebAssembly(): void {
  setFlagsFromString("--liftoff-only");
}

async function openPGliteAt(dataDir: string | undefined, lock?: DataDirLock): Promise<Database> {
  const parsers = { 20: (value: string) => Number(value), 1082: (value: string) => value };
  // PostgreSQL's default 128 MB of shared buffers is most of an embedded server's
  // memory; a trust's governance data is small. PGlite touches the whole pool as it starts
  // (16 MB cost an idle server 16 MB of RSS, 8 MB costs 8): 8 MB, and a page not in it is a
  // read from the operating system's file cache. Ingest's CPU per message did not change
  // (docs/benchmarks.md, 6 December, branch m1).
  useBaselineWebAssembly();
  const open = () => new PGlite(dataDir, { parsers, postgresqlconf: "shared_buffers = 8MB\n" });
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
  const pg = await loadPg();
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
  pool.on("connect", (client) => {
    client.on("error", ignoreCheckedOutError);
    prepareNamedStatements(client);
  });
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
    listen: (onEvent, listenOptions) =>
      listenOnPostgres(url, eventsChannel(schema), onEvent, hooks, listenOptions),
    close: () => db.destroy(),
  };
}

/**
 * LISTEN holds a connection of its own (a pooled one would be handed to other queries). If it
 * drops (a restart, a failover, pg_terminate_backend), it connects again with back-off
 * (doubling, jittered, capped) until it can, and then tells the listener when it was lost
 * (`onReconnect`) so that what was announced meanwhile is re-read, not missed.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onEvent: (payload: string) => void,
  hooks: DatabaseHooks,
  options: ListenOptions = {},
): Promise<() => Promise<void>> {
  const pg = await loadPg();
  const backoff = options.backoff ?? DEFAULT_LISTEN_BACKOFF;
  let stopped = false;
  let client: PgClient | undefined;
  let retry: NodeJS.Timeout | undefined;
  let attempts = 0;
  let lostAt: Date | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    let failed = false;
    const lose = (error: Error) => {
      if (failed) return;
      failed = true;
      (hooks.onConnectionError ?? logConnectionError)(error);
      void next.end().catch(() => undefined);
      if (client === next) {
        client = undefined;
        lostAt ??= new Date(Date.now() - CATCH_UP_MARGIN_MS);
        scheduleRetry();
      }
    };
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onEvent(message.payload);
    });
    next.on("error", lose);
    next.on("end", () => lose(new Error("the LISTEN connection ended")));
    try {
      await next.connect();
      await next.query(`listen "${channel.replaceAll('"', "")}"`);
    } catch (error) {
      failed = true;
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
    attempts = 0;
    const since = lostAt;
    lostAt = undefined;
    if (since) options.onReconnect?.(since);
  };
  const scheduleRetry = () => {
    if (stopped || retry) return;
    const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempts, 20));
    attempts += 1;
    retry = setTimeout(
      () => {
        retry = undefined;
        void connect().catch(() => scheduleRetry());
      },
      Math.round(delay / 2 + (Math.random() * delay) / 2),
    );
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = undefined;
    await last?.end().catch(() => undefined);
  };
}

/**
 * Kysely sends each statement as text and values; one marked as fixed (namedStatement) goes as a
 * named statement instead, which pg prepares on this connection the first time and only binds
 * after that.
 */
function prepareNamedStatements(client: PgClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    const name = typeof text === "string" && Array.isArray(values) ? statementName(text) : undefined;
    if (!name || args.length !== 2) return query(...args);
    return query({ name, text, values });
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
