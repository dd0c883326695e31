import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

const NEW_PASSWORD = "copper meadow violin harbour";

/** Admin invites a person; they set a password, sign in, act; the audit page shows it. */
describe("people and the audit trail, in Chromium", () => {
  const suite = useParapetInChromium();
  let admin: Page;
  let invitee: Page;
  let invitationLink = "";

  beforeAll(async () => {
    admin = await newPage(suite.browser);
    invitee = await newPage(suite.browser);
  });

  it("lets the administrator invite someone from the People page", async () => {
    await signInThroughPage(admin, suite.parapet.url, "admin@fenmoor.example", DEMO_PASSWORD);
    await admin.getByRole("heading", { level: 1, name: "Welcome, Chris Taylor" }).waitFor();
    await admin.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "People" }).click();
    await admin.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await admin.getByRole("cell", { name: /^Priya Shah/ }).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await admin.getByLabel("Email address").fill("nadia.khan@fenmoor.example");
    await admin.getByLabel("Full name").fill("Nadia Khan");
    await admin.getByLabel("Job title (optional)").fill("Information governance officer");
    await admin.getByLabel("Staff member").uncheck();
    await admin.getByLabel("Information governance lead").check();
    await admin.getByRole("button", { name: "Send invitation" }).click();
    invitationLink = (await admin.getByTestId("invitation-link").textContent()) ?? "";
    expect(invitationLink).toMatch(/\/set-password#[A-Za-z0-9_-]{40,}$/);
    await admin.getByRole("cell", { name: /^Nadia Khan/ }).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
  });

  it("lets the invited person set a password and sign in", async () => {
    await invitee.goto(invitationLink);
    await invitee.getByRole("heading", { level: 1, name: "Set your password" }).waitFor();
    expect(await seriousAxeViolations(invitee)).toEqual([]);
    await invitee.getByLabel("New password").fill("password1234");
    await invitee.getByRole("button", { name: "Set password" }).click();
    await invitee.getByRole("alert").waitFor();
    expect(await invitee.getByRole("alert").textContent()).toMatch(/too common/);
    await invitee.getByLabel("New password").fill(NEW_PASSWORD);
    await invitee.getByRole("button", { name: "Set password" }).click();
    await invitee.getByRole("heading", { level: 1, name: "Your password is set" }).waitFor();
    expect(invitee.url()).not.toContain("#");

    await signInThroughPage(invitee, suite.parapet.url, "nadia.khan@fenmoor.example", NEW_PASSWORD);
    await invitee.getByRole("heading", { level: 1, name: "Welcome, Nadia Khan" }).waitFor();
    expect(await invitee.locator("main").textContent()).toContain("Information governance lead");
  });

  it("records the person's action, which the audit page then shows, filtered by person", async () => {
    await invitee.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "People" }).click();
    const exportLink = invitee.getByRole("link", { name: "Export their data for Priya Shah" });
    const [download] = await Promise.all([invitee.waitForEvent("download"), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^person-.*\.json$/);

    await invitee
      .getByRole("navigation", { name: "Menu" })
      .getByRole("link", { name: "Audit trail" })
      .click();
    await invitee.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
    await invitee.getByLabel("Person").selectOption({ label: "Nadia Khan" });
    await invitee.getByRole("button", { name: "Filter" }).click();
    // Only Nadia's own entries remain: the invitation was the administrator's doing.
    await invitee.getByRole("row", { name: /Invited a person/ }).waitFor({ state: "detached" });
    const row = invitee.getByRole("row", { name: /Exported a person's data/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Nadia Khan");
    // The filtered table may still be settling under load: wait for its rows, not for the clock.
    await expect
      .poll(() => invitee.getByRole("row", { name: /Signed in/ }).count(), { timeout: 15_000 })
      .toBe(1);
    // People read words: no action code, role code or raw JSON anywhere in the table.
    const table = (await invitee.locator("table").textContent()) ?? "";
    expect(table).not.toMatch(/[a-z]+\.[a-z_]+|information_governance|[{}"]/);
    expect(await seriousAxeViolations(invitee)).toEqual([]);

    await invitee.getByRole("button", { name: "Check the trail has not been altered" }).click();
    await invitee.getByRole("status").waitFor();
    // expect.poll gives up after 1 s by default, too short for a loaded machine.
    await expect.poll(() => invitee.getByRole("status").textContent(), { timeout: 15_000 }).toMatch(/intact/);
  });

  it("shows the administrator who invited whom", async () => {
    await admin.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Audit trail" }).click();
    await admin.getByLabel("Action").selectOption({ label: "Invited a person" });
    await admin.getByRole("button", { name: "Filter" }).click();
    const row = admin.getByRole("row", { name: /Invited a person/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Chris Taylor");
    // The change reads as words: the roles given and the status, not JSON.
    expect(await row.textContent()).toMatch(/Roles: [A-Z][a-z]+/);
    expect(await row.textContent()).toContain("Status: Active");
    expect(await seriousAxeViolations(admin)).toEqual([]);
  });

  it("names the demo people's training modules as the training page does, never by their codes", async () => {
    await admin.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Audit trail" }).click();
    await admin.getByLabel("Action").selectOption({ label: "Created a person" });
    await admin.getByRole("button", { name: "Filter" }).click();
    await admin
      .getByRole("row", { name: /Signed in/ })
      .first()
      .waitFor({ state: "detached" });
    const rows = admin.getByRole("row", { name: /Created a person/ });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
    const table = (await admin.locator("table").textContent()) ?? "";
    expect(table).toContain("Training: Social media policy (induction)");
    expect(table).toContain("Platform training by the communications team");
    expect(table).not.toMatch(/social_media_policy|platform_training|foi_recognition/);
  });

  it("lets the administrator create an API token shown once, and revoke it", async () => {
    await admin.goto(`${suite.parapet.url}/api-tokens`);
    await admin.getByRole("heading", { level: 1, name: "API tokens" }).waitFor();
    await admin.getByLabel("What it is for").fill("SIEM export");
    await admin.getByLabel("Read and export the audit trail").check();
    await admin.getByRole("button", { name: "Create token" }).click();
    const token = (await admin.getByTestId("new-token").textContent()) ?? "";
    expect(token).toMatch(/^ppt_/);
    const reply = await fetch(`${suite.parapet.url}/api/v1/audit?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reply.status).toBe(200);
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await admin.getByRole("button", { name: "Revoke SIEM export" }).click();
    await admin.getByRole("cell", { name: /^Revoked/ }).waitFor();
    const after = await fetch(`${suite.parapet.url}/api/v1/audit?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);
  });
});
