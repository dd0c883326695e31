import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps } from "../src/create-deps.js";
import { DEMO_PASSWORD } from "../src/organisations/seed-demo.js";
import {
  type ProcessDatabase,
  processDatabase,
  type ReadyProcess,
  spawnUntilReady,
} from "./helpers/child-process.js";
import { feedComment, signMeta, testFacebookAccount } from "./helpers/graph-platform.js";
import { TEST_SECRET_KEY, testConfig } from "./helpers/test-app.js";
import { TEST_AUDIT_KEY, testCheckpointFile } from "./helpers/test-audit.js";
import { TEST_DATABASES } from "./helpers/test-database.js";

const CLI = fileURLToPath(new URL("../../cli/bin/parapet.js", import.meta.url));
/** Deliveries in the burst, and how many are acknowledged before the server is killed. */
const BURST = 120;
const KILL_AFTER = 30;

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`parapet ${args.join(" ")} exited ${code}: ${stderr}`)),
    );
  });
}

/** `parapet serve` as a person runs it; resolves with its address once it says it is running. */
async function serve(env: NodeJS.ProcessEnv): Promise<{ url: string } & ReadyProcess> {
  const started = await spawnUntilReady([CLI, "serve", "--port", "0"], {
    env,
    ready: /Parapet is running at (http:\/\/\S+)/,
    what: "parapet serve",
    timeoutMs: 90_000,
  });
  return { ...started, url: started.ready[1] ?? "" };
}

function target(kind: "pglite" | "postgres"): Promise<ProcessDatabase> {
  return processDatabase(kind, {
    prefix: "restart",
    env: { ...process.env, LOG_LEVEL: "warn", PARAPET_SECRET_KEY: TEST_SECRET_KEY },
    postgresEnv: () => ({
      PARAPET_AUDIT_KEY: TEST_AUDIT_KEY,
      PARAPET_AUDIT_CHECKPOINTS: testCheckpointFile(),
    }),
  });
}

/**
 * issue 14, "Reliability": the server is killed (SIGKILL, no goodbye) in the middle of a burst of
 * signed webhooks, then started again. Every delivery that got its 200 is in the queue with its
 * triage job afterwards; the platform sends the others again and they are stored once.
 */
describe.each(TEST_DATABASES)("a server killed during a burst of webhooks, on %s", (kind) => {
  let where: ProcessDatabase;
  beforeAll(async () => {
    where = await target(kind);
    // Only the organisation and its people: the test counts every message in the inbox.
    await runCli(["seed-demo", "--no-content"], where.env);
  });
  afterAll(async () => {
    await where?.cleanup();
  });

  // Two starts of `parapet serve` and 240 deliveries with triage: minutes on a loaded machine.
  it("has every acknowledged delivery in the queue after the restart, and stores the rest once when resent", {
    timeout: 300_000,
  }, async () => {
    const first = await serve(where.env);
    const signIn = await fetch(`${first.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@fenmoor.example", password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const connected = await fetch(`${first.url}/api/v1/inbox-accounts`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify(testFacebookAccount("http://127.0.0.1:9")),
    });
    expect(connected.status, await connected.clone().text()).toBe(200);
    const path = ((await connected.json()) as { webhookPath: string }).webhookPath;

    const bodies = Array.from({ length: BURST }, (_, i) =>
      feedComment({ commentId: `burst-${i}`, text: `Is the clinic open on day ${i}?`, at: new Date() }),
    );
    const deliver = async (base: string, i: number): Promise<boolean> => {
      const body = bodies[i] ?? "";
      try {
        const res = await fetch(`${base}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
          body,
        });
        return res.status === 200;
      } catch {
        return false;
      }
    };
    // Four senders at once, as a platform delivers; SIGKILL once enough have been acknowledged.
    const acknowledged = new Set<number>();
    let next = 0;
    let killed = false;
    const sender = async () => {
      while (next < BURST) {
        const i = next++;
        if (await deliver(first.url, i)) acknowledged.add(i);
        if (!killed && acknowledged.size >= KILL_AFTER) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all([sender(), sender(), sender(), sender()]);
    await first.exited;
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size, "the kill cut the burst short").toBeLessThan(BURST);

    // Started again: the platform resends what was not acknowledged (and, to be sure, all of it).
    const second = await serve(where.env);
    const resent = await Promise.all(bodies.map((_, i) => deliver(second.url, i)));
    expect(resent.every(Boolean)).toBe(true);
    second.child.kill("SIGTERM");
    await second.exited;

    const deps = await createDeps(testConfig({ database: where.location }), { logLevel: false });
    try {
      const items = await deps.db.selectFrom("inbox_items").select(["id", "external_id"]).execute();
      const stored = new Set(items.map((i) => i.external_id.replace(/^\d+_/, "")));
      for (const i of acknowledged)
        expect(stored.has(`burst-${i}`), `burst-${i} was acknowledged`).toBe(true);
      // Once each, however often it came.
      expect(items).toHaveLength(BURST);
      const versions = await deps.db.selectFrom("inbox_item_versions").select("item_id").execute();
      expect(versions).toHaveLength(BURST);
      // Each has its triage job (enqueued in the same transaction as the item).
      const triage = await deps.db
        .selectFrom("jobs")
        .select("payload")
        .where("kind", "=", "inbox.triage")
        .execute();
      expect(triage.length).toBeGreaterThanOrEqual(BURST);
    } finally {
      await deps.close();
    }
  });
});
