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
import { feedComment, signMeta, TEST_PAGE_ID } from "../helpers/graph-platform.js";

const APP_SECRET = "an-app-secret-typed-into-the-page";
const FROM_FACEBOOK = "Does the walk-in centre on Mill Lane open on bank holidays? Asking for my dad.";
const FROM_YOUTUBE = "Brilliant video about the new maternity unit, thank you for explaining it so clearly.";

/**
 * Setting the inbox up from the pages, in Chromium: an administrator connects a Facebook Page
 * (secrets typed once, never shown again) and sets what it hides on arrival; a message signed
 * with the secret typed reaches the inbox; a communications officer imports a YouTube export,
 * sees a bad row named by line before anything is stored, fixes it and imports it.
 */
describe("connecting accounts and importing messages, in Chromium", () => {
  const suite = useParapetInChromium();

  async function as(email: string, name: string): Promise<Page> {
    const page = await newPage(suite.browser);
    await signInThroughPage(page, suite.parapet.url, email, DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: `Welcome, ${name}` }).waitFor();
    return page;
  }

  it("connects a Facebook Page from the page, and a message signed with its secret arrives", async () => {
    const admin = await as("admin@fenmoor.example", "Chris Taylor");
    await admin
      .getByRole("navigation", { name: "Menu" })
      .getByRole("link", { name: "Connected accounts" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Connected accounts" }).waitFor();
    await admin.getByLabel("Platform").selectOption({ label: "Facebook Page" });
    await admin.getByLabel("Name", { exact: true }).fill("Fenmoor Hospitals on Facebook");
    await admin.getByLabel("Page id").fill(TEST_PAGE_ID);
    await admin.getByRole("button", { name: "Connect the account" }).click();
    // Nothing is sent while a required secret is missing: the summary says which.
    await admin.getByText(/Give page access token, app secret, verify token\./).waitFor();
    await admin.getByLabel("Page access token").fill("a-page-token");
    await admin.getByLabel("App secret").fill(APP_SECRET);
    await admin.getByLabel("Verify token").fill("a-verify-word");
    await admin.getByRole("button", { name: "Connect the account" }).click();
    await admin.getByRole("status").getByText("Fenmoor Hospitals on Facebook is connected.").waitFor();
    const webhookField = admin.getByLabel("Webhook address");
    const webhook = await webhookField.inputValue();
    expect(webhook).toMatch(new RegExp(`^${suite.parapet.url}/api/v1/webhooks/facebook/`));
    // The secrets typed are nowhere on the page once sent.
    expect(await admin.content()).not.toContain(APP_SECRET);

    await admin.getByLabel("Words or phrases, one a line").fill("casino\nfree followers");
    await admin.getByLabel("Messages with a web link (spam usually has one)").check();
    await admin.getByRole("button", { name: "Save the rules of Fenmoor Hospitals on Facebook" }).click();
    await admin
      .getByRole("status")
      .getByText("The rules of Fenmoor Hospitals on Facebook are saved.")
      .waitFor();
    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: "Connected accounts" }).waitFor();
    expect(await admin.getByLabel("Words or phrases, one a line").inputValue()).toBe(
      "casino\nfree followers",
    );
    expect(await admin.getByLabel("Messages with a web link (spam usually has one)").isChecked()).toBe(true);
    expect(await seriousAxeViolations(admin)).toEqual([]);
    expect(await internalIdsShown(admin)).toEqual([]);

    const accountBody = feedComment({ commentId: "setup-1", text: FROM_FACEBOOK, at: new Date() });
    const delivered = await fetch(webhook, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-hub-signature-256": signMeta(accountBody, APP_SECRET),
      },
      body: accountBody,
    });
    expect(delivered.status, await delivered.text()).toBe(200);
    const forged = await fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(accountBody, "wrong") },
      body: accountBody,
    });
    expect(forged.status).toBe(401);

    const officer = await as("comms@fenmoor.example", "Alex Morgan");
    await officer.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Inbox" }).click();
    await officer.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await officer
      .getByTestId("inbox-row")
      .filter({ hasText: FROM_FACEBOOK.slice(0, 40) })
      .first()
      .waitFor();

    // An officer sees the account and its rules in words, and cannot connect or change them.
    await officer
      .getByRole("navigation", { name: "Menu" })
      .getByRole("link", { name: "Connected accounts" })
      .click();
    await officer.getByRole("heading", { level: 2, name: /Fenmoor Hospitals on Facebook/ }).waitFor();
    await officer.getByText("Hidden on arrival when they contain: casino, free followers.").waitFor();
    expect(await officer.getByRole("heading", { name: "Connect an account" }).count()).toBe(0);
    expect(await officer.getByRole("button", { name: /Save the rules/ }).count()).toBe(0);
    expect(await seriousAxeViolations(officer)).toEqual([]);
  });

  it("imports an export after naming its bad row by line, and the messages join the inbox", async () => {
    const officer = await as("comms@fenmoor.example", "Alex Morgan");
    await officer.goto(`${suite.parapet.url}/inbox/import`);
    await officer.getByRole("heading", { level: 1, name: "Import messages" }).waitFor();
    await officer.getByLabel("Platform (optional)").fill("youtube");
    await officer.getByLabel("Our account that received them (optional)").fill("Fenmoor on YouTube");
    const good = JSON.stringify({
      id: "yt-setup-1",
      text: FROM_YOUTUBE,
      received_at: new Date().toISOString(),
    });
    const bad = JSON.stringify({ id: "yt-setup-2", received_at: "yesterday" });
    await officer.getByLabel("Or paste it here").fill(`${good}\n${bad}`);
    await officer.getByRole("button", { name: "Check the file" }).click();
    const report = officer.getByRole("status").filter({ hasText: "Nothing was imported" });
    await report.waitFor();
    expect(await report.textContent()).toContain("Line 2:");
    expect(await officer.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);

    await officer.getByLabel("Or paste it here").fill(good);
    await officer.getByRole("button", { name: "Check the file" }).click();
    await officer.getByRole("status").getByText("The one row is good", { exact: false }).waitFor();
    await officer.getByRole("button", { name: "Import" }).click();
    await officer.getByRole("status").getByText("Added 1 message to the inbox", { exact: false }).waitFor();
    expect(await seriousAxeViolations(officer)).toEqual([]);
    expect(await internalIdsShown(officer)).toEqual([]);

    await officer.getByRole("link", { name: "inbox" }).first().click();
    await officer.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await officer
      .getByTestId("inbox-row")
      .filter({ hasText: FROM_YOUTUBE.slice(0, 40) })
      .first()
      .waitFor();
  });
});
