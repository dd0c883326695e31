import { z } from "zod";
import type { JobRegistry } from "./job-kind.js";
import { JOB_VIEWS, type JobRow } from "./jobs.repository.js";

/** What a job is doing, as the jobs page shows it (a pending job that has failed before is "failing"). */
export const JOB_STATES = ["waiting", "running", "failing", "dead", "succeeded"] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_STATE_LABELS: Readonly<Record<JobState, string>> = {
  waiting: "Waiting to run",
  running: "Running",
  failing: "Failing: will try again",
  dead: "Failed: gave up",
  succeeded: "Done",
};

export const jobsQuerySchema = z.object({
  view: z.enum(JOB_VIEWS).default("problems"),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const jobViewSchema = z.object({
  /** For the retry call only; the page never shows it. */
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  description: z.string().nullable(),
  scope: z.enum(["organisation", "installation"]),
  scopeLabel: z.string(),
  state: z.enum(JOB_STATES),
  stateLabel: z.string(),
  attempts: z.number(),
  maxAttempts: z.number(),
  lastError: z.string().nullable(),
  /** When it runs next (pending), or when its lease ends (running). */
  nextRunAt: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  canRetry: z.boolean(),
});

export const jobListSchema = z.object({
  jobs: z.array(jobViewSchema),
  counts: z.object({ waiting: z.number(), running: z.number(), failing: z.number(), dead: z.number() }),
});

export function jobState(job: Pick<JobRow, "status" | "attempts">): JobState {
  if (job.status === "pending") return job.attempts > 0 ? "failing" : "waiting";
  return job.status;
}

export function toJobView(job: JobRow, registry: JobRegistry): z.infer<typeof jobViewSchema> {
  const kind = registry.get(job.kind);
  const state = jobState(job);
  let description: string | null = null;
  if (kind?.describe) {
    const parsed = kind.payload.safeParse(job.payload);
    if (parsed.success) description = kind.describe(parsed.data);
  }
  return {
    id: job.id,
    kind: job.kind,
    kindLabel: kind?.label ?? "A kind of job this version of Parapet does not know",
    description,
    scope: job.organisation_id ? "organisation" : "installation",
    scopeLabel: job.organisation_id ? "Your organisation" : "The whole installation",
    state,
    stateLabel: JOB_STATE_LABELS[state],
    attempts: job.attempts,
    maxAttempts: job.max_attempts,
    lastError: job.last_error,
    nextRunAt:
      job.status === "pending"
        ? job.run_at.toISOString()
        : job.status === "running"
          ? (job.locked_until?.toISOString() ?? null)
          : null,
    createdAt: job.created_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
    canRetry: state === "dead" || state === "failing",
  };
}
