import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

describe("Try triage, in Chromium against a real parapet serve", () => {
  const suite = useParapetInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await newPage(suite.browser);
  });

  it("shows the decision, highlighted reasons, template and deadline, with no serious accessibility violation", async () => {
    await signInThroughPage(page, suite.parapet.url, "staff@fenmoor.example", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Try triage" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Try triage" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel("Policy pack").selectOption("tewv");
    await page.getByLabel("Message").fill("i can't go on any more. said goodbye to everyone");
    await page.getByRole("button", { name: "Triage message" }).click();
    await page.getByTestId("triage-category").waitFor();
    expect(await page.getByTestId("triage-category").textContent()).toBe("crisis");
    expect(await page.getByTestId("triage-template").textContent()).toContain("116 123");
    expect(await page.locator("mark", { hasText: "can't go on" }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId("triage-due").textContent()).not.toBe("");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("renders hostile inbound text only as text", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> complaint: I waited 9 hours, disgraceful';
    await page.getByLabel("Message").fill(hostile);
    await page.getByRole("button", { name: "Triage message" }).click();
    await expect.poll(() => page.getByTestId("triage-text").textContent()).toContain("<img src=x");
    expect(await page.locator("[data-testid=triage-text] img").count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });
});
