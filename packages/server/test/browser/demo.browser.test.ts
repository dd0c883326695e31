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
 * A newcomer's first look, in Chromium, at the demo trust `parapet seed-demo` makes (what
 * `npm start` makes too): the register with its flags, requests waiting for the line manager and
 * for set-up, training with a lapsed module, a possible unofficial account and an inbox the
 * server's own triage job has read, the crisis first. None of these pages is empty.
 */
describe("the demo trust's content, in Chromium", () => {
  const suite = useParapetInChromium({ demoContent: true });

  async function as(email: string, name: string): Promise<Page> {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, email, DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: `Welcome, ${name}` }).waitFor();
    return page;
  }
  const menu = (page: Page, name: string) =>
    page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name }).click();
  async function accessibleAndNamed(page: Page) {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await internalIdsShown(page)).toEqual([]);
  }

  it("shows a communications officer the register with its flags, training, an unofficial account and the inbox", async () => {
    const comms = await as("comms@fenmoor.example", "Alex Morgan");
    await menu(comms, "Account register");
    await comms.getByRole("heading", { level: 1, name: "Account register" }).waitFor();
    const register = comms.getByRole("table");
    await register.waitFor();
    const text = (await register.textContent()) ?? "";
    for (const flag of [
      "Fewer admins than the policy asks for",
      "No communications team admin",
      "Review overdue",
    ])
      expect(text).toContain(flag);
    expect(await comms.getByRole("row").count()).toBeGreaterThanOrEqual(5);
    await accessibleAndNamed(comms);

    await menu(comms, "Training");
    await comms.getByRole("heading", { level: 1, name: "Training" }).waitFor();
    await comms.getByRole("row", { name: /Tom Hughes/ }).waitFor();
    await accessibleAndNamed(comms);

    await menu(comms, "Possible unofficial accounts");
    await comms.getByRole("heading", { level: 1, name: "Possible unofficial accounts" }).waitFor();
    await comms
      .getByText(/fenmoornhs_updates/i)
      .first()
      .waitFor();
    await accessibleAndNamed(comms);

    await menu(comms, "Waiting for me");
    await comms.getByRole("heading", { level: 1, name: "Account requests waiting for me" }).waitFor();
    await comms.getByRole("link", { name: "Fenmoor Community Physio" }).waitFor();
    await accessibleAndNamed(comms);

    await menu(comms, "Inbox");
    await comms.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    // The server's worker triages the imported messages after it starts: reload until it has (bounded).
    const first = comms.getByTestId("inbox-row").first();
    for (let i = 0; i < 40; i += 1) {
      if (((await first.textContent().catch(() => "")) ?? "").includes("Needs someone now")) break;
      await comms.waitForTimeout(250);
      if (i % 8 === 7) await comms.reload();
    }
    expect(await first.textContent()).toContain("Crisis: someone may be at risk");
    expect(await comms.getByTestId("inbox-row").count()).toBeGreaterThanOrEqual(12);
    await accessibleAndNamed(comms);
    await comms.context().close();
  });

  it("shows the line manager his lapsed module, gives him a request to endorse, and he can", async () => {
    const account = "Fenmoor Children's Speech and Language Therapy";
    const manager = await as("manager@fenmoor.example", "Tom Hughes");
    await menu(manager, "Training");
    await manager.getByRole("heading", { level: 1, name: "Training" }).waitFor();
    await manager.getByRole("row", { name: /Information governance.*Expired/ }).waitFor();
    await accessibleAndNamed(manager);
    await menu(manager, "Waiting for me");
    await manager.getByRole("heading", { level: 1, name: "Account requests waiting for me" }).waitFor();
    await manager.getByRole("link", { name: account }).click();
    await manager.getByRole("heading", { level: 1, name: account }).waitFor();
    await accessibleAndNamed(manager);
    await manager.getByRole("button", { name: "Endorse" }).click();
    await manager.getByRole("status").filter({ hasText: "Done: Endorse" }).waitFor();
    await manager.context().close();
  });
});
