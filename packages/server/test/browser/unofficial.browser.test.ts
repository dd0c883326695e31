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
 * Possible unofficial accounts (CPG58 §8.2; RWT Attachment 2 §3.5), in Chromium: a staff nurse
 * reports an account; the head of communications sets the brand terms, has the inbox looked
 * through, confirms a found account as ours (into the register) and dismisses the report with a
 * reason; the nurse sees what became of her report.
 */
describe("possible unofficial accounts, in Chromium", () => {
  const suite = useParapetInChromium();
  let staff: Page;
  let head: Page;

  async function as(email: string, name: string): Promise<Page> {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, email, DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: `Welcome, ${name}` }).waitFor();
    return page;
  }
  const menu = (page: Page, name: string) =>
    page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name }).click();
  const heading = (page: Page) =>
    page.getByRole("heading", { level: 1, name: "Possible unofficial accounts" }).waitFor();

  it("says in words that nothing has been found yet, not with an empty table", async () => {
    const comms = await as("comms@fenmoor.example", "Alex Morgan");
    await menu(comms, "Possible unofficial accounts");
    await heading(comms);
    await comms.getByText("No possible unofficial accounts in this state.").waitFor();
    await comms.getByLabel("Show").selectOption({ label: "Every state" });
    await comms.getByText("No possible unofficial accounts found yet.").waitFor();
    expect(await comms.getByRole("table").count()).toBe(0);
    await comms.context().close();
  });

  it("lets a member of staff report an account, and shows her only the form and her reports", async () => {
    staff = await as("staff@fenmoor.example", "Priya Shah");
    await menu(staff, "Possible unofficial accounts");
    await heading(staff);
    expect(await staff.getByLabel("Show").count()).toBe(0);
    await staff.getByLabel("Platform", { exact: true }).selectOption({ label: "Instagram" });
    await staff.getByLabel("Handle or name on the platform").fill("@FenmoorWardsOfficial");
    await staff
      .getByLabel("Why you think it may not be official")
      .fill("It asks patients to message it about their care.");
    await staff.getByRole("button", { name: "Report it" }).click();
    await staff
      .getByRole("status")
      .filter({ hasText: "Thank you: the communications team will look at it." })
      .waitFor();
    await staff.getByText(/fenmoorwardsofficial \(Instagram\), .*: To decide/).waitFor();
    expect(await seriousAxeViolations(staff)).toEqual([]);
    expect(await internalIdsShown(staff)).toEqual([]);
  }, 120_000);

  it("lets the head of communications find accounts in the inbox, and confirm one as ours into the register", async () => {
    head = await as("head-of-comms@fenmoor.example", "Jo Bennett");
    const { csrfToken } = (await (await head.request.get(`${suite.parapet.url}/api/v1/me`)).json()) as {
      csrfToken: string;
    };
    const rows = [
      { id: "x-1", handle: "@FenmoorMaternityFriends", name: "Maternity friends", text: "Lovely midwives." },
      { id: "x-2", handle: "@someone", name: "Sam", text: "Is @FenmoorMaternityFriends really the trust?" },
      { id: "x-3", handle: "@otherperson", name: "Kim", text: "Nothing to do with anyone." },
    ].map((r) => JSON.stringify({ ...r, received_at: "2026-12-01T09:00:00Z" }));
    const imported = await head.request.post(`${suite.parapet.url}/api/v1/inbox/import`, {
      headers: { "x-csrf-token": csrfToken },
      data: { format: "jsonl", content: rows.join("\n"), platform: "x", account: "fenmoor-x" },
    });
    expect(imported.status(), await imported.text()).toBe(200);

    await menu(head, "Possible unofficial accounts");
    await heading(head);
    await head.getByRole("row", { name: /fenmoorwardsofficial/ }).waitFor();
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);
    await head.getByText("Brand terms to look for").click();
    await head.getByLabel("Brand terms, one a line").fill("Fenmoor");
    await head.getByRole("button", { name: "Save the terms" }).click();
    await head.getByText("Looking for: Fenmoor Community Health, Fenmoor.").waitFor();
    await head.getByRole("button", { name: "Look through the inbox now" }).click();
    await head
      .getByRole("status")
      .filter({ hasText: /1 new possible unofficial account\./ })
      .waitFor();
    const found = head.getByRole("row", { name: /fenmoormaternityfriends/ });
    await expect
      .poll(async () => found.textContent(), { timeout: 15_000 })
      .toMatch(/Seen in the inbox.*Seen 2/);
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);

    await found.getByRole("button", { name: "Decide on fenmoormaternityfriends" }).click();
    await head.getByRole("heading", { level: 2, name: "fenmoormaternityfriends (X (Twitter))" }).waitFor();
    await head.getByLabel("Decision").selectOption({ label: "Confirm as ours" });
    await head.getByLabel("Account name").fill("Fenmoor Maternity Friends");
    await head.getByLabel("Owning service").fill("Maternity");
    await head.getByLabel("Reasons (optional)").fill("The maternity voices group, run by our midwives.");
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);
    await head.getByRole("button", { name: "Record the decision" }).click();
    await head
      .getByRole("status")
      .filter({ hasText: "fenmoormaternityfriends: Confirmed as ours." })
      .waitFor();
    await head.getByRole("link", { name: "fenmoormaternityfriends in the register" }).click();
    await head.getByRole("heading", { level: 1, name: "Fenmoor Maternity Friends" }).waitFor();
  }, 120_000);

  it("lets the head of communications dismiss the report with a reason, which the reporter then sees", async () => {
    await menu(head, "Possible unofficial accounts");
    await heading(head);
    const reported = head.getByRole("row", { name: /fenmoorwardsofficial/ });
    await reported.getByRole("button", { name: "Decide on fenmoorwardsofficial" }).click();
    await head.getByRole("heading", { level: 2, name: "fenmoorwardsofficial (Instagram)" }).waitFor();
    expect(await head.locator("main").textContent()).toContain("Priya Shah, ");
    await head.getByLabel("Decision").selectOption({ label: "Dismiss" });
    await head.getByRole("button", { name: "Record the decision" }).click();
    await head
      .getByText(/Say why/)
      .first()
      .waitFor();
    await head
      .getByLabel("Reasons", { exact: true })
      .fill("A parody account; the platform says it is labelled so.");
    await head.getByRole("button", { name: "Record the decision" }).click();
    await head.getByRole("status").filter({ hasText: "fenmoorwardsofficial: Dismissed." }).waitFor();
    // Labels only: no stored code (snake_case values, event codes) reaches the page.
    expect((await head.locator("main").textContent()) ?? "").not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(await seriousAxeViolations(head)).toEqual([]);
    expect(await internalIdsShown(head)).toEqual([]);

    await staff.reload();
    await heading(staff);
    await staff.getByText(/fenmoorwardsofficial \(Instagram\), .*: Dismissed/).waitFor();
  }, 120_000);
});
