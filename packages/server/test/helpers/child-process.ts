// A Parapet process (worker or server) for the crash tests: spawned, awaited until it says it is
// ready, then killed with SIGKILL (no goodbye) or stopped with SIGTERM, and started again on the
// same database. Shared by jobs/worker-crash, inbox/reply-crash and webhook-restart.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { DatabaseLocation } from "../../src/db/database.js";

export interface ReadyProcess {
  child: ChildProcess;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The ready line's match (a server's address in its first group). */
  ready: RegExpExecArray;
}

export interface SpawnOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** The line on stderr that says the process is ready. */
  ready: RegExp;
  /** What it is, for the error when it exits or stalls before it is ready. */
  what: string;
  /** Gives up after this long; without it, waits as long as the process lives. */
  timeoutMs?: number;
  /** Each chunk of stderr, for a test that keeps the log for its failure messages. */
  onStderr?: (chunk: string) => void;
}

/** `node <args>` with stderr read until the ready line; rejects if it exits first. */
export function spawnUntilReady(args: readonly string[], options: SpawnOptions): Promise<ReadyProcess> {
  const child = spawn(process.execPath, [...args], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: options.env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return new Promise((resolveReady, reject) => {
    let stderr = "";
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => reject(new Error(`${options.what} did not start: ${stderr}`)), options.timeoutMs);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(chunk.toString());
      const match = options.ready.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolveReady({ child, exited, ready: match });
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.what} exited ${code} before it was ready: ${stderr}`));
    });
  });
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const WORKER_SCRIPT = join(REPO_ROOT, "packages/server/test/helpers/worker-process.ts");

/**
 * `test/helpers/worker-process.ts` (the real worker and one loopback "platform" job kind), run
 * with tsx from the repository's root, ready when it says so; `leaseMs` is how long a claimed
 * job stays its before another worker may take it over.
 */
export function startTestWorker(
  env: NodeJS.ProcessEnv,
  options: { leaseMs: number; onStderr?: (chunk: string) => void },
): Promise<ReadyProcess> {
  return spawnUntilReady(["--import", "tsx", WORKER_SCRIPT], {
    cwd: REPO_ROOT,
    env: { ...env, PARAPET_TEST_LEASE_MS: String(options.leaseMs), LOG_LEVEL: "warn" },
    ready: /worker ready/,
    what: "the worker",
    ...(options.onStderr ? { onStderr: options.onStderr } : {}),
  });
}

/** The database a test's processes share, and the environment that points them at it. */
export interface ProcessDatabase {
  location: DatabaseLocation;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

/**
 * A PGlite data directory, or a PostgreSQL schema of its own (DATABASE_URL with its search_path),
 * each with `env`; `postgresEnv` is added on PostgreSQL only (production there needs the audit key),
 * made only then (a checkpoint file is a temporary directory of its own).
 */
export async function processDatabase(
  kind: "pglite" | "postgres",
  options: { prefix: string; env: NodeJS.ProcessEnv; postgresEnv?: () => NodeJS.ProcessEnv },
): Promise<ProcessDatabase> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), `parapet-${options.prefix}-`));
    const env: NodeJS.ProcessEnv = { ...options.env, PARAPET_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    return {
      location: { kind: "pglite", dataDir },
      env,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL ?? "";
  const schema = `${options.prefix.replaceAll("-", "_")}_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  return {
    location: { kind: "postgres", url, schema },
    env: { ...options.env, ...options.postgresEnv?.(), DATABASE_URL: scoped.toString() },
    async cleanup() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
