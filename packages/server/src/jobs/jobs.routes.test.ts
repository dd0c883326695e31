import { describe, expect, it } from "vitest";
import { seedOtherOrganisation } from "../../test/helpers/people.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { testJobKinds } from "../../test/helpers/test-jobs.js";
import { JobWorker } from "./job-worker.js";

const test = testJobKinds();

describe.each(TEST_DATABASES)("the jobs page's API on %s", (kind) => {
  const t = useTestApp(kind, { jobKinds: test.kinds, random: () => 0.5 });

  const organisationOf = async (email: string) =>
    (
      await t.database.db
        .selectFrom("users")
        .select("organisation_id")
        .where("email", "=", email)
        .executeTakeFirstOrThrow()
    ).organisation_id;
  const run = async () => {
    const worker = new JobWorker(t.deps);
    await worker.runOnce();
    await worker.idle();
  };
  const asAdmin = async () => {
    const admin = await signInAs(t.app, "admin@fenmoor.example");
    return { cookie: admin.cookie, "x-csrf-token": admin.csrfToken };
  };

  it("shows an administrator the failing and dead jobs with readable labels, and retries them, audited", async () => {
    const organisationId = await organisationOf("admin@fenmoor.example");
    const dead = await t.deps.jobs.enqueue(t.deps.db, test.permanent, {}, { key: "dead-1", organisationId });
    const failing = await t.deps.jobs.enqueue(
      t.deps.db,
      test.flaky,
      { failures: 1 },
      { key: "f-1", organisationId },
    );
    const fine = await t.deps.jobs.enqueue(
      t.deps.db,
      test.record,
      { n: 3 },
      { key: "ok-1", organisationId: null },
    );
    await run();
    const headers = await asAdmin();

    const list = await t.app.inject({ method: "GET", url: "/api/v1/jobs", headers });
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json();
    expect(body.counts).toMatchObject({ dead: 1, failing: 1, running: 0 });
    const byId = new Map(body.jobs.map((job: { id: string }) => [job.id, job]));
    expect(byId.has(fine.id), "a job that succeeded is not a problem").toBe(false);
    expect(byId.get(dead.id)).toMatchObject({
      kindLabel: "Test: refused for good",
      state: "dead",
      stateLabel: "Failed: gave up",
      scopeLabel: "Your organisation",
      attempts: 1,
      lastError: "the platform says this comment no longer exists",
      canRetry: true,
    });
    expect(byId.get(failing.id)).toMatchObject({
      kindLabel: "Test: fail a few times",
      state: "failing",
      stateLabel: "Failing: will try again",
      attempts: 1,
      maxAttempts: 4,
      canRetry: true,
    });

    const done = await t.app.inject({ method: "GET", url: "/api/v1/jobs?view=succeeded", headers });
    expect(done.json().jobs).toEqual([
      expect.objectContaining({
        id: fine.id,
        description: "Call number 3",
        scopeLabel: "The whole installation",
        stateLabel: "Done",
        canRetry: false,
      }),
    ]);

    const retried = await t.app.inject({ method: "POST", url: `/api/v1/jobs/${dead.id}/retry`, headers });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ state: "waiting", attempts: 0, canRetry: false });
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select(["action", "entity_type", "entity_id", "summary", "actor_kind"])
      .where("action", "=", "job.retried")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: "job", entity_id: dead.id, actor_kind: "user" });
    expect(JSON.parse(audit[0]?.summary ?? "{}")).toMatchObject({
      before: { status: "dead", attempts: 1, kind: "test.permanent" },
      after: { status: "pending", attempts: 0 },
    });

    const again = await t.app.inject({ method: "POST", url: `/api/v1/jobs/${dead.id}/retry`, headers });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "invalid_transition",
      message: "This job cannot be retried: it has not failed: it is waiting for its turn.",
    });
    // Retried, it runs again (and fails again, for good).
    await run();
    const row = await t.database.db
      .selectFrom("jobs")
      .selectAll()
      .where("id", "=", dead.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "dead", attempts: 1 });
  });

  it("keeps another organisation's jobs out of sight and out of reach", async () => {
    const other = await seedOtherOrganisation(t.database.db);
    const theirs = await t.deps.jobs.enqueue(
      t.deps.db,
      test.permanent,
      {},
      {
        key: "theirs",
        organisationId: other.organisationId,
      },
    );
    await run();
    const headers = await asAdmin();
    const list = await t.app.inject({ method: "GET", url: "/api/v1/jobs?view=dead", headers });
    expect(list.json().jobs.map((job: { id: string }) => job.id)).not.toContain(theirs.id);
    const retry = await t.app.inject({ method: "POST", url: `/api/v1/jobs/${theirs.id}/retry`, headers });
    expect(retry.statusCode).toBe(404);
    expect(retry.json().error.message).toBe("There is no such job in your organisation.");
  });

  it("answers bad input with a 400, never a 500", async () => {
    const headers = await asAdmin();
    const badId = await t.app.inject({ method: "POST", url: "/api/v1/jobs/not-a-job/retry", headers });
    expect(badId.statusCode).toBe(400);
    const badView = await t.app.inject({ method: "GET", url: "/api/v1/jobs?view=everything", headers });
    expect(badView.statusCode).toBe(400);
    const badLimit = await t.app.inject({ method: "GET", url: "/api/v1/jobs?limit=100000", headers });
    expect(badLimit.statusCode).toBe(400);
  });
});
