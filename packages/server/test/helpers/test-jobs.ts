import { z } from "zod";
import { defineJobKind, PermanentJobError, RetryLaterError } from "../../src/jobs/job-kind.js";

/** What the test kinds below saw, in order: one entry per handler call. */
export interface Call {
  kind: string;
  payload: unknown;
  idempotencyKey: string;
  attempt: number;
  organisationId: string | null;
}

/**
 * Job kinds for tests, each a real handler run by the real worker: one that
 * records its calls, one that fails a given number of times, one that cannot
 * succeed, one that is rate-limited, and one that waits until told (or aborted).
 */
export function testJobKinds() {
  const calls: Call[] = [];
  const gates = new Map<string, () => void>();
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  const note = (kind: string, context: Omit<Call, "kind">) =>
    calls.push({
      kind,
      payload: context.payload,
      idempotencyKey: context.idempotencyKey,
      attempt: context.attempt,
      organisationId: context.organisationId,
    });

  const record = defineJobKind({
    kind: "test.record",
    label: "Test: record a call",
    payload: z.object({ n: z.number().int() }),
    describe: (payload) => `Call number ${payload.n}`,
    async run(context) {
      note("test.record", context);
    },
  });

  const flaky = defineJobKind({
    kind: "test.flaky",
    label: "Test: fail a few times",
    payload: z.object({ failures: z.number().int() }),
    retry: { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 3000 },
    async run(context) {
      note("test.flaky", context);
      if (context.attempt <= context.payload.failures)
        throw new Error(`the platform answered 503 (attempt ${context.attempt})`);
    },
  });

  const permanent = defineJobKind({
    kind: "test.permanent",
    label: "Test: refused for good",
    payload: z.object({}),
    async run(context) {
      note("test.permanent", context);
      throw new PermanentJobError("the platform says this comment no longer exists");
    },
  });

  const rateLimited = defineJobKind({
    kind: "test.rate_limited",
    label: "Test: rate limited",
    payload: z.object({ waitMs: z.number().int() }),
    async run(context) {
      note("test.rate_limited", context);
      if (context.attempt === 1) throw new RetryLaterError("429 Too Many Requests", context.payload.waitMs);
    },
  });

  const gated = defineJobKind({
    kind: "test.gated",
    label: "Test: wait until released",
    payload: z.object({ gate: z.string() }),
    async run(context) {
      note("test.gated", context);
      const gate = context.payload.gate;
      const now = (inFlight.get(gate) ?? 0) + 1;
      inFlight.set(gate, now);
      peaks.set(gate, Math.max(peaks.get(gate) ?? 0, now));
      try {
        await new Promise<void>((resolve, reject) => {
          gates.set(gate, resolve);
          context.signal.addEventListener("abort", () => reject(context.signal.reason), { once: true });
        });
      } finally {
        inFlight.set(gate, (inFlight.get(gate) ?? 1) - 1);
      }
    },
  });

  return {
    kinds: [record, flaky, permanent, rateLimited, gated],
    record,
    flaky,
    permanent,
    rateLimited,
    gated,
    calls,
    /** Lets a waiting `test.gated` job finish. */
    release(gate: string) {
      const open = gates.get(gate);
      if (!open) throw new Error(`no job is waiting at gate ${gate}`);
      open();
    },
    isWaiting: (gate: string) => gates.has(gate),
    /** The most handlers that were ever in flight at once for this gate. */
    peakInFlight: (gate: string) => peaks.get(gate) ?? 0,
  };
}
