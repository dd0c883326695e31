import {
  AppError,
  type BrandNeedle,
  brandMatches,
  brandNeedles,
  COMMUNICATIONS_ROLES,
  EMPTY_REQUEST_FORM,
  handleFromUrl,
  mayMention,
  mentionedHandles,
  normaliseHandle,
  PLATFORMS,
  UNOFFICIAL_CLAUSE,
  UNOFFICIAL_EVENT_LABELS,
  UNOFFICIAL_SOURCE_LABELS,
  UNOFFICIAL_STATE_LABELS,
  type UnofficialEvent,
  type UnofficialState,
  unofficialWorkflow,
} from "@parapet/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type OrganisationActor, SYSTEM_ACTOR } from "../audit/actor.js";
import type { DB } from "../db/schema.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import { findOrganisationById } from "../organisations/organisations.repository.js";
import type { AccountsDeps } from "./account-requests.service.js";
import {
  findAccountByHandle,
  insertAccount,
  insertRequest,
  insertTransition,
  peopleWithRoles,
  transitionsOf,
} from "./accounts.repository.js";
import { isoDay } from "./dates.js";
import {
  decideUnofficial,
  ensureWatch,
  existingUnofficial,
  findUnofficialByKey,
  inboxSightings,
  insertReport,
  insertUnofficial,
  lockUnofficial,
  newestHistoryId,
  registerHandles,
  reportsOf,
  seenAgain,
  unofficialRows,
  updateWatch,
  watchOf,
} from "./unofficial.repository.js";

/**
 * Possible unofficial accounts (docs/accounts.md; CPG58 §8.2; RWT Attachment 2 §3.5). Handles that
 * use the organisation's name or brand, seen in the inbox (authors and @mentions) or reported by
 * staff, and not in the register, folded by platform and handle, each decided by the
 * communications team with who, when and why kept in the history and the audit trail.
 *
 * The inbox is read by a periodic, batched job (`accounts.find_unofficial`) along inbox_history's
 * primary key after the messages are stored: the ingest transaction does no work for it.
 */

const SCAN_BATCH = 2000;
const SCAN_MAX_BATCHES = 25;
export const MAX_BRAND_TERMS = 50;

const isPlatform = (p: string): p is (typeof PLATFORMS)[number] =>
  (PLATFORMS as readonly string[]).includes(p);

function personOf(actor: OrganisationActor): string {
  if (actor.kind !== "user" || !actor.id)
    throw new AppError(
      "forbidden",
      "Possible unofficial accounts are reported and decided by people, not API tokens.",
    );
  return actor.id;
}

async function needlesFor(
  db: Kysely<DB>,
  organisationId: string,
): Promise<{ needles: BrandNeedle[]; terms: string[] }> {
  const organisation = await findOrganisationById(db, organisationId);
  const terms = (await watchOf(db, organisationId))?.brand_terms ?? [];
  return { needles: brandNeedles(organisation?.name ?? "", terms), terms };
}

/** Keys of the register's accounts (platform and folded handle): those are ours already. */
async function registerKeys(db: Kysely<DB>, organisationId: string) {
  const rows = await registerHandles(db, organisationId);
  return new Map(rows.map((r) => [`${r.platform}:${normaliseHandle(r.handle)}`, r]));
}

type Found = {
  platform: string;
  handle: string;
  displayName: string | null;
  terms: Set<string>;
  sightings: number;
  itemId: string;
  seenAt: Date;
};

/**
 * Reads the organisation's inbox messages received since the last look, in batches, and makes an
 * item of every author or mentioned handle that uses its brand and is not in the register; one
 * seen before gets one more sighting. Each batch is one transaction with the cursor, so a retried
 * job never counts a message twice. Returns how many messages were read and how many new
 * accounts were found.
 */
export async function scanInbox(
  deps: AccountsDeps,
  organisationId: string,
  options: { batch?: number; maxBatches?: number } = {},
): Promise<{ read: number; found: number }> {
  const batch = options.batch ?? SCAN_BATCH;
  const upTo = await newestHistoryId(deps.db);
  await ensureWatch(deps.db, organisationId, deps.clock.now());
  const { needles } = await needlesFor(deps.db, organisationId);
  let read = 0;
  let found = 0;
  for (let round = 0; round < (options.maxBatches ?? SCAN_MAX_BATCHES); round += 1) {
    const done = await deps.db.transaction().execute(async (trx) => {
      const watch = await watchOf(trx, organisationId, true);
      const cursor = Number(watch?.history_cursor ?? 0);
      const now = deps.clock.now();
      if (cursor >= upTo) {
        await updateWatch(trx, organisationId, { scannedAt: now, now });
        return true;
      }
      const rows = await inboxSightings(trx, organisationId, cursor, upTo, batch);
      const last = rows.length < batch ? upTo : Number(rows[rows.length - 1]?.historyId ?? upTo);
      read += rows.length;
      const byKey = new Map<string, Found>();
      const add = (
        platform: string,
        raw: string,
        displayName: string | null,
        terms: string[],
        row: (typeof rows)[number],
      ) => {
        const handle = normaliseHandle(raw).slice(0, 300);
        if (!handle || terms.length === 0) return;
        const key = `${platform}:${handle}`;
        const seen = byKey.get(key);
        if (seen) {
          seen.sightings += 1;
          for (const t of terms) seen.terms.add(t);
          if (displayName) seen.displayName = displayName;
          seen.itemId = row.itemId;
          if (row.received_at > seen.seenAt) seen.seenAt = row.received_at;
        } else
          byKey.set(key, {
            platform,
            handle,
            displayName,
            terms: new Set(terms),
            sightings: 1,
            itemId: row.itemId,
            seenAt: row.received_at,
          });
      };
      if (needles.length > 0)
        for (const row of rows) {
          const author = row.author_handle ?? row.author_platform_id;
          if (author)
            add(row.platform, author, row.author_name, brandMatches(needles, author, row.author_name), row);
          // The cheap test first: an at sign and a brand word somewhere in the text.
          if (row.text && mayMention(needles, row.text))
            for (const mention of mentionedHandles(row.text))
              add(row.platform, mention, null, brandMatches(needles, mention, null), row);
        }
      const ours = byKey.size > 0 ? await registerKeys(trx, organisationId) : new Map();
      const candidates = [...byKey.entries()].filter(([key]) => !ours.has(key)).map(([, f]) => f);
      const existing = await existingUnofficial(trx, organisationId, candidates);
      const fresh: { id: string; handle: string; platform: string }[] = [];
      for (const c of candidates) {
        const known = existing.find((e) => e.platform === c.platform && e.handle === c.handle);
        if (known) {
          await seenAgain(trx, known.id, {
            sightings: c.sightings,
            displayName: c.displayName,
            url: null,
            exampleItemId: c.itemId,
            seenAt: c.seenAt,
          });
          continue;
        }
        const id = await insertUnofficial(trx, {
          organisationId,
          platform: c.platform,
          handle: c.handle,
          displayName: c.displayName,
          url: null,
          source: "inbox",
          matchedTerms: [...c.terms],
          sightings: c.sightings,
          exampleItemId: c.itemId,
          seenAt: c.seenAt,
          now,
        });
        if (!id) continue;
        fresh.push({ id, handle: c.handle, platform: c.platform });
        await insertTransition(trx, {
          organisationId,
          entityType: "unofficial",
          entityId: id,
          event: "found",
          from: null,
          to: "open",
          actor: { ...SYSTEM_ACTOR, organisationId },
          reasons: null,
          at: now,
        });
        await deps.audit.record(trx, {
          actor: { ...SYSTEM_ACTOR, organisationId },
          organisationId,
          action: "unofficial.found",
          entity: { type: "unofficial_account", id },
          after: { platform: c.platform, handle: c.handle, source: "inbox" },
        });
      }
      if (fresh.length > 0) {
        const comms = await peopleWithRoles(trx, organisationId, COMMUNICATIONS_ROLES);
        await insertNotifications(trx, {
          organisationId,
          userIds: comms,
          kind: "accounts.unofficial_found",
          title:
            fresh.length === 1
              ? "A possible unofficial account was seen in the inbox"
              : `${fresh.length} possible unofficial accounts were seen in the inbox`,
          body: `${fresh
            .slice(0, 5)
            .map((f) => f.handle)
            .join(
              ", ",
            )}${fresh.length > 5 ? " and more" : ""} use your organisation's name and are not in the register. Confirm, claim, report or dismiss each (${UNOFFICIAL_CLAUSE.split(" (")[0]}).`,
          itemId: null,
          now,
        });
      }
      found += fresh.length;
      await updateWatch(trx, organisationId, { cursor: last, scannedAt: now, now });
      return last >= upTo;
    });
    if (done) break;
  }
  return { read, found };
}

/** Every organisation's look through its new inbox messages (the periodic job). */
export async function scanEveryInbox(deps: AccountsDeps): Promise<{ read: number; found: number }> {
  const organisations = await deps.db.selectFrom("organisations").select("id").execute();
  const total = { read: 0, found: 0 };
  for (const { id } of organisations) {
    const r = await scanInbox(deps, id);
    total.read += r.read;
    total.found += r.found;
  }
  return total;
}

export const brandTermsSchema = z.strictObject({
  terms: z.array(z.string().trim().min(3, "at least three letters").max(100)).max(MAX_BRAND_TERMS),
});

/** The brand terms looked for besides the organisation's name (audited). */
export async function setBrandTerms(deps: AccountsDeps, actor: OrganisationActor, terms: string[]) {
  const clean = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await ensureWatch(trx, actor.organisationId, now);
    const before = (await watchOf(trx, actor.organisationId, true))?.brand_terms ?? [];
    await updateWatch(trx, actor.organisationId, { brandTerms: clean, now });
    await deps.audit.record(trx, {
      actor,
      action: "unofficial.brand_terms_set",
      entity: { type: "organisation", id: actor.organisationId },
      before: { terms: before.join("; ") },
      after: { terms: clean.join("; ") },
    });
    return { terms: clean };
  });
}

export const reportSchema = z
  .strictObject({
    platform: z.enum(PLATFORMS),
    handle: z.string().trim().max(300).optional(),
    url: z
      .url("an address starting https://")
      .max(2000)
      .refine((u) => /^https?:\/\//i.test(u), "an address starting https://")
      .optional(),
    why: z.string().trim().min(1, "say why you think it is not official").max(4000),
  })
  .refine((r) => (r.handle && normaliseHandle(r.handle).length > 0) || r.url, {
    message: "Give the account's handle or its address.",
    path: ["handle"],
  });

/** A member of staff reports an account that may claim to be the organisation's. */
export async function reportUnofficial(
  deps: AccountsDeps,
  actor: OrganisationActor,
  input: z.infer<typeof reportSchema>,
) {
  const by = personOf(actor);
  const handle = input.handle ? normaliseHandle(input.handle) : input.url ? handleFromUrl(input.url) : null;
  if (!handle) throw new AppError("validation", "The address does not name an account: give its handle too.");
  const ours = await registerKeys(deps.db, actor.organisationId);
  const registered = ours.get(`${input.platform}:${handle}`);
  if (registered)
    return {
      id: null,
      inRegister: true,
      message: `${registered.handle} is in the register: it is one of ours.`,
    };
  const { needles } = await needlesFor(deps.db, actor.organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const known = await findUnofficialByKey(trx, actor.organisationId, input.platform, handle);
    let id = known?.id ?? null;
    if (known)
      await seenAgain(trx, known.id, {
        sightings: 0,
        displayName: null,
        url: input.url ?? null,
        exampleItemId: null,
        seenAt: now,
      });
    else {
      id = await insertUnofficial(trx, {
        organisationId: actor.organisationId,
        platform: input.platform,
        handle,
        displayName: null,
        url: input.url ?? null,
        source: "staff",
        matchedTerms: brandMatches(needles, handle, null),
        sightings: 0,
        exampleItemId: null,
        seenAt: now,
        now,
      });
      // Another report of the same account won the race: fold into it.
      id ??= (await findUnofficialByKey(trx, actor.organisationId, input.platform, handle))?.id ?? null;
      if (!id) throw new AppError("conflict", "That account changed while you reported it: try again.");
      await insertTransition(trx, {
        organisationId: actor.organisationId,
        entityType: "unofficial",
        entityId: id,
        event: "reported_by_staff",
        from: null,
        to: "open",
        actor,
        reasons: null,
        at: now,
      });
    }
    if (!id) throw new AppError("conflict", "That account changed while you reported it: try again.");
    await insertReport(trx, {
      organisationId: actor.organisationId,
      unofficialId: id,
      by,
      why: input.why,
      url: input.url ?? null,
      now,
    });
    await deps.audit.record(trx, {
      actor,
      action: "unofficial.reported",
      entity: { type: "unofficial_account", id },
      after: { platform: input.platform, handle, folded: known !== undefined },
    });
    const comms = (await peopleWithRoles(trx, actor.organisationId, COMMUNICATIONS_ROLES)).filter(
      (u) => u !== by,
    );
    await insertNotifications(trx, {
      organisationId: actor.organisationId,
      userIds: comms,
      kind: "accounts.unofficial_reported",
      title: "A member of staff reported a possible unofficial account",
      body: `${handle} (${input.platform})${known ? `, reported before and ${UNOFFICIAL_STATE_LABELS[known.state].toLowerCase()}` : ""}: confirm, claim, report or dismiss it.`,
      itemId: null,
      now,
    });
    return {
      id,
      inRegister: false,
      message: known
        ? "Thank you: it had been reported before, and your reason is added."
        : "Thank you: the communications team will look at it.",
    };
  });
}

type Row = Awaited<ReturnType<typeof unofficialRows>>[number];

function view(row: Row, ours: Map<string, { id: string; handle: string }>) {
  const inRegister = ours.get(`${row.platform}:${row.handle}`);
  return {
    id: row.id,
    platform: row.platform,
    handle: row.handle,
    displayName: row.display_name,
    url: row.url,
    state: row.state,
    stateLabel: UNOFFICIAL_STATE_LABELS[row.state],
    source: row.source,
    sourceLabel: UNOFFICIAL_SOURCE_LABELS[row.source],
    matchedTerms: row.matched_terms,
    sightings: row.sightings,
    reports: Number(row.reports),
    firstSeenAt: row.first_seen_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    decidedBy: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    reasons: row.decision_reasons,
    reference: row.reference,
    registeredAccount: row.registered_account_id
      ? { id: row.registered_account_id, handle: row.registered_handle }
      : inRegister
        ? { id: inRegister.id, handle: inRegister.handle }
        : null,
    requestId: row.request_id,
    requestState: row.request_state,
  };
}

/** The list for the communications team, newest sighting first, with the brand terms looked for. */
export async function listUnofficial(
  deps: AccountsDeps,
  actor: OrganisationActor,
  filter: { state?: UnofficialState | undefined },
) {
  const rows = await unofficialRows(
    deps.db,
    actor.organisationId,
    filter.state ? { state: filter.state } : {},
  );
  const ours = await registerKeys(deps.db, actor.organisationId);
  const { needles, terms } = await needlesFor(deps.db, actor.organisationId);
  const watch = await watchOf(deps.db, actor.organisationId);
  return {
    clause: UNOFFICIAL_CLAUSE,
    brandTerms: terms,
    lookingFor: needles.map((n) => n.term),
    lastLookedAt: watch?.scanned_at?.toISOString() ?? null,
    open: rows.filter((r) => r.state === "open").length,
    accounts: rows.map((r) => view(r, ours)),
  };
}

/** One possible unofficial account: its reports, history and the steps this person may take. */
export async function unofficialDetail(deps: AccountsDeps, actor: OrganisationActor, id: string) {
  const [row] = await unofficialRows(deps.db, actor.organisationId, { id });
  if (!row)
    throw new AppError("not_found", "There is no such possible unofficial account in your organisation.");
  const ours = await registerKeys(deps.db, actor.organisationId);
  const reports = await reportsOf(deps.db, actor.organisationId, { unofficialId: id });
  const history = await transitionsOf(deps.db, actor.organisationId, [id]);
  const actions = unofficialWorkflow.available(
    row.state,
    { id: actor.id, roles: actor.roles },
    { reasons: "given" },
  );
  return {
    ...view(row, ours),
    reportsMade: reports.map((r) => ({
      by: r.reporter,
      why: r.why,
      url: r.url,
      at: r.created_at.toISOString(),
    })),
    actions: actions.map((event) => ({ event, label: UNOFFICIAL_EVENT_LABELS[event] })),
    registerChoices: [...ours.values()]
      .filter((a) => a.platform === row.platform && a.status !== "closed")
      .map((a) => ({ id: a.id, label: `${a.handle} (${a.name})` })),
    history: history.map((h) => ({
      event: h.event,
      to: h.to_state,
      toLabel: UNOFFICIAL_STATE_LABELS[h.to_state as UnofficialState] ?? h.to_state,
      by: h.display_name,
      reasons: h.reasons,
      at: h.at.toISOString(),
    })),
  };
}

/** The reports this person made, and what became of each. */
export async function myReports(deps: AccountsDeps, actor: OrganisationActor) {
  const by = personOf(actor);
  const rows = await reportsOf(deps.db, actor.organisationId, { by });
  return {
    reports: rows.map((r) => ({
      platform: r.platform,
      handle: r.handle,
      why: r.why,
      at: r.created_at.toISOString(),
      stateLabel: UNOFFICIAL_STATE_LABELS[r.state],
    })),
  };
}

export const stepSchema = z.strictObject({
  event: z.enum(["confirm", "claim", "report", "dismiss", "reopen"]),
  reasons: z.string().trim().max(4000).optional(),
  /** confirm: the register's account it is (renamed, or entered under another handle). */
  accountId: z.uuid().optional(),
  /** confirm: add it to the register as a live account of this service. */
  register: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      owningService: z.string().trim().min(1).max(200),
      purpose: z.string().trim().max(4000).optional(),
    })
    .optional(),
  /** report: the platform's or the incident report's reference (CPG58 §8.2). */
  reference: z.string().trim().max(300).optional(),
});

/** A decision: one transaction with its state, the history row, the audit row and what it makes. */
export async function stepUnofficial(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  step: z.infer<typeof stepSchema>,
) {
  const by = personOf(actor);
  const reasons = step.reasons?.trim() || null;
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockUnofficial(trx, actor.organisationId, id);
    if (!row)
      throw new AppError("not_found", "There is no such possible unofficial account in your organisation.");
    const event: UnofficialEvent = step.event;
    const to = unofficialWorkflow.transition(
      row.state,
      event,
      { id: actor.id, roles: actor.roles },
      { reasons },
    );
    const now = deps.clock.now();
    const made: { registeredAccountId?: string; requestId?: string } = {};
    if (event === "confirm")
      made.registeredAccountId = await confirmInRegister(trx, deps, actor, row, step, now);
    if (event === "claim") made.requestId = await startClaim(trx, deps, actor, row, now);
    await decideUnofficial(trx, id, {
      state: to,
      by,
      reasons,
      ...(event === "report" ? { reference: step.reference?.trim() || null } : {}),
      ...made,
      now,
    });
    await insertTransition(trx, {
      organisationId: actor.organisationId,
      entityType: "unofficial",
      entityId: id,
      event,
      from: row.state,
      to,
      actor,
      reasons,
      at: now,
    });
    await deps.audit.record(trx, {
      actor,
      action: `unofficial.${event === "confirm" ? "confirmed" : event === "claim" ? "claimed" : event === "report" ? "reported_to_platform" : event === "dismiss" ? "dismissed" : "reopened"}`,
      entity: { type: "unofficial_account", id },
      before: { state: row.state },
      after: {
        state: to,
        ...(made.registeredAccountId ? { registeredAccount: made.registeredAccountId } : {}),
        ...(made.requestId ? { request: made.requestId } : {}),
      },
    });
    return { id, state: to, stateLabel: UNOFFICIAL_STATE_LABELS[to], ...made };
  });
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockUnofficial>>>;

/** Confirmed as ours: the register's account it is, or a new live account in the register. */
async function confirmInRegister(
  trx: Kysely<DB>,
  deps: AccountsDeps,
  actor: OrganisationActor,
  row: Locked,
  step: z.infer<typeof stepSchema>,
  now: Date,
): Promise<string> {
  if (step.accountId) {
    const ours = await registerHandles(trx, actor.organisationId);
    const account = ours.find((a) => a.id === step.accountId);
    if (!account) throw new AppError("validation", "Choose an account in your organisation's register.");
    return account.id;
  }
  const already = await findAccountByHandle(trx, actor.organisationId, row.platform, row.handle);
  if (already) return already.id;
  if (!step.register)
    throw new AppError(
      "validation",
      "Choose the register's account it is, or give its name and owning service to add it to the register.",
    );
  const accountId = await insertAccount(trx, {
    organisationId: actor.organisationId,
    platform: row.platform,
    handle: row.handle,
    name: step.register.name,
    url: row.url,
    purpose: step.register.purpose ?? "",
    owningService: step.register.owningService,
    kind: "devolved",
    status: "live",
    credentialsLocation: null,
    lastReviewOn: null,
    // Found, not requested: reviewed at once (its admins, log-in and purpose are not known yet).
    nextReviewOn: isoDay(now),
    now,
  });
  await insertTransition(trx, {
    organisationId: actor.organisationId,
    entityType: "account",
    entityId: accountId,
    event: "registered_found",
    from: null,
    to: "live",
    actor,
    reasons: "Found as a possible unofficial account and confirmed as ours.",
    at: now,
  });
  await deps.audit.record(trx, {
    actor,
    action: "account.registered_found",
    entity: { type: "registered_account", id: accountId },
    after: { platform: row.platform, handle: row.handle, status: "live" },
  });
  return accountId;
}

/** Claimed: a draft account request for it, by the person claiming, to take it through approval. */
async function startClaim(
  trx: Kysely<DB>,
  deps: AccountsDeps,
  actor: OrganisationActor,
  row: Locked,
  now: Date,
): Promise<string> {
  const requesterId = personOf(actor);
  const form = {
    ...EMPTY_REQUEST_FORM,
    platform: isPlatform(row.platform) ? row.platform : "other",
    handle: row.handle.slice(0, 100),
    proposedName: (row.display_name ?? row.handle).slice(0, 200),
    purpose: `Bring ${row.handle}, found using the organisation's name, under the register (${UNOFFICIAL_CLAUSE.split(" (")[0]}).`,
  };
  const requestId = await insertRequest(trx, {
    organisationId: actor.organisationId,
    requesterId,
    form,
    lineManagerId: null,
    now,
  });
  await insertTransition(trx, {
    organisationId: actor.organisationId,
    entityType: "request",
    entityId: requestId,
    event: "create",
    from: null,
    to: "draft",
    actor,
    reasons: null,
    at: now,
  });
  await deps.audit.record(trx, {
    actor,
    action: "account_request.created",
    entity: { type: "account_request", id: requestId },
    after: { state: "draft", platform: form.platform },
  });
  return requestId;
}
