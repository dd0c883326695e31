import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationIdOf, runJobs } from "../../test/helpers/inbox.js";
import { createTestDeps, TestClock } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { listRequestsFor, stepRequest, updateSetup } from "../accounts/account-requests.service.js";
import { peopleByIds } from "../accounts/accounts.repository.js";
import { registerView } from "../accounts/register.service.js";
import { trainingRecords } from "../accounts/training.service.js";
import { listUnofficial } from "../accounts/unofficial.service.js";
import type { OrganisationActor } from "../audit/actor.js";
import { verifyOrganisationTrail } from "../audit/verify-organisation-trail.js";
import type { Deps } from "../create-deps.js";
import { acknowledgeItem, assignItem } from "../inbox/inbox.service.js";
import { seedDemo } from "./seed-demo.js";
import { seedDemoContent } from "./seed-demo-content.js";

const TABLES = [
  "registered_accounts",
  "account_people",
  "account_requests",
  "training_completions",
  "unofficial_accounts",
  "inbox_items",
  "inbox_item_versions",
  "jobs",
  "notifications",
  "audit_events",
] as const;

describe.each(TEST_DATABASES)("the demo trust's content on %s", (kind) => {
  let database: TestDatabase;
  let deps: Deps;
  let organisationId: string;
  const clock = new TestClock();
  const actors = new Map<string, OrganisationActor>();
  const as = (email: string): OrganisationActor => {
    const actor = actors.get(email);
    if (!actor) throw new Error(`no ${email}`);
    return actor;
  };
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      out[table] = Number(row.n);
    }
    return out;
  };

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    deps = await createTestDeps(database, { clock });
    await seedDemo(database.db, deps);
    organisationId = await organisationIdOf(deps);
    const ids = await deps.db
      .selectFrom("users")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .execute();
    for (const p of await peopleByIds(
      deps.db,
      organisationId,
      ids.map((u) => u.id),
    ))
      actors.set(p.email, { kind: "user", id: p.id, organisationId, roles: p.roles });
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("makes it once: a second run a day later makes nothing and changes no table", async () => {
    const before = await counts();
    const first = await seedDemoContent(deps);
    expect(first.accounts).toBeGreaterThanOrEqual(4);
    expect(first.requests).toBe(2);
    expect(first.unofficial).toBe(1);
    expect(first.messages).toBeGreaterThanOrEqual(12);
    expect(first.completions).toBeGreaterThan(0);
    const seeded = await counts();
    for (const table of TABLES) expect(seeded[table], table).toBeGreaterThan(before[table] ?? 0);
    clock.advance(24 * 3600_000);
    expect(await seedDemoContent(deps)).toEqual({
      accounts: 0,
      completions: 0,
      requests: 0,
      unofficial: 0,
      messages: 0,
    });
    expect(await counts()).toEqual(seeded);
  });

  it("writes every row through the audited services: the trail verifies", async () => {
    const actions = await deps.db
      .selectFrom("audit_events")
      .select("action")
      .distinct()
      .where("organisation_id", "=", organisationId)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "account.imported",
        "training.imported",
        "account_request.submitted",
        "account_request.approved",
        "inbox.received",
      ]),
    );
    expect(await verifyOrganisationTrail(as("admin@fenmoor.example"), deps)).toMatchObject({ ok: true });
  });

  it("shows the register's flags and one account in order", async () => {
    const { accounts } = await registerView(deps, as("comms@fenmoor.example"));
    const live = accounts.filter((a) => a.status === "live");
    expect(new Set(live.map((a) => a.platform)).size).toBeGreaterThanOrEqual(4);
    const flagged = (flag: string) => live.filter((a) => a.flags.some((f) => f.flag === flag));
    expect(flagged("too_few_admins").length).toBeGreaterThanOrEqual(1);
    expect(flagged("no_communications_admin").length).toBeGreaterThanOrEqual(1);
    expect(flagged("review_overdue").length).toBeGreaterThanOrEqual(1);
    expect(live.some((a) => a.flags.length === 0)).toBe(true);
    expect(live.every((a) => a.people.some((p) => p.role === "admin"))).toBe(true);
  });

  it("has a lapsed training module and approved users", async () => {
    const records = await trainingRecords(deps, as("comms@fenmoor.example"));
    expect(records.people.some((p) => p.modules.some((m) => m.state === "expired"))).toBe(true);
    expect(records.people.filter((p) => p.approvedUser).length).toBeGreaterThanOrEqual(4);
  });

  it("has a request for the line manager to endorse and an approved one the communications team can finish", async () => {
    const manager = as("manager@fenmoor.example");
    const comms = as("comms@fenmoor.example");
    const mine = await listRequestsFor(deps, manager, "waiting");
    const toEndorse = JSON.stringify(mine).includes('"submitted"');
    expect(toEndorse).toBe(true);
    const all = await deps.db
      .selectFrom("account_requests")
      .select(["id", "state"])
      .where("organisation_id", "=", organisationId)
      .execute();
    const submitted = all.find((r) => r.state === "submitted");
    const approved = all.find((r) => r.state === "approved");
    expect(submitted && approved).toBeTruthy();
    expect(await stepRequest(deps, manager, submitted?.id ?? "", "endorse", undefined)).toMatchObject({
      state: "endorsed",
    });
    await updateSetup(deps, comms, approved?.id ?? "", {
      handleReserved: true,
      twoFactorOn: true,
      adminIds: [comms.id ?? "", as("head-of-comms@fenmoor.example").id ?? ""],
      credentialsLocation: "Communications team password manager",
    });
    expect(await stepRequest(deps, comms, approved?.id ?? "", "go_live", undefined)).toMatchObject({
      state: "live",
    });
  });

  it("has a possible unofficial account for communications to decide", async () => {
    const found = await listUnofficial(deps, as("comms@fenmoor.example"), {});
    expect(JSON.stringify(found)).toContain("fenmoornhs_updates");
  });

  it("triages every message in the triage job, the crisis pinned first, and officers can work them", async () => {
    const untriaged = () =>
      deps.db
        .selectFrom("inbox_items")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("triaged_at", "is", null)
        .execute();
    expect((await untriaged()).length).toBeGreaterThanOrEqual(12);
    await runJobs(deps);
    expect(await untriaged()).toEqual([]);
    const items = await deps.db
      .selectFrom("inbox_items as i")
      .innerJoin("inbox_item_versions as v", (j) => j.onRef("v.item_id", "=", "i.id").on("v.version", "=", 1))
      .select(["i.id", "i.category", "i.priority", "v.text"])
      .where("i.organisation_id", "=", organisationId)
      .execute();
    expect(new Set(items.map((i) => i.category)).size).toBeGreaterThanOrEqual(5);
    const crisis = items.find((i) => i.text.includes("see the point of being here tomorrow"));
    expect(crisis?.priority, "a person in crisis is pinned until acknowledged").toBe(0);
    const comms = as("comms@fenmoor.example");
    await acknowledgeItem(deps, comms, crisis?.id ?? "");
    const complaint = items.find((i) => i.text.includes("formal complaint"));
    await assignItem(deps, comms, complaint?.id ?? "", comms.id ?? "");
    const worked = await deps.db
      .selectFrom("inbox_items")
      .select(["id", "priority", "assignee_id"])
      .where("id", "in", [crisis?.id ?? "", complaint?.id ?? ""])
      .execute();
    expect(worked.find((w) => w.id === crisis?.id)?.priority).toBe(1);
    expect(worked.find((w) => w.id === complaint?.id)?.assignee_id).toBe(comms.id);
  });
});

describe.each(TEST_DATABASES)("the demo trust's content after someone changed the demo, on %s", (kind) => {
  let database: TestDatabase;
  afterAll(async () => {
    await database?.dispose();
  });

  it("refuses with a reason a person can read, not a crash, when a person it needs has left", async () => {
    database = await openTestDatabase(kind);
    const deps = await createTestDeps(database);
    await seedDemo(database.db, deps);
    await deps.db
      .updateTable("users")
      .set({ status: "deactivated" })
      .where("email", "=", "staff@fenmoor.example")
      .execute();
    await expect(seedDemoContent(deps)).rejects.toMatchObject({ code: "validation" });
  });
});
