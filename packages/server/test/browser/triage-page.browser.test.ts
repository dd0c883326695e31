import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  computedStyle,
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

    // Submitting nothing: the summary links to the field, which has its own error.
    await page.getByRole("button", { name: "Triage message" }).click();
    const summary = page.getByRole("alert");
    await summary.waitFor();
    const link = summary.getByRole("link", { name: "Enter the message you want to triage" });
    expect(await link.getAttribute("href")).toBe("#triage-text-input");
    expect(await page.locator("#triage-text-input-error").textContent()).toContain(
      "Enter the message you want to triage",
    );
    expect(await page.locator("#triage-text-input").getAttribute("aria-describedby")).toContain(
      "triage-text-input-error",
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The date is the design system's three boxes; a date that does not exist is refused.
    await page.getByLabel("Message").fill("When is visiting time on ward 3?");
    await page.getByLabel("Day").fill("31");
    await page.getByLabel("Month").fill("2");
    await page.getByLabel("Year").fill("2026");
    await page.getByLabel(/Time it arrived/).fill("14:30");
    await page.getByRole("button", { name: "Triage message" }).click();
    await summary.getByRole("link", { name: "Enter a real date" }).waitFor();
    expect(await summary.getByRole("link", { name: "Enter a real date" }).getAttribute("href")).toBe(
      "#triage-received-day",
    );
    await page.getByLabel("Day").fill("27");
    await page.getByRole("button", { name: "Triage message" }).click();
    await page.getByTestId("triage-category").waitFor();

    await page.getByLabel("Day").fill("");
    await page.getByLabel("Month").fill("");
    await page.getByLabel("Year").fill("");
    await page.getByLabel(/Time it arrived/).fill("");
    await page.getByLabel("Policy pack").selectOption("tewv");
    await page.getByLabel("Message").fill("i can't go on any more. said goodbye to everyone");
    await page.getByRole("button", { name: "Triage message" }).click();
    await expect.poll(() => page.getByTestId("triage-category").textContent()).toBe("Crisis");
    // The urgent care card's red heading, as the design system draws it.
    const banner = page.locator(".nhsuk-card--care--urgent .nhsuk-card__heading-container");
    expect(await banner.textContent()).toContain("Crisis");
    expect(await computedStyle(banner, "background-color")).toBe("rgb(213, 40, 27)");
    expect(await page.getByTestId("triage-urgency").textContent()).toBe("Critical: act now");
    // No internal code: not the template's id, nor a category or cue code.
    const result = (await page.locator("section").textContent()) ?? "";
    expect(result).not.toMatch(/signpost|[a-z]+\.[a-z]+\.[a-z]+|subject_access|names_staff/);
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
