import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  feedComment,
  type GraphPlatform,
  signMeta,
  startGraphPlatform,
  TEST_PAGE_ID,
  testFacebookAccount,
} from "../../test/helpers/graph-platform.js";
import { organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { autoHideRuleFor } from "./auto-hide.js";
import { connectAccount } from "./inbox-accounts.service.js";

const ABUSE = "You lot are useless idiots, the receptionist is a stupid cow.";
const LINK = "Cheap tablets delivered overnight, order now at www.example-pharmacy.test";
const WORD = "Anyone else think the new car park is a total racket?";
const CRISIS_WITH_ABUSE_AND_LINK =
  "You useless idiots never listen. I can't do this any more, I've got the tablets ready and I'm going to end it tonight. https://example.test/goodbye";
const THREAT_WITH_WORD =
  "That nurse on ward 7 is a racket merchant. I know where she parks and I'm going to stab her when she finishes her shift.";

describe("the auto-hide rules", () => {
  const account = {
    settings: { rules: { autoHide: { words: ["racket", "rip off"], links: true, abuse: true } } },
  };
  it("match whole words and phrases, links and the abuse flag, and never a crisis or a threat", () => {
    const general = { category: "general", flags: [] } as const;
    expect(autoHideRuleFor(account, "What a RACKET.", general)).toBe("words");
    expect(autoHideRuleFor(account, "rackets are for tennis", general)).toBeNull();
    expect(autoHideRuleFor(account, "a total rip-off", general)).toBe("words");
    expect(autoHideRuleFor(account, "see https://x.test", general)).toBe("links");
    expect(autoHideRuleFor(account, "fine", { category: "abuse", flags: ["abuse"] })).toBe("abuse");
    for (const category of ["crisis", "threat"])
      expect(autoHideRuleFor(account, "racket https://x.test", { category, flags: ["abuse"] })).toBeNull();
    expect(
      autoHideRuleFor({ settings: {} }, "racket https://x.test", { category: "abuse", flags: ["abuse"] }),
    ).toBeNull();
  });

  it("run in linear time on 100,000 characters", () => {
    const many = {
      settings: {
        rules: {
          autoHide: {
            words: Array.from({ length: 200 }, (_, i) => `w${i} x${i}`),
            links: true,
            abuse: false,
          },
        },
      },
    };
    const hostile = ["a".repeat(100_000), "www".repeat(33_334), "http:/".repeat(16_667), "a ".repeat(50_000)];
    let checked = 0;
    for (const text of hostile) {
      const started = process.hrtime.bigint();
      expect(autoHideRuleFor(many, text, { category: "general", flags: [] })).toBeNull();
      // Generous: a quadratic pattern takes minutes on these inputs.
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
      checked += 1;
    }
    expect(checked).toBe(4);
  });
});

describe.each(TEST_DATABASES)("automatic hiding on arrival on %s", (kind) => {
  const t = useTestApp(kind);
  let graph: GraphPlatform;
  let accountId: string;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    graph = await startGraphPlatform(t.clock);
    const organisationId = await organisationIdOf(t.deps);
    const admin = await userIdOf(t.deps, "admin@fenmoor.example");
    accountId = (
      await connectAccount(
        t.deps,
        { kind: "user", id: admin, organisationId, roles: ["admin"] },
        testFacebookAccount(graph.baseUrl),
      )
    ).id;
    for (const [who, email] of [
      ["comms", "comms@fenmoor.example"],
      ["admin", "admin@fenmoor.example"],
    ] as const) {
      const s = await signInAs(t.app, email);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
    const rules = await t.app.inject({
      method: "PUT",
      url: `/api/v1/inbox-accounts/${accountId}/rules`,
      headers: headers.admin ?? {},
      payload: { autoHide: { words: ["racket"], links: true, abuse: true } },
    });
    expect(rules.statusCode, rules.body).toBe(200);
  });
  afterAll(async () => {
    await graph?.close();
  });

  async function arrive(commentId: string, text: string) {
    const state = graph.comment(commentId);
    const body = feedComment({ commentId, text, at: t.clock.now() });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/facebook/${accountId}`,
      headers: { "content-type": "application/json", "x-hub-signature-256": signMeta(body) },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    await runJobs(t.deps);
    const item = await t.deps.db
      .selectFrom("inbox_items")
      .select(["id", "moderation", "category", "priority"])
      .where("external_id", "=", `${TEST_PAGE_ID}_${commentId}`)
      .executeTakeFirstOrThrow();
    return { item, state };
  }
  const detail = async (id: string) =>
    (await t.app.inject({ method: "GET", url: `/api/v1/inbox/${id}`, headers: headers.comms ?? {} })).json();

  it("hides abuse, links and blocked words at once, each with evidence naming the rule", async () => {
    for (const [id, text, rule] of [
      ["c-abuse", ABUSE, "Hidden automatically: triage found it abusive"],
      ["c-link", LINK, "Hidden automatically: it contains a link"],
      ["c-word", WORD, "Hidden automatically: it contains a word this account blocks"],
    ] as const) {
      const { item, state } = await arrive(id, text);
      expect(item.moderation, id).toBe("hidden");
      expect(state.hidden, id).toEqual([true]);
      const view = await detail(item.id);
      expect(view.evidence).toEqual([
        expect.objectContaining({ actionLabel: "Hidden", by: "Parapet", automaticRule: rule }),
      ]);
      expect(view.history.map((h: { label: string }) => h.label)).toContain("Hidden automatically");
      expect(view.can.unhide).toBe(true);
    }
    const audit = await t.deps.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "=", "inbox.auto_hidden")
      .execute();
    expect(audit).toHaveLength(3);
  });

  it("lets anyone on the team undo an automatic hide with one click, hours later", async () => {
    const { item, state } = await arrive("c-undo", ABUSE);
    expect(item.moderation).toBe("hidden");
    t.clock.advance(3 * 60 * 60 * 1000);
    // Hours later the session has ended: sign in again, as the officer would.
    const s = await signInAs(t.app, "comms@fenmoor.example");
    headers.comms = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    const undo = await t.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${item.id}/unhide`,
      headers: headers.comms ?? {},
      payload: {},
    });
    expect(undo.statusCode, undo.body).toBe(200);
    await runJobs(t.deps);
    expect(state.hidden).toEqual([true, false]);
    expect((await detail(item.id)).moderationLabel).toBe("Shown");
  });

  it("never hides a crisis or a threat, whatever words, links or abuse it holds", async () => {
    const crisis = await arrive("c-crisis", CRISIS_WITH_ABUSE_AND_LINK);
    expect(crisis.item.category).toBe("crisis");
    const threat = await arrive("c-threat", THREAT_WITH_WORD);
    expect(threat.item.category).toBe("threat");
    for (const { item, state } of [crisis, threat]) {
      expect(item.moderation).toBe("visible");
      expect(item.priority).toBe(0);
      expect(state.hidden).toEqual([]);
      expect((await detail(item.id)).evidence).toEqual([]);
    }
  });
});
