import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listMigrations, openDatabase } from "@parapet/server";
import { auditTrailSettingsFromEnv, openAuditTrail } from "@parapet/server/audit/audit-trail.js";
import { verifyAuditTrail } from "@parapet/server/audit/verify-audit-chain.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const CLI = join(root, "packages/cli/bin/parapet.js");
const dataDir = mkdtempSync(join(tmpdir(), "parapet-one-process-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PARAPET_DATA_DIR: dataDir,
  LOG_LEVEL: "warn",
  // The server's audit checkpoints, written every minute, go elsewhere: this test counts the directory's files.
  PARAPET_AUDIT_CHECKPOINTS: join(
    mkdtempSync(join(tmpdir(), "parapet-one-process-checkpoints-")),
    "checkpoints.jsonl",
  ),
};
delete env.DATABASE_URL;
delete env.PARAPET_API_TOKEN;

/** Every command that opens the database. */
const DATABASE_COMMANDS = [
  ["migrate"],
  ["seed-demo"],
  ["audit", "verify"],
  ["audit", "verify", "--json"],
  ["worker"],
  ["serve", "--port", "0"],
  ["start", "--port", "0"],
];

function parapet(args: string[], extra: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: root,
    env: { ...env, ...extra },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of the data directory with its size and modification time, but the lock's own. */
function snapshotOfFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        files.set(path.slice(dataDir.length), `${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dataDir);
  return files;
}

describe("one process per PGlite data directory, from the command line", () => {
  let server: ChildProcess;
  let url = "";
  let token = "";
  let exited: Promise<number | null>;
  let refusalsStartedAt = new Date(0);

  beforeAll(async () => {
    server = spawn(process.execPath, [CLI, "start", "--port", "0"], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    exited = new Promise((done) => server.once("exit", done));
    url = await new Promise<string>((done, reject) => {
      let stderr = "";
      server.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /Parapet is running at (\S+)/.exec(stderr);
        if (match?.[1]) done(match[1]);
      });
      exited.then((code) => reject(new Error(`parapet start exited ${code}: ${stderr}`)));
    });
    const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@fenmoor.example", password: "fenmoor-demo-2026" }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await fetch(`${url}/api/v1/api-tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify({ name: "command line", scopes: ["audit.read", "system.read", "system.demo"] }),
    });
    expect(created.status).toBe(201);
    token = ((await created.json()) as { token: string }).token;
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      server.kill("SIGKILL");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses every database command while a server runs, naming its pid and address, and touches no file", () => {
    const before = snapshotOfFiles();
    refusalsStartedAt = new Date();
    for (const args of DATABASE_COMMANDS) {
      const result = parapet(args);
      expect(result.code, `parapet ${args.join(" ")}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain(
        `Parapet is already running on this data directory (pid ${server.pid}); stop it or use --url ${url} to ask the running server.`,
      );
      expect(result.stderr.trim().split("\n"), "one line").toHaveLength(1);
    }
    // The server may write its own files meanwhile (its WAL); the refused commands added none.
    const after = snapshotOfFiles();
    const added = [...after.keys()].filter((file) => !before.has(file));
    expect(added).toEqual([]);
  });

  it("asks the running server instead with --url and an API token", () => {
    const withToken = { PARAPET_API_TOKEN: token };
    const verify = parapet(["audit", "verify", "--json", "--url", url], withToken);
    expect(verify.code, verify.stderr).toBe(0);
    const report = JSON.parse(verify.stdout) as { ok: boolean; rows: number };
    expect(report.ok).toBe(true);
    expect(report.rows).toBeGreaterThan(0);

    const migrate = parapet(["migrate", "--url", url], withToken);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stderr).toContain(`up to date: ${listMigrations().length} migrations applied`);

    const seed = parapet(["seed-demo", "--url", url], withToken);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stderr).toContain("The demo organisation exists already.");

    const noToken = parapet(["audit", "verify", "--url", url]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/--url needs an API token: set PARAPET_API_TOKEN/);
    const badToken = parapet(["audit", "verify", "--url", url], { PARAPET_API_TOKEN: "not-a-token" });
    expect(badToken.code).toBe(2);
    expect(badToken.stderr).toMatch(/answered 401/);
  });

  it("after the server stops, finds every migration applied once, the trail intact, nothing seeded twice", async () => {
    let allRows = 0;
    const lastVerify = parapet(["audit", "verify", "--json", "--url", url], { PARAPET_API_TOKEN: token });
    const rowsTheServerSaw = (JSON.parse(lastVerify.stdout) as { rows: number }).rows;
    server.kill("SIGINT");
    expect(await exited).toBe(0);

    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      const applied = await database.db
        .selectFrom("parapet_migrations")
        .select(["version", "applied_at"])
        .execute();
      expect(applied.map((row) => row.version).sort((a, b) => a - b)).toEqual(
        listMigrations().map((m) => m.version),
      );
      // All applied by the server's own start: none later, by a refused command.
      const latest = Math.max(...applied.map((row) => row.applied_at.getTime()));
      expect(latest).toBeLessThan(refusalsStartedAt.getTime());
      // The key the server made in the data directory, and its checkpoints.
      const trail = openAuditTrail(
        auditTrailSettingsFromEnv({
          PARAPET_DATA_DIR: dataDir,
          PARAPET_AUDIT_CHECKPOINTS: env.PARAPET_AUDIT_CHECKPOINTS,
        }),
      );
      const result = await verifyAuditTrail(database.db, trail);
      expect(result.ok).toBe(true);
      const organisations = await database.db.selectFrom("organisations").select(["id", "slug"]).execute();
      expect(organisations.map((o) => o.slug)).toEqual(["fenmoor"]);
      // The trail starts at the organisation's creation: the demo seed audits what it makes.
      const organisationId = organisations[0]?.id ?? "";
      const start = await database.db
        .selectFrom("audit_events")
        .select(["chain_seq", "action", "entity_type", "entity_id"])
        .where("chain", "=", organisationId)
        .orderBy("chain_seq")
        .execute();
      expect(start[0]).toMatchObject({
        chain_seq: 1,
        action: "organisation.created",
        entity_id: organisationId,
      });
      const people = await database.db
        .selectFrom("users")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .execute();
      expect(people.length).toBeGreaterThanOrEqual(7);
      const created = start.slice(1, 1 + people.length);
      expect(created.map((row) => row.action)).toEqual(people.map(() => "user.created"));
      expect(created.map((row) => row.entity_id).sort()).toEqual(people.map((p) => p.id).sort());
      // The server verified the token's organisation's chain: the same rows.
      expect(result.chains.find((c) => c.chain === organisations[0]?.id)?.rows).toBe(rowsTheServerSaw);
      allRows = result.rows;
    } finally {
      await database.close();
    }
    // And the command line, now the only process, sees the same trail.
    const local = parapet(["audit", "verify", "--json"]);
    expect(local.code, local.stderr).toBe(0);
    expect(JSON.parse(local.stdout)).toMatchObject({ ok: true, rows: allRows });
  });
});
