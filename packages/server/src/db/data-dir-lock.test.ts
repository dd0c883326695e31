import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_NAME, lockDataDir, OWNER_NAME } from "./data-dir-lock.js";
import { openDatabase } from "./database.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const HOLDER = join(root, "packages/server/test/helpers/hold-lock.ts");
const dirs: string[] = [];
const children: ChildProcess[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parapet-lock-"));
  dirs.push(dir);
  return dir;
}

/** Another process holding the lock; resolves once it holds it. */
function holdInAnotherProcess(dir: string, url?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, dir, ...(url ? [url] : [])], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  return new Promise((done, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("locked")) done(child);
    });
    child.once("exit", (code) => reject(new Error(`the holder exited ${code}: ${stderr}`)));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("one process per PGlite data directory", () => {
  it("refuses a second process, naming its pid, and gives way when it stops", async () => {
    const dir = freshDir();
    const holder = await holdInAnotherProcess(dir);
    const owner = JSON.parse(readFileSync(join(dir, OWNER_NAME), "utf8"));
    expect(owner).toMatchObject({ pid: holder.pid, host: hostname() });
    await expect(lockDataDir(dir)).rejects.toThrow(
      `Parapet is already running on this data directory (pid ${holder.pid}); stop it or use \`--url\` to ask the running server.`,
    );
    // Opening the database is refused the same way, before PGlite touches a file.
    await expect(openDatabase({ kind: "pglite", dataDir: dir })).rejects.toThrow(/already running/);
    expect(existsSync(join(dir, "PG_VERSION"))).toBe(false);

    const exited = new Promise((done) => holder.once("exit", done));
    holder.kill("SIGTERM");
    await exited;
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it("names the running server's address, once it listens, in the hint", async () => {
    const dir = freshDir();
    const holder = await holdInAnotherProcess(dir, "http://127.0.0.1:8080");
    await expect(lockDataDir(dir)).rejects.toThrow(
      `(pid ${holder.pid}); stop it or use --url http://127.0.0.1:8080 to ask the running server.`,
    );
  });

  it("is not blocked by a holder killed with SIGKILL: its lock is stale at once", async () => {
    const dir = freshDir();
    const holder = await holdInAnotherProcess(dir);
    const exited = new Promise((done) => holder.once("exit", done));
    holder.kill("SIGKILL");
    await exited;
    expect(existsSync(join(dir, LOCK_NAME)), "the killed holder left its lock behind").toBe(true);
    // As fresh as a lock can be, so that only the dead pid can make it stale.
    const later = new Date(Date.now() + 60 * 60 * 1000);
    utimesSync(join(dir, LOCK_NAME), later, later);
    const lock = await lockDataDir(dir);
    const owner = JSON.parse(readFileSync(join(dir, OWNER_NAME), "utf8"));
    expect(owner.pid).toBe(process.pid);
    await lock.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    expect(existsSync(join(dir, OWNER_NAME))).toBe(false);
  });

  it("treats a lock from another machine as held while it is fresh, and as stale once it is not refreshed", async () => {
    const dir = freshDir();
    mkdirSync(join(dir, LOCK_NAME));
    writeFileSync(
      join(dir, OWNER_NAME),
      JSON.stringify({ pid: 4242, host: "other-host", startedAt: new Date().toISOString() }),
    );
    await expect(lockDataDir(dir)).rejects.toThrow(/\(pid 4242 on other-host\)/);
    const longAgo = new Date(Date.now() - 10 * 60 * 1000);
    utimesSync(join(dir, LOCK_NAME), longAgo, longAgo);
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it("refuses a second open in the same process", async () => {
    const dir = freshDir();
    const database = await openDatabase({ kind: "pglite", dataDir: dir });
    try {
      await expect(openDatabase({ kind: "pglite", dataDir: dir })).rejects.toThrow(
        /already open in this process/,
      );
    } finally {
      await database.close();
    }
    const again = await openDatabase({ kind: "pglite", dataDir: dir });
    await again.close();
  });
});
