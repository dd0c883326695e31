import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";

/** The administrator sees and sets the organisation's policy pack; others are not offered it. */
describe("the Organisation page, in Chromium", () => {
  const suite = useParapetInChromium();
  let admin: Page;

  beforeAll(async () => {
    admin = await newPage(suite.browser);
  });

  it("shows the administrator the pack in force and sets another, which home and the audit trail then show", async () => {
    await signInThroughPage(admin, suite.parapet.url, "admin@fenmoor.example", DEMO_PASSWORD);
    await admin.getByRole("heading", { level: 1, name: "Welcome, Chris Taylor" }).waitFor();
    await admin.getByRole("link", { name: "Organisation" }).click();
    await admin.getByRole("heading", { level: 1, name: "Organisation" }).waitFor();
    const inForce = admin.getByTestId("organisation-pack");
    await inForce.waitFor();
    expect(await inForce.textContent()).toMatch(/NHS|baseline/i);
    expect(await admin.locator("main").textContent()).not.toContain("nhs-core");
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await admin.getByLabel("Choose the policy pack").selectOption("eput");
    await admin.getByRole("button", { name: "Save policy pack" }).click();
    await admin.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    expect(await inForce.textContent()).toContain("Essex Partnership University NHS Foundation Trust");
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await admin.goto(`${suite.parapet.url}/`);
    await admin.getByTestId("home-pack").filter({ hasText: "Essex" }).waitFor();

    await admin.goto(`${suite.parapet.url}/audit`);
    await admin.getByRole("cell", { name: "Changed the policy pack" }).first().waitFor();
  });

  it("is not offered to a member of staff", async () => {
    const staff = await newPage(suite.browser);
    await signInThroughPage(staff, suite.parapet.url, "staff@fenmoor.example", DEMO_PASSWORD);
    await staff.getByRole("heading", { level: 1, name: "Welcome, Priya Shah" }).waitFor();
    expect(await staff.getByRole("link", { name: "Organisation" }).count()).toBe(0);
  });
});
