import { generate } from "otplib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  bodyTextFont,
  NHS_FONT_STACK,
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

describe("signing in through the page, in Chromium", () => {
  const suite = useParapetInChromium();
  let page: Page;
  const consoleErrors: string[] = [];
  /** Every console error and every failed response, 401s included, until the sign-in page has shown. */
  const firstLoad: string[] = [];
  let firstLoadDone = false;

  beforeAll(async () => {
    page = await newPage(suite.browser);
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      if (!firstLoadDone) firstLoad.push(`console: ${message.text()}`);
      // Later, a wrong password's 401 is logged by the browser, as it should be.
      if (!message.text().includes("401")) consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => firstLoad.push(`page error: ${error.message}`));
    page.on("response", (response) => {
      if (!firstLoadDone && response.status() >= 400)
        firstLoad.push(`${response.status()} ${response.url()}`);
    });
  });

  it("shows the sign-in page with no serious accessibility violation", async () => {
    await page.goto(suite.parapet.url);
    await page.getByRole("heading", { level: 1, name: "Sign in to Parapet" }).waitFor();
    await page.waitForLoadState("networkidle");
    firstLoadDone = true;
    // Not being signed in yet is no error: the first visit logs nothing in the console.
    expect(firstLoad).toEqual([]);
    expect(await page.title()).toBe("Sign in – Parapet");
    expect(await bodyTextFont(page)).toMatch(NHS_FONT_STACK);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("explains a wrong password and keeps the person on the sign-in page", async () => {
    await signInThroughPage(page, suite.parapet.url, "comms@fenmoor.example", "wrong password");
    const summary = page.getByRole("alert");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("The email address or password is not right");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("signs the communications officer in and shows their home page", async () => {
    await signInThroughPage(page, suite.parapet.url, "comms@fenmoor.example", DEMO_PASSWORD);
    const heading = page.getByRole("heading", { level: 1, name: "Welcome, Alex Morgan" });
    await heading.waitFor();
    const main = await page.locator("main").textContent();
    expect(main).toContain("Fenmoor Community Health NHS Trust");
    expect(main).toContain("Communications officer");
    expect(await bodyTextFont(page)).toMatch(NHS_FONT_STACK);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("keeps the person signed in across a reload, and signs them out", async () => {
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Welcome, Alex Morgan" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in to Parapet" }).waitFor();
  });
});

describe("two-step verification, in Chromium", () => {
  const suite = useParapetInChromium();

  it("is turned on from its page, then asked for after the password at sign-in", async () => {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, "hr@fenmoor.example", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Welcome, Rachel Owen" }).waitFor();
    await page.getByRole("link", { name: "Two-step verification" }).click();
    await page.getByRole("button", { name: "Set up two-step verification" }).click();
    const secret = (await page.locator("main code").textContent()) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The previous step's code, so that the current one is still unused for the sign-in below.
    await page
      .getByLabel("Code from your authenticator app")
      .fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 }));
    await page.getByRole("button", { name: "Turn on two-step verification" }).click();
    await page.getByRole("status").waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();

    await signInThroughPage(page, suite.parapet.url, "hr@fenmoor.example", DEMO_PASSWORD);
    const codeField = page.getByLabel("Security code");
    await codeField.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await codeField.fill("000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("not right");

    await codeField.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Welcome, Rachel Owen" }).waitFor();
  });
});
