import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  internalIdsShown,
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

/**
 * Training gates approved users (CORP-0068 §3.2): a member of staff sees what they are missing;
 * the head of communications records it and the person becomes an approved user; HR's leavers
 * file is checked line by line before anything is made.
 */
describe("training and leavers, in Chromium", () => {
  const suite = useParapetInChromium();
  let staff: Page;
  let head: Page;

  beforeAll(async () => {
    staff = await newPage(suite.browser);
    head = await newPage(suite.browser);
  });

  const menu = (page: Page, name: string) =>
    page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name }).click();

  it("shows a member of staff their own training and what keeps them from being an approved user", async () => {
    await signInThroughPage(staff, suite.parapet.url, "staff@fenmoor.example", DEMO_PASSWORD);
    await menu(staff, "Training");
    await staff.getByRole("heading", { level: 1, name: "Training" }).waitFor();
    await staff.getByRole("heading", { name: "You are not an approved user yet" }).waitFor();
    expect(await staff.locator("main").textContent()).toContain(
      "Platform training by the communications team: not done",
    );
    expect(await staff.getByRole("heading", { name: "Everyone's training" }).count()).toBe(0);
    expect(await seriousAxeViolations(staff)).toEqual([]);
    expect(await internalIdsShown(staff)).toEqual([]);
  });

  it("lets the head of communications record the missing module, after which the person is approved", async () => {
    await signInThroughPage(head, suite.parapet.url, "head-of-comms@fenmoor.example", DEMO_PASSWORD);
    await menu(head, "Training");
    const priya = head.getByRole("row", { name: /Priya Shah/ });
    await priya.waitFor();
    expect(await priya.textContent()).toMatch(/Priya Shah.*No/);
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);
    await head.getByLabel("Person").selectOption({ label: "Priya Shah" });
    await head.getByLabel("Module").selectOption({ label: "Platform training by the communications team" });
    // The design system's date input: day, month and year, never the browser's mm/dd/yyyy picker.
    const completedOn = head.getByRole("group", { name: "Completed on" });
    await completedOn.getByLabel("Day").fill("20");
    await completedOn.getByLabel("Month").fill("11");
    await completedOn.getByLabel("Year").fill("2026");
    await head.getByRole("button", { name: "Record completion" }).click();
    await head
      .getByText(
        "Recorded: Priya Shah completed Platform training by the communications team on 20 Nov 2026.",
      )
      .waitFor();
    await expect.poll(async () => priya.textContent(), { timeout: 15_000 }).toMatch(/Priya Shah.*Yes/);

    await staff.reload();
    await staff.getByRole("heading", { level: 1, name: "Training" }).waitFor();
    await staff.getByText(/You are an approved user/).waitFor();
  });

  it("checks a leavers file line by line and makes nothing while a row is bad", async () => {
    await menu(head, "Leavers");
    await head.getByRole("heading", { level: 1, name: "Leavers" }).waitFor();
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);
    await head
      .getByLabel("Or paste it here")
      .fill("email,leaving_on\nnobody@fenmoor.example,2026-12-31\nmanager@fenmoor.example,31/12/2026");
    await head.getByRole("button", { name: "Check the file" }).click();
    const status = head.getByRole("status");
    await status.waitFor();
    expect(await status.textContent()).toMatch(
      /Nothing was imported: 2 rows need fixing.*Line 2: nobody@fenmoor\.example is not a person.*Line 3: leaving_on/,
    );
    expect(await head.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);
    await head.getByLabel("Or paste it here").fill("email,leaving_on\nmanager@fenmoor.example,2026-12-31");
    await head.getByRole("button", { name: "Check the file" }).click();
    await expect
      .poll(async () => status.textContent(), { timeout: 15_000 })
      .toMatch(/The one row is good: importing makes/);
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);
  });

  it("imports the old register spreadsheet, then signs off an account's admins in the annual audit", async () => {
    await menu(head, "Account register");
    await head.getByRole("heading", { level: 1, name: "Account register" }).waitFor();
    await head.getByText("Import accounts from the spreadsheet you kept").click();
    await head
      .getByLabel("Or paste it here")
      .fill(
        "platform,handle,name,owning_service,status,admins\nfacebook,FenmoorPhysio,Physiotherapy,Physiotherapy,live,comms@fenmoor.example; head-of-comms@fenmoor.example",
      );
    await head.getByRole("button", { name: "Check the file" }).click();
    await head.getByText("The one row is good: choose Import to add them to the register.").waitFor();
    await head.getByRole("button", { name: "Import" }).click();
    await head.getByText("Imported 1 account.").waitFor();
    await head.getByRole("link", { name: "FenmoorPhysio" }).waitFor();
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);

    await head.getByRole("link", { name: "Admin rights audit" }).click();
    await head.getByRole("heading", { level: 1, name: "Admin rights audit" }).waitFor();
    const row = head.getByRole("row", { name: /FenmoorPhysio/ });
    expect(await row.textContent()).toMatch(/Alex Morgan.*Jo Bennett.*Sign-off due/);
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);
    await head.getByLabel("Note kept with the next sign-off (optional)").fill("Committee, 3 December");
    await row.getByRole("button", { name: "Sign off the admins of FenmoorPhysio" }).click();
    await head.getByText("Signed off the admins of FenmoorPhysio.").waitFor();
    await expect
      .poll(async () => row.textContent(), { timeout: 15_000 })
      .toMatch(/Signed off.*by Jo Bennett \(Committee, 3 December\)/);
  });
});
