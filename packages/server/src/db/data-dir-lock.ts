import { readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { AppError } from "@parapet/core";
import lockfile from "proper-lockfile";

/**
 * One process per PGlite data directory. PGlite is PostgreSQL in the process:
 * two processes opening one directory each run their own server over the same
 * files, which corrupts them or shows one a stale copy. So the directory is
 * locked at open (a `parapet.lock` directory made with mkdir, which is atomic,
 * kept fresh by proper-lockfile), and `parapet.pid` says who holds it.
 *
 * A lock left by a process that was killed (kill -9, a power cut) must not block
 * a restart: on this machine a holder whose pid is gone is stale at once; a lock
 * from another machine, or with no pid file, is stale once its holder has not
 * refreshed it for STALE_MS. A live holder on this machine is never overridden,
 * however long its event loop was busy.
 */
export const LOCK_NAME = "parapet.lock";
export const OWNER_NAME = "parapet.pid";
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

export interface Owner {
  pid: number;
  host: string;
  startedAt: string;
  /** Where the holding server answers, once it listens (for the "use --url" hint). */
  url?: string;
}

export interface DataDirLock {
  /** Records the server's address in the pid file, for the next process's error message. */
  setUrl(url: string): void;
  release(): Promise<void>;
}

const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockPath = join(dataDir, LOCK_NAME);
  const ownerPath = join(dataDir, OWNER_NAME);
  if (heldHere.has(dataDir)) throw lockedError(dataDir, readOwner(ownerPath), true);
  const owner = readOwner(ownerPath);
  if (owner && owner.host === hostname() && owner.pid !== process.pid) {
    if (isAlive(owner.pid)) throw lockedError(dataDir, owner, false);
    // Its holder is gone: the lock is stale now, whatever its age.
    rmdirIfPresent(lockPath);
  } else if (owner && owner.host === hostname() && owner.pid === process.pid) {
    // Our own pid, but not held by us: a container restarted with the same pid.
    rmdirIfPresent(lockPath);
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      update: UPDATE_MS,
      onCompromised: (error) => {
        // Another process removed or took the lock: stop before two servers write one directory.
        process.stderr.write(
          `parapet: lost the lock on the data directory ${dataDir} (${error.message}); stopping.\n`,
        );
        process.exit(70);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "ELOCKED")
      throw lockedError(dataDir, readOwner(ownerPath), false);
    throw error;
  }
  heldHere.add(dataDir);
  let current: Owner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  writeOwner(ownerPath, current);
  let released = false;
  return {
    setUrl(url) {
      current = { ...current, url };
      writeOwner(ownerPath, current);
    },
    async release() {
      if (released) return;
      released = true;
      rmSync(ownerPath, { force: true });
      heldHere.delete(dataDir);
      await release().catch(() => undefined);
    },
  };
}

function lockedError(dataDir: string, owner: Owner | undefined, sameProcess: boolean): AppError {
  if (sameProcess)
    return new AppError("conflict", `The data directory ${dataDir} is already open in this process.`);
  const who = owner
    ? `pid ${owner.pid}${owner.host !== hostname() ? ` on ${owner.host}` : ""}`
    : "pid unknown";
  const hint = owner?.url ? `--url ${owner.url}` : "`--url`";
  return new AppError(
    "conflict",
    `Parapet is already running on this data directory (${who}); stop it or use ${hint} to ask the running server. (Data directory: ${dataDir})`,
  );
}

function readOwner(path: string): Owner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<Owner>;
    if (typeof parsed.pid !== "number" || typeof parsed.host !== "string") return undefined;
    return parsed as Owner;
  } catch {
    return undefined;
  }
}

function writeOwner(path: string, owner: Owner): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(owner)}\n`);
  renameSync(temporary, path);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as { code?: string }).code === "EPERM";
  }
}

function rmdirIfPresent(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // Already gone, or never there.
  }
}
