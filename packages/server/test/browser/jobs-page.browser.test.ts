import { describe, expect, it } from "vitest";
import { parapetConfigFromEnv } from "../../src/config.js";
import { createDeps } from "../../src/create-deps.js";
import { housekeepingJob } from "../../src/housekeeping/housekeeping.job.js";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

// Two days ago: recent enough that housekeeping keeps it (dead jobs are kept 90 days).
const ADDED_AT = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
const GAVE_UP_AT = new Date(ADDED_AT.getTime() + 30 * 60 * 1000);
const ADDED_LABEL = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
}).format(ADDED_AT);

/** A purge that gave up (its database was unreachable three times), as a real failure leaves it. */
async function leaveADeadJob(dataDir: string): Promise<void> {
  const deps = await createDeps(parapetConfigFromEnv({ PARAPET_DATA_DIR: dataDir }), { logLevel: false });
  try {
    await deps.db
      .insertInto("jobs")
      .values({
        kind: housekeepingJob.kind,
        payload: "{}",
        idempotency_key: `every-3600000ms:${new Date(Math.floor(ADDED_AT.getTime() / 3_600_000) * 3_600_000).toISOString()}`,
        status: "dead",
        run_at: GAVE_UP_AT,
        attempts: 3,
        max_attempts: 3,
        last_error: "Connection terminated: the database did not answer within 30 s",
        created_at: ADDED_AT,
        finished_at: GAVE_UP_AT,
      })
      .execute();
  } finally {
    await deps.close();
  }
}

describe("the background jobs page, in Chromium", () => {
  const suite = useParapetInChromium({ beforeServe: leaveADeadJob });

  it("shows an administrator a job that gave up, in words, and runs it again on request", async () => {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, "admin@fenmoor.example", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Welcome, Chris Taylor" }).waitFor();
    await page.getByRole("link", { name: "Background jobs" }).click();
    await page.getByRole("heading", { level: 1, name: "Background jobs" }).waitFor();
    const row = page.getByRole("row", { name: /Housekeeping: delete expired sessions/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Failed: gave up");
    expect(text).toContain("3 of 3");
    expect(text).toContain("the database did not answer within 30 s");
    expect(text).toContain("The whole installation");
    // People read labels: no job kind code, no id.
    expect(await page.locator("main").textContent()).not.toMatch(
      /housekeeping\.purge|[0-9a-f]{8}-[0-9a-f]{4}/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    await row.getByRole("button", { name: /Try again/ }).click();
    await page.getByRole("status").filter({ hasText: "Sent to run again: Housekeeping" }).waitFor();
    await page.getByText("Nothing is failing").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The server's own worker runs it: it shows among the jobs done, added two days ago.
    const doneRow = page.getByRole("row", { name: new RegExp(`added ${ADDED_LABEL}.*Done`) });
    for (let i = 0; i < 120 && !(await doneRow.isVisible()); i += 1) {
      await page.getByLabel("Show").selectOption({ label: "Waiting to run" });
      await page.getByLabel("Show").selectOption({ label: "Done (the last week)" });
      await page.waitForTimeout(250);
    }
    expect(await doneRow.textContent()).toContain("1 of 3");
  });

  it("is not offered to a member of staff", async () => {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, "staff@fenmoor.example", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Welcome, Priya Shah" }).waitFor();
    expect(await page.getByRole("link", { name: "Background jobs" }).count()).toBe(0);
  });
});
