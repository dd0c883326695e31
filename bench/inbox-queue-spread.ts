/**
 * Makes a benchmark's queue look like a working inbox before its views are timed: a webhook burst
 * leaves every item new, unassigned, untagged, on no account and received within the same minute,
 * and then every view but "all" either matches nothing or everything, which measures no view at
 * all. This spreads the items, deterministically (by a hash of each id), across what a trust's
 * queue holds after a few weeks: three accounts, statuses new/assigned/waiting, six assignees,
 * a few tags, arrivals over 30 days and due times from them. Items the real triage did not read
 * (--skip-triage) get a category mix like the dev corpus's, with the urgency, pin and due time
 * triage gives each category (packages/core CATEGORY_URGENCY, inbox-workflow.ts PINNED_CATEGORIES).
 * Bench-only: it writes columns directly, without history or audit rows.
 */

import { CATEGORY_URGENCY, type TriageCategory } from "@parapet/core";
import { sql } from "kysely";
import type { Deps } from "../packages/server/src/create-deps.js";
import { URGENCY_RANK } from "../packages/server/src/inbox/inbox-workflow.js";

/** Per-thousand shares of each category (a trust's inbox: mostly general, praise and complaints). */
const CATEGORY_SHARES: readonly [TriageCategory, number][] = [
  ["crisis", 5],
  ["threat", 3],
  ["subject_access", 10],
  ["foi", 10],
  ["media", 20],
  ["complaint", 150],
  ["clinical_question", 100],
  ["pals", 100],
  ["abuse", 50],
  ["compliment", 150],
  ["spam", 50],
  ["general", 352],
];
const DUE_HOURS = { critical: 1, high: 8, normal: 72, low: 240 } as const;
export const BENCH_TAGS = ["follow-up", "press", "vip"] as const;

export interface SpreadQueue {
  accountIds: string[];
  assigneeIds: string[];
}

export async function spreadQueue(
  deps: Pick<Deps, "db" | "clock">,
  organisationId: string,
  options: { fillTriage: boolean },
): Promise<SpreadQueue> {
  const { db } = deps;
  const now = deps.clock.now();
  const accountIds: string[] = [];
  for (const [i, name] of ["Main page", "Maternity page", "Careers page"].entries()) {
    const row = await db
      .insertInto("inbox_accounts")
      .values({
        organisation_id: organisationId,
        platform: "facebook",
        external_account_id: `bench-page-${i}`,
        name,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    accountIds.push(row.id);
  }
  const people = await db
    .selectFrom("users")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .orderBy("id")
    .limit(6)
    .execute();
  const assigneeIds = people.map((p) => p.id);
  if (assigneeIds.length === 0) throw new Error("the demo organisation has nobody to assign to");
  const bucket = (salt: string, modulo: number) =>
    sql<number>`(abs(hashtext(id::text || ${salt})) % ${sql.lit(modulo)})`;

  if (options.fillTriage) {
    let from = 0;
    const branches = CATEGORY_SHARES.map(([category, share]) => {
      const branch = sql`when ${bucket("c", 1000)} < ${sql.lit(from + share)} then ${sql.lit(category)}`;
      from += share;
      return branch;
    });
    await sql`update inbox_items set category = case ${sql.join(branches, sql` `)} end
      where organisation_id = ${organisationId}`.execute(db);
    const urgencyCase = sql.join(
      Object.entries(CATEGORY_URGENCY).map(
        ([category, urgency]) => sql`when ${sql.lit(category)} then ${sql.lit(urgency)}`,
      ),
      sql` `,
    );
    await sql`update inbox_items set urgency = case category ${urgencyCase} end,
      triaged_at = ${now}
      where organisation_id = ${organisationId}`.execute(db);
  }
  // Arrivals over the last 30 days; due times from arrival by urgency (many are overdue, as in a
  // real backlog of 100,000); one crisis or threat in five still unacknowledged (pinned).
  const rankCase = sql.join(
    Object.entries(URGENCY_RANK).map(
      ([urgency, rank]) => sql`when ${sql.lit(urgency)} then ${sql.lit(rank)}`,
    ),
    sql` `,
  );
  const hoursCase = sql.join(
    Object.entries(DUE_HOURS).map(([urgency, hours]) => sql`when ${sql.lit(urgency)} then ${sql.lit(hours)}`),
    sql` `,
  );
  await sql`update inbox_items set
      received_at = ${now}::timestamptz - make_interval(mins => ${bucket("r", 43_200)}),
      urgency_rank = case urgency ${rankCase} else 1 end
    where organisation_id = ${organisationId}`.execute(db);
  await sql`update inbox_items set
      due_by = received_at + make_interval(hours => case urgency ${hoursCase} else 72 end),
      sort_due = received_at + make_interval(hours => case urgency ${hoursCase} else 72 end),
      priority = case when category in ('crisis', 'threat') and ${bucket("p", 5)} = 0 then 0 else 1 end,
      acknowledged_at = case when category in ('crisis', 'threat') and ${bucket("p", 5)} <> 0
        then received_at + interval '10 minutes' end
    where organisation_id = ${organisationId}`.execute(db);
  // Statuses: 45 % new (nobody's), 40 % assigned, 15 % waiting on the author (still someone's);
  // accounts 60/30/10.
  const assigneeCase = sql.join(
    assigneeIds.map((id, i) => sql`when ${sql.lit(i)} then ${id}::uuid`),
    sql` `,
  );
  await sql`update inbox_items set
      status = case when ${bucket("s", 100)} < 45 then 'new' when ${bucket("s", 100)} < 85 then 'assigned'
        else 'waiting' end,
      assignee_id = case when ${bucket("s", 100)} < 45 then null
        else case ${bucket("a", assigneeIds.length)} ${assigneeCase} end end,
      account_id = case when ${bucket("k", 10)} < 6 then ${accountIds[0]}::uuid
        when ${bucket("k", 10)} < 9 then ${accountIds[1]}::uuid else ${accountIds[2]}::uuid end
    where organisation_id = ${organisationId}`.execute(db);
  // Tags: follow-up on 8 %, press on 1 %, vip on 0.2 %.
  const shares = { "follow-up": 80, press: 10, vip: 2 } as const;
  for (const tag of BENCH_TAGS)
    await sql`insert into inbox_item_tags (item_id, tag)
      select id, ${tag} from inbox_items
      where organisation_id = ${organisationId} and ${bucket(`t${tag}`, 1000)} < ${sql.lit(shares[tag])}
      on conflict do nothing`.execute(db);
  return { accountIds, assigneeIds };
}
