// A worker process as `parapet worker` runs it (startWorkerProcess, the same code),
// with one more job kind: a call to a "platform" on loopback carrying the job's
// idempotency key. Tests start it, kill it with SIGKILL in the middle of the call,
// and start another. Run with tsx; configured from the environment like the CLI.
import { z } from "zod";
import { parapetConfigFromEnv } from "../../src/config.js";
import { defineJobKind } from "../../src/jobs/job-kind.js";
import { startWorkerProcess } from "../../src/jobs/start-worker.js";

export const callPlatform = defineJobKind({
  kind: "test.call_platform",
  label: "Test: call the platform on loopback",
  payload: z.object({ url: z.url(), text: z.string() }),
  async run({ deps, payload, idempotencyKey, signal }) {
    const response = await deps.http.request(payload.url, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": idempotencyKey },
      body: JSON.stringify({ text: payload.text }),
      signal,
    });
    if (response.status !== 200) throw new Error(`the platform answered ${response.status}`);
  },
});

if (process.argv[1]?.endsWith("worker-process.ts")) {
  const leaseMs = Number(process.env.PARAPET_TEST_LEASE_MS ?? 1500);
  const running = await startWorkerProcess(parapetConfigFromEnv(process.env), {
    say: (line) => process.stderr.write(`${line}\n`),
    settings: { leaseMs, pollMs: 50, stopGraceMs: 5000 },
    jobKinds: [callPlatform],
  });
  process.stderr.write(`worker ready ${process.pid}\n`);
  const stop = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
