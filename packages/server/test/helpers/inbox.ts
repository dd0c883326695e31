import type { Deps } from "../../src/create-deps.js";
import type { InboundItem } from "../../src/inbox/connectors/connector.js";
import { JobWorker } from "../../src/jobs/job-worker.js";

let counter = 0;

/** An inbound item as a connector returns it; `overrides` set what the test cares about. */
export function inboundItem(overrides: Partial<InboundItem> = {}): InboundItem {
  counter += 1;
  const at = "2026-11-24T09:30:00.000Z";
  return {
    platform: "facebook",
    externalId: `page_${counter}`,
    account: "1142469655832956",
    channel: "comment",
    event: "created",
    versionKey: "created",
    author: { platformId: `700${counter}`, name: "A member of the public" },
    text: "Thank you to the staff on the ward, they were lovely.",
    createdAt: at,
    occurredAt: at,
    ...overrides,
  };
}

/** Runs due jobs with the real worker until none are left (bounded: at most `rounds` passes). */
export async function runJobs(deps: Deps, rounds = 20): Promise<number> {
  const worker = new JobWorker(deps);
  let ran = 0;
  for (let i = 0; i < rounds; i += 1) {
    const claimed = await worker.runOnce();
    await worker.idle();
    const real = claimed.filter((job) => job.kind !== "housekeeping.purge");
    ran += real.length;
    if (claimed.length === 0) return ran;
  }
  throw new Error(`jobs were still due after ${rounds} passes`);
}

export async function organisationIdOf(deps: Deps, slug = "fenmoor"): Promise<string> {
  const row = await deps.db
    .selectFrom("organisations")
    .select("id")
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userIdOf(deps: Deps, email: string): Promise<string> {
  const row = await deps.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}
