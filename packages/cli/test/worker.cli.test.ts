import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@parapet/server";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const CLI = join(root, "packages/cli/bin/parapet.js");
const dataDir = mkdtempSync(join(tmpdir(), "parapet-worker-"));
const env: NodeJS.ProcessEnv = { ...process.env, PARAPET_DATA_DIR: dataDir, LOG_LEVEL: "info" };
delete env.DATABASE_URL;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("parapet worker", () => {
  it("migrates, runs the hour's housekeeping, and stops cleanly on Ctrl-C, releasing the directory", async () => {
    const child = spawn(process.execPath, [CLI, "worker", "--concurrency", "2"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => child.once("exit", done));
    await new Promise<void>((done, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("Parapet worker running jobs from PGlite at")) done();
      });
      exited.then((code) => reject(new Error(`parapet worker exited ${code}: ${stderr}`)));
    });
    // The housekeeping job is claimed on the first poll; wait for its log line, bounded by polls.
    for (let i = 0; i < 2400 && !stdout.includes('"kind":"housekeeping.purge"'); i += 1)
      await new Promise((done) => setTimeout(done, 25));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stderr).toContain("Received SIGINT: stopping (running jobs finish or are given back)");
    expect(stderr).toMatch(/Applied \d+ database migration\(s\)/);

    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      const jobs = await database.db.selectFrom("jobs").select(["kind", "status", "attempts"]).execute();
      // The hour's housekeeping ran exactly once; the per-minute schedules (inbox polling and
      // escalation) may tick once or, across a minute boundary, twice; the daily reminders (training
      // expiring, policy review, account review) and the quarter-hour look for unofficial accounts once. Every job
      // succeeded at once.
      expect(jobs.filter((job) => job.kind === "housekeeping.purge")).toHaveLength(1);
      expect(new Set(jobs.map((job) => job.kind))).toEqual(
        new Set([
          "housekeeping.purge",
          "inbox.escalate_overdue",
          "inbox.poll_due",
          "training.remind_expiring",
          "policy.remind_review",
          "accounts.find_unofficial",
          "accounts.remind_review",
        ]),
      );
      expect(jobs.every((job) => job.status === "succeeded" && job.attempts === 1)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it("refuses a concurrency that is not a whole number from 1 to 64", async () => {
    const child = spawn(process.execPath, [CLI, "worker", "--concurrency", "0"], { cwd: root, env });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await new Promise((done) => child.once("exit", done))).toBe(2);
    expect(stderr).toMatch(/a whole number from 1 to 64/);
  });
});
