import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import {
  newPage,
  seriousAxeViolations,
  signInThroughPage,
  useParapetInChromium,
} from "../helpers/browser.js";
import {
  feedComment,
  type GraphPlatform,
  signMeta,
  startGraphPlatform,
  testFacebookAccount,
} from "../helpers/graph-platform.js";

const CRISIS = "Nobody would miss me. I have saved up my pills and tonight I am going to take them all.";

/**
 * The bell counts live: a crisis arrives through a signed webhook while an officer has a page
 * open, and the bell's unread count rises without a reload (EventSource on the live stream).
 */
describe("the notification bell, in Chromium", () => {
  const suite = useParapetInChromium();
  let graph: GraphPlatform;
  let officer: Page;
  let webhook = "";

  beforeAll(async () => {
    graph = await startGraphPlatform(systemClock);
    const signIn = await fetch(`${suite.parapet.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@fenmoor.example", password: DEMO_PASSWORD }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const connected = await fetch(`${suite.parapet.url}/api/v1/inbox-accounts`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify(testFacebookAccount(graph.baseUrl)),
    });
    expect(connected.status, await connected.clone().text()).toBe(200);
    webhook = `${suite.parapet.url}${((await connected.json()) as { webhookPath: string }).webhookPath}`;
    officer = await newPage(suite.browser);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it("raises the unread count on the bell live when a crisis arrives, and lists it on the notifications page", async () => {
    await signInThroughPage(officer, suite.parapet.url, "comms@fenmoor.example", DEMO_PASSWORD);
    const bell = officer.getByTestId("notification-bell");
    await bell.waitFor();
    expect(await bell.getAttribute("aria-label")).toBe("Notifications: none unread");
    // Wait until the page's EventSource is open, so the event cannot be missed before it connects.
    await officer.locator('[data-testid="notification-bell"][data-live="on"]').waitFor({ timeout: 10_000 });

    const body = feedComment({ commentId: "bell-crisis", text: CRISIS, at: new Date() });
    const delivered = await fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      body,
    });
    expect(delivered.status).toBe(200);
    // No reload: the count arrives over the stream once the worker has triaged the message.
    await officer.getByTestId("unread-count").waitFor({ timeout: 15_000 });
    expect(await officer.getByTestId("unread-count").textContent()).toBe("1");
    expect(await bell.getAttribute("aria-label")).toBe("Notifications: 1 unread");

    await bell.click();
    await officer.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await officer.getByTestId("notification-list").getByText("a message needs someone now").first().waitFor();
    await officer.getByText("E-mail is not set up on this installation yet").waitFor();
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.getByRole("button", { name: "Mark all as read" }).click();
    await officer.getByTestId("unread-count").waitFor({ state: "detached" });
  });

  it("keeps a person's choice of e-mail for the account register's notifications", async () => {
    await officer.goto(`${suite.parapet.url}/account/notifications`);
    const requests = officer.getByRole("checkbox", { name: "Account requests" });
    await requests.waitFor();
    expect(await requests.isChecked()).toBe(true);
    // The box follows the saved choice: it changes when the server has stored it.
    await requests.click();
    await officer.getByRole("status").getByText("Your choice is saved.").waitFor();
    expect(await requests.isChecked()).toBe(false);
    await officer.reload();
    await officer.getByRole("checkbox", { name: "Handovers" }).waitFor();
    expect(await officer.getByRole("checkbox", { name: "Account requests" }).isChecked()).toBe(false);
    expect(await officer.getByRole("checkbox", { name: "Handovers" }).isChecked()).toBe(true);
    expect(await seriousAxeViolations(officer)).toEqual([]);
  });
});
