import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundItem, organisationIdOf, runJobs, userIdOf } from "../../test/helpers/inbox.js";
import { createTestDeps, TestClock } from "../../test/helpers/test-app.js";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { countUnread } from "../notifications/notifications.repository.js";
import { seedDemo } from "../organisations/seed-demo.js";
import { itemHistory } from "./inbox.repository.js";
import { ingestItems } from "./ingest.service.js";

const CRISIS = "I can't go on any more, I've taken all my tablets tonight and I want it to end.";

describe.each(TEST_DATABASES)("ingesting into the inbox on %s", (kind) => {
  let database: TestDatabase;
  let deps: Deps;
  let organisationId: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    deps = await createTestDeps(database, { clock });
    await seedDemo(database.db, deps);
    organisationId = await organisationIdOf(deps);
    await deps.db
      .updateTable("organisations")
      .set({ pack_id: "tewv" })
      .where("id", "=", organisationId)
      .execute();
  });
  afterAll(async () => {
    await database.dispose();
  });

  const ingest = (items: Parameters<typeof ingestItems>[1]["items"]) =>
    ingestItems(deps, { organisationId, accountId: null, items, actor: SYSTEM_ACTOR, source: "import" });
  const item = (externalId: string) =>
    deps.db
      .selectFrom("inbox_items")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("external_id", "=", externalId)
      .executeTakeFirstOrThrow();
  const auditRows = (itemId: string) =>
    deps.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_type", "=", "inbox_item")
      .where("entity_id", "=", itemId)
      .orderBy("seq")
      .execute();

  it("stores a message once however often it is delivered, and triages it in a job", async () => {
    const message = inboundItem({ externalId: "dup-1", text: "Where do I park for the outpatients clinic?" });
    expect(await ingest([message])).toMatchObject({ stored: 1, duplicates: 0 });
    expect(await ingest([message])).toMatchObject({ stored: 0, duplicates: 1 });
    const stored = await item("dup-1");
    expect(stored.triaged_at, "triage runs in a job, not in the request").toBeNull();
    const jobs = await deps.db.selectFrom("jobs").select("kind").where("kind", "=", "inbox.triage").execute();
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(await runJobs(deps)).toBeGreaterThanOrEqual(1);
    const triaged = await item("dup-1");
    expect(triaged.triaged_at).not.toBeNull();
    expect(triaged.category).toBeTypeOf("string");
    expect(triaged.priority).toBe(1);
    expect((await auditRows(stored.id)).map((r) => r.action)).toEqual(["inbox.received", "inbox.triaged"]);
  });

  it("keeps an edit and a deletion as new versions, never overwriting the first", async () => {
    const first = inboundItem({ externalId: "ver-1", text: "The first words." });
    await ingest([first]);
    await ingest([{ ...first, event: "edited", versionKey: "edited:1", text: "The words after an edit." }]);
    await ingest([{ ...first, event: "deleted", versionKey: "deleted", text: "" }]);
    await ingest([{ ...first, event: "edited", versionKey: "edited:1", text: "The words after an edit." }]);
    const stored = await item("ver-1");
    const versions = await deps.db
      .selectFrom("inbox_item_versions")
      .select(["version", "event", "text"])
      .where("item_id", "=", stored.id)
      .orderBy("version")
      .execute();
    expect(versions).toEqual([
      { version: 1, event: "created", text: "The first words." },
      { version: 2, event: "edited", text: "The words after an edit." },
      { version: 3, event: "deleted", text: "" },
    ]);
    expect(stored.version_count).toBe(3);
    expect(stored.deleted_on_platform).toBe(true);
    await runJobs(deps);
    const history = await itemHistory(deps.db, stored.id);
    expect(history.map((h) => h.action)).toEqual([
      "inbox.received",
      "inbox.edited_on_platform",
      "inbox.deleted_on_platform",
      "inbox.triaged",
    ]);
  });

  it("keeps the thread: a reply names the comment it answers and the post it sits under", async () => {
    await ingest([
      inboundItem({ externalId: "t-root", threadId: "post-1", replyToId: "post-1" }),
      inboundItem({ externalId: "t-reply", channel: "reply", threadId: "post-1", replyToId: "t-root" }),
    ]);
    const reply = await item("t-reply");
    expect(reply).toMatchObject({
      reply_to_external_id: "t-root",
      thread_external_id: "post-1",
      channel: "reply",
    });
  });

  it("pins a crisis to the top with the pack's template and tells the communications team at once", async () => {
    const result = await ingest([inboundItem({ externalId: "crisis-1", text: CRISIS })]);
    expect(result.stored).toBe(1);
    await runJobs(deps);
    const crisis = await item("crisis-1");
    expect(crisis).toMatchObject({ category: "crisis", urgency: "critical", priority: 0 });
    expect(crisis.template?.id).toBe("tewv.crisis.signpost");
    expect(crisis.template?.text).toContain("116 123");
    expect((crisis.reasons as unknown[]).length).toBeGreaterThan(0);
    const comms = await userIdOf(deps, "comms@fenmoor.example");
    const head = await userIdOf(deps, "head-of-comms@fenmoor.example");
    const staff = await userIdOf(deps, "staff@fenmoor.example");
    expect(await countUnread(deps.db, comms)).toBe(1);
    expect(await countUnread(deps.db, head)).toBe(1);
    expect(await countUnread(deps.db, staff), "only the people on duty are told").toBe(0);
    // Triage again (a retried job): the same result, nobody told twice.
    const { triageItem } = await import("./triage.job.js");
    await triageItem(deps, organisationId, crisis.id);
    expect(await countUnread(deps.db, comms)).toBe(1);
    expect((await auditRows(crisis.id)).map((r) => r.action)).toEqual([
      "inbox.received",
      "inbox.triaged",
      "inbox.alerted",
    ]);
  });

  it("never leaves a message it cannot read at low urgency", async () => {
    await ingest([
      inboundItem({ externalId: "photo-1", text: "", attachments: [{ kind: "image" }] }),
      inboundItem({ externalId: "long-1", text: `Lovely ${"x".repeat(25_000)}` }),
    ]);
    await runJobs(deps);
    for (const id of ["photo-1", "long-1"]) {
      const stored = await item(id);
      expect(stored.triaged_at).not.toBeNull();
      expect(stored.urgency, id).not.toBe("low");
    }
  });

  it("stores nothing of a batch when one item cannot be stored (all or nothing)", async () => {
    const before = await deps.db
      .selectFrom("inbox_items")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    await expect(
      ingest([inboundItem({ externalId: "ok-in-bad-batch" }), inboundItem({ externalId: "x".repeat(600) })]),
    ).rejects.toThrow();
    const after = await deps.db
      .selectFrom("inbox_items")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  // The multi-row statements send one array per column (unnest): what array literals treat
  // specially (quotes, backslashes, braces, commas, the word NULL, an empty string) must arrive
  // exactly as sent, and a null must stay a null.
  it("stores awkward text, names and a crisis in one delivery exactly as sent, and triages each", async () => {
    const awkward = ['She said "help" \\ {me}, now', "NULL", "", "Ünïcödé — ward 4 ☎ 💙", CRISIS];
    const delivery = awkward.map((text, i) =>
      inboundItem({
        externalId: `awkward-${i}`,
        text,
        author: { platformId: `p${i}`, name: i === 1 ? "NULL" : '"Quoted", {braced}', handle: undefined },
      }),
    );
    expect(await ingest(delivery)).toMatchObject({ stored: awkward.length, duplicates: 0 });
    expect(await ingest(delivery)).toMatchObject({ stored: 0, duplicates: awkward.length });
    await runJobs(deps);
    for (const [i, text] of awkward.entries()) {
      const stored = await item(`awkward-${i}`);
      expect(stored.author_name).toBe(i === 1 ? "NULL" : '"Quoted", {braced}');
      expect(stored.author_handle).toBeNull();
      expect(stored.triaged_at).not.toBeNull();
      const version = await deps.db
        .selectFrom("inbox_item_versions")
        .select(["text", "subject"])
        .where("item_id", "=", stored.id)
        .executeTakeFirstOrThrow();
      expect(version).toEqual({ text, subject: null });
      const history = await itemHistory(deps.db, stored.id);
      expect(history.map((h) => h.action).slice(0, 2)).toEqual(["inbox.received", "inbox.triaged"]);
    }
    const crisis = await item(`awkward-${awkward.length - 1}`);
    expect(crisis.category).toBe("crisis");
    expect(crisis.priority).toBe(0);
    expect(crisis.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ for: expect.any(String) })]),
    );
    // Nothing it cannot read stays low (an empty message goes to a person as high at least).
    expect((await item("awkward-2")).urgency).not.toBe("low");
  });
});
