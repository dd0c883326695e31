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

const NAMES_STAFF = "Nurse Jones on ward 4 was rude to my dad and should be sacked, she is a disgrace.";
const QUESTION = "What time does the pharmacy open on Sunday?";
const COMPLIMENT = "Thank you to everyone on the children's ward, you were brilliant with my son.";

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
 * The inbox worked from the keyboard (j/k, a, r, e, ? — never while typing in a box), a person's
 * saved views, and TEWV §4.6's steps for a message that names a member of staff.
 */
describe("the inbox's shortcuts, saved views and staff steps, in Chromium", () => {
  const suite = useParapetInChromium();
  let graph: GraphPlatform;
  let officer: Page;

  beforeAll(async () => {
    graph = await startGraphPlatform(systemClock);
    const admin = await signInOverHttp(suite.parapet.url, "admin@fenmoor.example");
    const pack = await fetch(`${suite.parapet.url}/api/v1/organisation/pack`, {
      method: "PUT",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify({ packId: "tewv" }),
    });
    expect(pack.status, await pack.clone().text()).toBe(200);
    const connected = await fetch(`${suite.parapet.url}/api/v1/inbox-accounts`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify(testFacebookAccount(graph.baseUrl)),
    });
    expect(connected.status, await connected.clone().text()).toBe(200);
    const webhook = `${suite.parapet.url}${((await connected.json()) as { webhookPath: string }).webhookPath}`;
    for (const [id, text] of [
      ["k-staff", NAMES_STAFF],
      ["k-question", QUESTION],
      ["k-thanks", COMPLIMENT],
    ] as const) {
      const body = feedComment({ commentId: id, text, at: new Date() });
      const res = await fetch(webhook, {
        method: "POST",
        headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
        body,
      });
      expect(res.status).toBe(200);
    }
    officer = await newPage(suite.browser);
    await signInThroughPage(officer, suite.parapet.url, "comms@fenmoor.example", DEMO_PASSWORD);
    await officer.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Inbox" }).click();
    await officer.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    // Triage runs in the server's worker: reload until all three are triaged (bounded).
    const rows = officer.getByTestId("inbox-row");
    for (let i = 0; i < 60; i += 1) {
      const texts = await rows.allTextContents().catch(() => [] as string[]);
      if (texts.length === 3 && !texts.some((t) => t.includes("Not triaged yet"))) break;
      await officer.waitForTimeout(250);
      if (i % 8 === 7) await officer.reload();
    }
    expect(await rows.count()).toBe(3);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const current = () => officer.locator('[data-testid="inbox-row"][aria-current="true"]');
  const notice = () => officer.getByTestId("inbox-notice");

  it("moves with j and k, lists the shortcuts with ?, and ignores keys typed into a box", async () => {
    // Start from the page, not a button, as a person pressing keys would.
    await officer.locator("h1").click();
    const first = (await current().textContent()) ?? "";
    await officer.keyboard.press("j");
    await expect.poll(async () => current().textContent(), { timeout: 15_000 }).not.toBe(first);
    const second = (await current().textContent()) ?? "";
    await officer.keyboard.press("k");
    await expect.poll(async () => current().textContent(), { timeout: 15_000 }).toBe(first);

    await officer.keyboard.press("?");
    const dialog = officer.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    const listed = await dialog.textContent();
    for (const words of [
      "Next message",
      "Previous message",
      "Assign the message to me",
      "Reply",
      "Mark the message done",
    ])
      expect(listed).toContain(words);
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // Typing j into a text box types j: the selection stays where it is.
    await officer.getByText("Filters and saved views").click();
    const name = officer.getByLabel("Save these filters as");
    await name.click();
    await officer.keyboard.type("jkae");
    expect(await name.inputValue()).toBe("jkae");
    expect(await current().textContent()).toBe(first);
    expect(await current().textContent()).not.toBe(second);
    await name.fill("");
  });

  it("assigns with a, goes to the reply box with r, and marks done with e", async () => {
    const row = officer.getByTestId("inbox-row").filter({ hasText: QUESTION.slice(0, 30) });
    await row.click();
    await officer.getByTestId("inbox-detail").getByRole("heading", { name: "Question for PALS" }).waitFor();
    await officer.locator("h1").click();
    await officer.keyboard.press("a");
    await notice().getByText("Assigned to you.").waitFor();
    await expect.poll(async () => row.textContent(), { timeout: 15_000 }).toContain("Alex Morgan");
    await officer.locator("h1").click();
    await officer.keyboard.press("r");
    await expect
      .poll(
        async () => officer.getByLabel("Reply").evaluate((box) => box === box.ownerDocument.activeElement),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    // In the reply box, e is a letter, not "mark done".
    await officer.keyboard.type("e");
    expect(await notice().textContent()).not.toContain("Marked done");
    await officer.locator("h1").click();
    await officer.keyboard.press("e");
    await notice().getByText("Marked done.").waitFor();
    await expect.poll(async () => row.textContent(), { timeout: 15_000 }).toContain("Done");
  });

  it("saves the current filters as a view, applies it after a reload, and deletes it", async () => {
    await officer.reload();
    await officer.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await officer.getByText("Filters and saved views").click();
    await officer.getByLabel("Status").selectOption({ label: "Done" });
    const rows = officer.getByTestId("inbox-row");
    await expect.poll(async () => rows.count(), { timeout: 15_000 }).toBe(1);
    await officer.getByLabel("Save these filters as").fill("Finished ones");
    await officer.getByRole("button", { name: "Save view" }).click();
    await notice().getByText("Saved the view “Finished ones”.").waitFor();

    await officer.reload();
    await officer.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await expect.poll(async () => rows.count(), { timeout: 15_000 }).toBe(3);
    await officer.getByRole("button", { name: "Show Finished ones" }).click();
    await expect.poll(async () => rows.count(), { timeout: 15_000 }).toBe(1);
    expect(await rows.first().textContent()).toContain(QUESTION.slice(0, 30));
    expect(await officer.getByLabel("Status").inputValue()).toBe("done");
    expect(await seriousAxeViolations(officer)).toEqual([]);

    await officer.getByRole("button", { name: "Delete Finished ones" }).click();
    await notice().getByText("Deleted the view “Finished ones”.").waitFor();
    await officer.getByRole("button", { name: "Show Finished ones" }).waitFor({ state: "detached" });
    await officer.getByLabel("Status").selectOption({ label: "Any status" });
    await expect.poll(async () => rows.count(), { timeout: 15_000 }).toBe(3);
  });

  it("offers the policy's steps on a message naming staff and records the one taken", async () => {
    await officer
      .getByTestId("inbox-row")
      .filter({ hasText: NAMES_STAFF.slice(0, 30) })
      .click();
    const panel = officer.getByTestId("staff-support");
    await panel.waitFor({ timeout: 15_000 });
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Ask the author to remove");
    expect(text).toContain("Report it to the platform");
    expect(text).toContain("line manager");
    expect(text).toContain("CORP-0068 §4.6");
    await panel.getByLabel(/Note to keep/).fill("Told the ward manager by phone");
    await panel.getByRole("button", { name: /Record as done: tell the staff member's line manager/ }).click();
    await panel.getByText(/Done by Alex Morgan, .*: Told the ward manager by phone\./).waitFor();
    // Labels only: no step code or action code reaches the page.
    const detail = (await officer.getByTestId("inbox-detail").textContent()) ?? "";
    expect(detail).not.toMatch(/\b[a-z]+_[a-z_]+\b|\binbox\.[a-z_]+/);
    await officer
      .getByTestId("inbox-history")
      .getByText(/Step taken for the member of staff named/)
      .waitFor();
    expect(await seriousAxeViolations(officer)).toEqual([]);
    // A message that names nobody offers no steps.
    await officer
      .getByTestId("inbox-row")
      .filter({ hasText: COMPLIMENT.slice(0, 30) })
      .click();
    await officer.getByTestId("inbox-detail").getByRole("heading", { name: "Compliment" }).waitFor();
    expect(await panel.count()).toBe(0);
  });
});
