import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

describe("Check a post, in Chromium against a real parapet serve", () => {
  const suite = useParapetInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await newPage(suite.browser);
  });

  it("shows the page with no serious accessibility violation", async () => {
    await signInThroughPage(page, suite.parapet.url, "staff@fenmoor.example", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Check a post" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Check a post" }).waitFor();
    await page.getByText("No issues found.").first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("starts on the person's own account, remembers the choice, and says one issue once", async () => {
    expect(await page.getByLabel("Account type").inputValue()).toBe("personal");
    await page.getByLabel("Account type").selectOption("official");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Check a post" }).waitFor();
    expect(await page.getByLabel("Account type").inputValue()).toBe("official");

    await page.getByLabel("Draft post").fill("Vote Labour on Thursday! The Tories have wrecked our NHS.");
    const political = page.locator(".parapet-findings > li", { hasText: "Political opinion" });
    await political.waitFor();
    expect(await page.locator(".parapet-findings > li").count()).toBe(1);
    expect(await political.locator("q").allTextContents()).toEqual(["Vote Labour", "Tories have wrecked"]);
    // The card names the issue in words, never by its code.
    expect(await page.locator(".parapet-findings").textContent()).not.toContain("topic.political");
    await page.getByLabel("Account type").selectOption("personal");
    await page.getByLabel("Draft post").fill("");
  });

  it("typing a valid NHS number shows a blocking finding citing the clause, and applying the suggestion removes it", async () => {
    await page.getByLabel("Policy pack").selectOption("eput");
    await page
      .getByLabel("Draft post")
      .pressSequentially("Lovely to meet our patient today, NHS no 943 476 5919");
    const status = page.locator("#check-status");
    await expect.poll(() => status.textContent()).toContain("Do not post this yet");
    const finding = page.locator(".parapet-findings > li", { hasText: "NHS number" });
    await finding.waitFor();
    expect(await finding.textContent()).toContain("CPG58 §3.3");
    expect(await page.locator("mark.parapet-mark--block", { hasText: "943 476 5919" }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await finding.getByRole("button", { name: /Apply suggestion/ }).click();
    expect(await page.getByLabel("Draft post").inputValue()).toBe(
      "Lovely to meet our patient today, NHS no [NHS number removed]",
    );
    await expect
      .poll(() => page.locator(".parapet-findings > li", { hasText: "NHS number" }).count())
      .toBe(0);
  });

  it("is usable from the keyboard alone", async () => {
    const draft = page.getByLabel("Draft post");
    await draft.fill("");
    await draft.focus();
    await page.keyboard.type("call me on 07700 900123");
    await expect.poll(() => page.locator("#check-status").textContent()).toContain("Do not post this yet");
    const apply = page
      .locator(".parapet-findings > li", { hasText: "Phone number" })
      .getByRole("button", { name: /Apply suggestion/ });
    await apply.focus();
    await page.keyboard.press("Enter");
    expect(await draft.inputValue()).toBe("call me on [phone number removed]");
  });
});
