import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  internalIdsShown,
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

/**
 * One account request along the whole path with four people (EPUT CPG58 §2.4; RWT Attachment 2
 * §3.3–3.6): a staff nurse asks, her line manager endorses, a communications officer reviews, the
 * head of communications approves, and the officer sets it up and makes it live in the register.
 */
describe("the account register, in Chromium", () => {
  const suite = useParapetInChromium();

  async function as(email: string, name: string): Promise<Page> {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, email, DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: `Welcome, ${name}` }).waitFor();
    return page;
  }
  const menu = (page: Page, name: string) =>
    page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name }).click();
  async function openWaiting(page: Page, account: string) {
    await menu(page, "Waiting for me");
    await page.getByRole("heading", { level: 1, name: "Account requests waiting for me" }).waitFor();
    await page.getByRole("link", { name: account }).click();
    await page.getByRole("heading", { level: 1, name: account }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await internalIdsShown(page)).toEqual([]);
  }
  async function step(page: Page, button: string) {
    await page.getByRole("button", { name: button }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Done: ${button}` })
      .waitFor();
  }

  it("says why the register is empty and how accounts get into it, not an empty table", async () => {
    const comms = await as("comms@fenmoor.example", "Alex Morgan");
    await menu(comms, "Account register");
    await comms.getByRole("heading", { level: 1, name: "Account register" }).waitFor();
    await comms.getByText("No accounts in the register yet.", { exact: false }).waitFor();
    expect(await comms.getByRole("table").count()).toBe(0);
    await comms.getByLabel("Handle, name or service").fill("podiatry");
    await comms.getByText("No accounts match these filters.").waitFor();
    expect(await seriousAxeViolations(comms)).toEqual([]);
    // The admin rights audit with nothing to audit does not claim every account is signed off.
    await comms.getByRole("link", { name: "Admin rights audit" }).click();
    await comms.getByRole("heading", { level: 1, name: "Admin rights audit" }).waitFor();
    await comms.getByText("No accounts in the register yet, so there is nothing to sign off.").waitFor();
    expect(await comms.locator("main").textContent()).not.toContain("Every account is signed off");
    expect(await comms.getByRole("table").count()).toBe(0);
    await comms.context().close();
  });

  it("takes a request from the form to a live account in the register, with four people", async () => {
    const account = "Fenmoor Podiatry";
    const staff = await as("staff@fenmoor.example", "Priya Shah");
    await menu(staff, "My account requests");
    await staff.getByRole("link", { name: "Request an account" }).click();
    await staff.getByRole("heading", { level: 1, name: "Request an account" }).waitFor();
    const criteria = staff.getByTestId("criteria");
    await criteria.getByText("Not met yet").first().waitFor();
    expect(await criteria.textContent()).toMatch(/approved user.*RWT Attachment 2 §3\.4/);
    await staff.getByLabel("Service or team").fill("Podiatry");
    await staff.getByLabel("Purpose").fill("Clinic changes and foot-care advice for patients.");
    await staff.getByLabel("Audience").fill("Patients and carers");
    await staff.getByLabel("Proposed name").fill(account);
    await staff.getByLabel("Proposed handle").fill("@FenmoorPodiatry");
    await staff.getByLabel("Content plan").fill("Clinic news on Mondays, advice midweek.");
    await staff.getByLabel("Posts a week").fill("4");
    await staff.getByLabel("Priya Shah", { exact: true }).check();
    await staff.getByLabel("The approved users have done the communications team's training").check();
    await staff.getByLabel("Moderation plan").fill("Priya checks comments at 9am and 4pm each weekday.");
    // Every criterion is met once the form says so: checked as you type, in the browser.
    await criteria.getByText("Not met yet").waitFor({ state: "detached" });
    expect(await criteria.getByText("Met").count()).toBeGreaterThanOrEqual(2);
    await staff.getByLabel("Your line manager").selectOption({ label: "Tom Hughes" });
    expect(await seriousAxeViolations(staff)).toEqual([]);
    expect(await internalIdsShown(staff)).toEqual([]);
    await staff.getByRole("button", { name: "Submit for endorsement" }).click();
    await staff.getByRole("heading", { level: 1, name: account }).waitFor();
    await staff.getByText("waiting for the line manager").first().waitFor();
    expect(await seriousAxeViolations(staff)).toEqual([]);
    expect(await internalIdsShown(staff)).toEqual([]);

    const manager = await as("manager@fenmoor.example", "Tom Hughes");
    await openWaiting(manager, account);
    await step(manager, "Endorse");

    const comms = await as("comms@fenmoor.example", "Alex Morgan");
    await openWaiting(comms, account);
    await step(comms, "Reviewed: send for approval");

    const head = await as("head-of-comms@fenmoor.example", "Jo Bennett");
    await openWaiting(head, account);
    await step(head, "Approve");

    await openWaiting(comms, account);
    await comms.getByLabel("The handle is reserved").check();
    await comms.getByLabel("Two-step verification is on").check();
    await comms.getByLabel("Alex Morgan (communications team)").check();
    await comms.getByLabel("Priya Shah", { exact: true }).check();
    await comms.getByLabel("Where the log-in details are held").fill("Communications team password manager");
    await comms.getByRole("button", { name: "Save the checklist" }).click();
    await comms.getByText("Still to do").waitFor({ state: "detached" });
    expect(await seriousAxeViolations(comms)).toEqual([]);
    expect(await internalIdsShown(comms)).toEqual([]);
    await step(comms, "Make it live");

    // The form's tick is the requester's word; the register trusts the training records, so HR
    // records the platform training of Priya (approved user and admin) and Tom (her successor below).
    const hr = await as("hr@fenmoor.example", "Rachel Owen");
    const { csrfToken } = (await (await hr.request.get(`${suite.parapet.url}/api/v1/me`)).json()) as {
      csrfToken: string;
    };
    const ids = (await (await hr.request.get(`${suite.parapet.url}/api/v1/training`)).json()) as {
      people: { id: string; email: string }[];
    };
    for (const email of ["staff@fenmoor.example", "manager@fenmoor.example"]) {
      const userId = ids.people.find((p) => p.email === email)?.id;
      const recorded = await hr.request.post(`${suite.parapet.url}/api/v1/training/completions`, {
        headers: { "x-csrf-token": csrfToken },
        data: { userId, moduleId: "platform_training", completedOn: "2026-11-02" },
      });
      expect(recorded.status(), await recorded.text()).toBe(200);
    }

    await menu(comms, "Account register");
    await comms.getByRole("heading", { level: 1, name: "Account register" }).waitFor();
    const row = comms.getByRole("row", { name: /@FenmoorPodiatry/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Podiatry.*Live.*Alex Morgan, Priya Shah/);
    expect(await seriousAxeViolations(comms)).toEqual([]);
    expect(await internalIdsShown(comms)).toEqual([]);
    await row.getByRole("link", { name: "@FenmoorPodiatry" }).click();
    await comms.getByRole("heading", { level: 1, name: account }).waitFor();
    const text = (await comms.locator("main").textContent()) ?? "";
    expect(text).toContain("Communications team password manager");
    expect(text).not.toContain("Needs attention");
    // Labels only: no stored code (snake_case values, step codes) reaches the page.
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(await seriousAxeViolations(comms)).toEqual([]);
    expect(await internalIdsShown(comms)).toEqual([]);

    // Its review has two parts: communications signs first, and the review stays pending until
    // Priya, an admin for the owning team, signs hers on the page her e-mail links to.
    await comms.getByRole("button", { name: "Sign for communications" }).click();
    await comms.getByTestId("review-state").getByText("waiting for the owner").waitFor();
    expect(await comms.getByRole("button", { name: "Sign the owner's part" }).count()).toBe(0);
    // Priya does not read the register; her review waits for her on "Waiting for me".
    await menu(staff, "Waiting for me");
    await staff.getByRole("heading", { level: 2, name: "Account reviews waiting for me" }).waitFor();
    const waiting = staff.getByTestId("reviews-waiting");
    expect(await waiting.textContent()).toMatch(/waiting for the owner\. Yours to sign: The owning team/);
    expect(await seriousAxeViolations(staff)).toEqual([]);
    await waiting.getByRole("link", { name: new RegExp(account) }).click();
    await staff.getByRole("heading", { level: 1, name: `Review of ${account}` }).waitFor();
    await staff.getByText("Signed by Alex Morgan").waitFor();
    expect(await seriousAxeViolations(staff)).toEqual([]);
    expect(await internalIdsShown(staff)).toEqual([]);
    await staff.getByLabel("Note (optional)").fill("Still needed; both admins checked.");
    await staff.getByRole("button", { name: "Sign the owner's part" }).click();
    await staff.getByText(/The review is complete\. The next one is due on/).waitFor();
    await comms.reload();
    await comms.getByText(/Completed .*: owner Priya Shah, communications Alex Morgan/).waitFor();
    expect(await comms.getByTestId("review-state").count()).toBe(0);

    // Priya leaves: HR's leavers file names Tom as her successor, and the account is handed over.
    const upload = await hr.request.post(`${suite.parapet.url}/api/v1/accounts/leavers`, {
      headers: { "x-csrf-token": csrfToken },
      data: {
        csv: "email,leaving_on,successor_email\nstaff@fenmoor.example,2030-01-31,manager@fenmoor.example\n",
        dryRun: false,
      },
    });
    expect(upload.status(), await upload.text()).toBe(200);
    expect(((await upload.json()) as { handovers: number }).handovers).toBe(2);
    await comms.reload();
    await comms.getByRole("heading", { level: 2, name: "Handovers from leavers" }).waitFor();
    expect(await comms.locator("main").textContent()).toContain("Handover not done yet");
    expect(await seriousAxeViolations(comms)).toEqual([]);
    expect(await internalIdsShown(comms)).toEqual([]);
    // Two tasks (admin and approved user): complete one, wait until one button is left, then the other.
    const handOver = comms.getByRole("button", { name: "Handed over to Tom Hughes" });
    await handOver.first().click();
    await handOver.nth(1).waitFor({ state: "detached" });
    await handOver.first().click();
    await comms
      .getByRole("heading", { level: 2, name: "Handovers from leavers" })
      .waitFor({ state: "detached" });
    const handedOver = (await comms.locator("main").textContent()) ?? "";
    expect(handedOver).not.toContain("Needs attention");
    expect(handedOver).toContain("Tom Hughes");
    expect(handedOver).toContain("Handed over from a leaver");
  }, 240_000);
});
