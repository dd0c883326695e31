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
  TEST_PAGE_ID,
  testFacebookAccount,
} from "../helpers/graph-platform.js";

const CRISIS = "I can't do this any more. I've got the tablets ready and I'm going to end it tonight.";
const COMPLIMENT = "Thank you to everyone on the children's ward, you were brilliant with my son.";

/** Signs in over HTTP as a script would, for the set-up steps a person does elsewhere. */
async function signInOverHttp(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken };
}

/**
 * A crisis arrives through a signed Facebook webhook, is first in the inbox, is acknowledged and
 * answered with the pack's template; the loopback Graph API receives the reply once.
 */
describe("the inbox, in Chromium", () => {
  const suite = useParapetInChromium();
  let graph: GraphPlatform;
  let officer: Page;
  let webhook = "";

  beforeAll(async () => {
    graph = await startGraphPlatform(systemClock);
    const admin = await signInOverHttp(suite.parapet.url, "admin@fenmoor.example");
    const connected = await fetch(`${suite.parapet.url}/api/v1/inbox-accounts`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify(testFacebookAccount(graph.baseUrl)),
    });
    expect(connected.status, await connected.clone().text()).toBe(200);
    webhook = `${suite.parapet.url}${((await connected.json()) as { webhookPath: string }).webhookPath}`;
    officer = await newPage(suite.browser);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const deliver = async (body: string) => {
    const res = await fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      body,
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  it("shows a crisis that arrived through the webhook first, and it is acknowledged and answered with the template", async () => {
    const thanks = graph.comment("b-thanks");
    const crisis = graph.comment("b-crisis");
    await deliver(feedComment({ commentId: "b-thanks", text: COMPLIMENT, at: new Date() }));
    await deliver(feedComment({ commentId: "b-crisis", text: CRISIS, at: new Date() }));

    await signInThroughPage(officer, suite.parapet.url, "comms@fenmoor.example", DEMO_PASSWORD);
    await officer.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Inbox" }).click();
    await officer.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    // Triage runs in the server's worker: reload until both are triaged (bounded).
    const first = officer.getByTestId("inbox-row").first();
    for (let i = 0; i < 40; i += 1) {
      if (((await first.textContent().catch(() => "")) ?? "").includes("Needs someone now")) break;
      await officer.waitForTimeout(250);
      if (i % 8 === 7) await officer.reload();
    }
    expect(await first.textContent()).toContain("Crisis: someone may be at risk");
    expect(await first.textContent()).toContain(CRISIS.slice(0, 40));
    const detail = officer.getByTestId("inbox-detail");
    await detail.getByRole("heading", { name: "Crisis: someone may be at risk" }).waitFor();
    // Labels only: no stored code (snake_case values, action codes, template ids) reaches the page.
    expect(await detail.textContent()).not.toMatch(/\b[a-z]+_[a-z_]+\b|\binbox\.[a-z_]+|core\.crisis/);
    expect(await seriousAxeViolations(officer)).toEqual([]);

    await detail.getByRole("button", { name: "Acknowledge" }).click();
    await detail.getByRole("status").filter({ hasText: "Acknowledged" }).waitFor();
    await detail.getByRole("button", { name: "Acknowledge" }).waitFor({ state: "detached" });

    const draft = await detail.getByLabel("Reply").inputValue();
    expect(draft).toContain("116 123");
    await detail.getByRole("button", { name: "Send reply" }).click();
    await detail.getByRole("status").filter({ hasText: "Reply checked and sent" }).waitFor();
    for (let i = 0; i < 80 && crisis.replies.length === 0; i += 1) await officer.waitForTimeout(250);
    expect(crisis.replies).toEqual([draft]);
    expect(thanks.replies).toEqual([]);
    // The worker has finished with the job: nothing more reaches the platform.
    await officer.reload();
    await officer.getByTestId("inbox-detail").getByText("Reply sent").first().waitFor();
    expect(graph.calls(`POST /v23.0/${TEST_PAGE_ID}_b-crisis/comments`)).toHaveLength(1);
    expect(await seriousAxeViolations(officer)).toEqual([]);
  });

  it("shows a second officer who else is looking at the message", async () => {
    // The first officer still has the crisis open (the page reloaded it above).
    const head = await newPage(suite.browser);
    await signInThroughPage(head, suite.parapet.url, "head-of-comms@fenmoor.example", DEMO_PASSWORD);
    await head.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Inbox" }).click();
    await head.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await head
      .getByTestId("inbox-row")
      .filter({ hasText: CRISIS.slice(0, 40) })
      .first()
      .click();
    const looking = head.getByTestId("inbox-looking");
    await looking.waitFor();
    expect(await looking.textContent()).toContain("Alex Morgan is looking at this");
    expect(await looking.textContent()).not.toContain("Jo Bennett");
    expect(await seriousAxeViolations(head)).toEqual([]);
  });
});
