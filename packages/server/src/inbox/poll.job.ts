import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { defineJobKind, PermanentJobError } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { connectorForAccount, storeCredentials } from "./connector-for-account.js";
import type { ConnectorError } from "./connectors/connector-error.js";
import { withRefresh } from "./connectors/with-refresh.js";
import { type AccountRow, findAccountById } from "./inbox-accounts.repository.js";
import { ingestItems } from "./ingest.service.js";

/** The platforms whose connectors poll (X mentions, Bluesky notifications, LinkedIn comments, Mastodon notifications). */
export const POLLING_PLATFORMS = ["x", "bluesky", "linkedin", "mastodon"] as const;
/** How often each polling account is asked for what is new. */
export const POLL_EVERY_MS = 60_000;
/** Pages one job reads before it hands over to the next job (a bound on one job's work). */
const MAX_PAGES_PER_JOB = 10;

/**
 * Polls one connected account: each page the connector gives is stored through the one ingest
 * service, and the connector's cursor is kept in the same transaction as the page's items, so a
 * crash between pages neither loses nor repeats anything. A rate limit is not a failure: the
 * account is left alone until the platform's reset time (`poll_after`), which the schedule
 * respects. A refreshable expired token is refreshed once and the new credentials stored.
 */
export const pollAccountJob = defineJobKind({
  kind: "inbox.poll",
  label: "Fetch new messages from a platform account",
  payload: z.object({ accountId: z.uuid() }),
  describe: () => "Ask the platform for new mentions, comments and messages",
  retry: { maxAttempts: 5, baseDelayMs: 30_000 },
  async run({ deps, payload, signal }) {
    const account = await findAccountById(deps.db, payload.accountId);
    if (!account) throw new PermanentJobError("The account is no longer connected.");
    await pollAccount(deps, account, signal);
  },
});

export async function pollAccount(deps: Deps, account: AccountRow, signal?: AbortSignal): Promise<number> {
  const now = deps.clock.now();
  if (account.poll_after && account.poll_after > now) return 0;
  const connector = await connectorForAccount(deps, account);
  const poll = connector.poll;
  if (!poll) return 0;
  let cursor = account.poll_cursor;
  let stored = 0;
  for (let page = 0; page < MAX_PAGES_PER_JOB; page += 1) {
    const result = await withRefresh(
      connector,
      () => poll(cursor, signal ? { signal } : {}),
      (update) => storeCredentials(deps, account, update),
      signal ? { signal } : {},
    );
    if (!result.ok) {
      await recordProblem(deps, account, result.error);
      if (result.error.kind === "rate_limited") return stored;
      if (result.error.kind === "transient") throw new Error(result.error.message);
      throw new PermanentJobError(result.error.message);
    }
    const next = result.value.cursor ?? cursor;
    const ingested = await ingestItems(deps, {
      organisationId: account.organisation_id,
      accountId: account.id,
      items: result.value.items,
      actor: SYSTEM_ACTOR,
      source: "poll",
      alongside: async (trx) => {
        await trx
          .updateTable("inbox_accounts")
          .set({ poll_cursor: next, polled_at: deps.clock.now(), poll_after: null, poll_error: null })
          .where("id", "=", account.id)
          .execute();
      },
    });
    stored += ingested.stored;
    cursor = next;
    if (!result.value.more) return stored;
  }
  // More is waiting than one job reads: the next job goes on from the stored cursor at once.
  await deps.jobs.enqueue(
    deps.db,
    pollAccountJob,
    { accountId: account.id },
    { key: `${account.id}:more:${cursor ?? ""}`.slice(0, 400), organisationId: account.organisation_id },
  );
  return stored;
}

async function recordProblem(deps: Deps, account: AccountRow, error: ConnectorError): Promise<void> {
  const waitUntil = error.kind === "rate_limited" ? new Date(error.retryAt) : null;
  const words =
    error.kind === "rate_limited"
      ? `The platform asked Parapet to wait until ${waitUntil?.toISOString()} before asking again.`
      : error.kind === "token_expired"
        ? `${error.message} An administrator needs to reconnect the account.`
        : error.message;
  await deps.db
    .updateTable("inbox_accounts")
    .set({ poll_after: waitUntil, poll_error: words.slice(0, 2000) })
    .where("id", "=", account.id)
    .execute();
}

/**
 * Every minute: one poll job per polling account that the platform has not asked us to leave
 * alone. The key is the account and the minute, so however many workers tick, each account is
 * polled once a minute.
 */
export const pollDueAccountsJob = defineJobKind({
  kind: "inbox.poll_due",
  label: "Start polling the platform accounts that poll",
  payload: z.object({}),
  describe: () => "Queue a poll of each connected account that polls",
  retry: { maxAttempts: 3, baseDelayMs: 10_000 },
  async run({ deps }) {
    await enqueueDuePolls(deps);
  },
});

export async function enqueueDuePolls(deps: Pick<Deps, "db" | "clock" | "jobs">): Promise<number> {
  const now = deps.clock.now();
  const accounts = await deps.db
    .selectFrom("inbox_accounts")
    .select(["id", "organisation_id"])
    .where("platform", "in", [...POLLING_PLATFORMS])
    .where((eb) => eb.or([eb("poll_after", "is", null), eb("poll_after", "<=", now)]))
    .execute();
  const period = new Date(Math.floor(now.getTime() / POLL_EVERY_MS) * POLL_EVERY_MS).toISOString();
  for (const account of accounts)
    await deps.jobs.enqueue(
      deps.db,
      pollAccountJob,
      { accountId: account.id },
      { key: `${account.id}:${period}`, organisationId: account.organisation_id },
    );
  return accounts.length;
}

export function pollSchedule(): RecurringSchedule {
  return new RecurringSchedule(pollDueAccountsJob, POLL_EVERY_MS, {});
}
