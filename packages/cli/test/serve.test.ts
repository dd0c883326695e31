import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../bin/parapet.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "parapet-cli-serve-"));
const env: NodeJS.ProcessEnv = { ...process.env, PARAPET_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
delete env.DATABASE_URL;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `parapet start --port 0`, waits for health, sends Ctrl-C, and reports what happened. */
async function startAndInterrupt(): Promise<{ code: number | null; stderr: string; health: number }> {
  const child = spawn(process.execPath, [CLI, "start", "--port", "0"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Parapet is running at (\S+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", () => reject(new Error(stderr)));
  });
  const health = (await fetch(`${url}/healthz`)).status;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  return { code: await exited, stderr, health };
}

describe("parapet on the command line", () => {
  it("prints help straight after install, and exits 0", () => {
    const result = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("serve");
    expect(result.stdout).toContain("migrate");
    expect(result.stdout).toContain("seed-demo");
  });

  it("exits 2 with a one-line reason for bad usage", () => {
    const unknown = spawnSync(process.execPath, [CLI, "no-such-command"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    const badPort = spawnSync(process.execPath, [CLI, "serve", "--port", "eighty"], { encoding: "utf8" });
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toMatch(/port/);
  });

  it("migrates, seeds once, serves, stops cleanly on Ctrl-C and starts again on the same data", async () => {
    const first = await startAndInterrupt();
    expect(first.health).toBe(200);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("Created the demo organisation");
    expect(first.stderr).toContain("comms@fenmoor.example");

    const second = await startAndInterrupt();
    expect(second.health).toBe(200);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain("Created the demo organisation");
    expect(second.stderr).not.toContain("Applied");
  });

  it("says clearly when DATABASE_URL points nowhere", () => {
    const result = spawnSync(process.execPath, [CLI, "migrate"], {
      encoding: "utf8",
      env: { ...env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/nothing" },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /cannot connect to PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/nothing/,
    );
  });
});
