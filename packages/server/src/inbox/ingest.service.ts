import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Actor } from "../audit/actor.js";
import type { AuditEntry } from "../audit/audit.service.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import type { InboundEvent, InboundItem } from "./connectors/connector.js";
import {
  type HistoryEntry,
  insertHistoryRows,
  type StoredVersion,
  storeInboundVersion,
  storeInboundVersions,
} from "./inbox.repository.js";
import { triageDeliveryJob, triageItemJob } from "./triage.job.js";

export type IngestDeps = Pick<Deps, "db" | "clock" | "audit" | "jobs">;

export interface IngestResult {
  /** Versions stored now (new items and new versions of known ones). */
  stored: number;
  /** Versions already stored (the same delivery again). */
  duplicates: number;
  itemIds: string[];
}

const HISTORY_ACTION: Readonly<Record<InboundEvent, string>> = {
  created: "inbox.received",
  edited: "inbox.edited_on_platform",
  deleted: "inbox.deleted_on_platform",
  hidden: "inbox.hidden_on_platform",
  unhidden: "inbox.unhidden_on_platform",
};

/**
 * The one way in for every source (webhooks, polling, imports): stores each version in one
 * transaction with its history row, its audit row and the job that triages it, so that what a
 * webhook acknowledges is durable before the 200, and a triage job exists exactly when the
 * version does. A version with text to read (created, edited) is triaged; the same delivery
 * twice stores nothing. A delivery costs a handful of multi-row statements whatever its size
 * (items, versions, history, audit rows with one chain-head lock, triage jobs).
 */
export async function ingestItems(
  deps: IngestDeps,
  input: {
    organisationId: string;
    /** The connected account the items came through; null for an import. */
    accountId: string | null;
    /** Where one delivery carries several of the organisation's accounts: each item's own. */
    accountOf?: (item: InboundItem) => string | null;
    items: readonly InboundItem[];
    actor: Actor;
    source: "webhook" | "poll" | "import";
    /** Runs in the same transaction after the items are stored (a poll keeps its cursor here). */
    alongside?: (trx: Kysely<DB>) => Promise<void>;
  },
): Promise<IngestResult> {
  if (input.items.length === 0 && !input.alongside) return { stored: 0, duplicates: 0, itemIds: [] };
  const accountOf = input.accountOf ?? (() => input.accountId);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const result: IngestResult = { stored: 0, duplicates: 0, itemIds: [] };
    // A delivery that names a message once each (the usual case) is stored with multi-row
    // inserts; one that carries two versions of the same message goes one by one, in order.
    const stored = distinctMessages(input.items)
      ? await storeInboundVersions(trx, {
          organisationId: input.organisationId,
          accountOf,
          items: input.items,
          now,
        })
      : await storeOneByOne(trx, input.organisationId, accountOf, input.items, now);
    const history: HistoryEntry[] = [];
    const audit: AuditEntry[] = [];
    const triage: { payload: { itemId: string }; options: { key: string; organisationId: string } }[] = [];
    input.items.forEach((item, i) => {
      const version = stored[i];
      if (!version) return;
      result.itemIds.push(version.itemId);
      if (!version.newVersion) {
        result.duplicates += 1;
        return;
      }
      result.stored += 1;
      const action = HISTORY_ACTION[item.event];
      history.push({
        itemId: version.itemId,
        at: now,
        actor: input.actor,
        action,
        detail: { version: version.version, source: input.source },
      });
      audit.push({
        actor: input.actor,
        organisationId: input.organisationId,
        action,
        entity: { type: "inbox_item", id: version.itemId },
        after: {
          platform: item.platform,
          channel: item.channel,
          version: version.version,
          source: input.source,
        },
      });
      if (item.event === "created" || item.event === "edited")
        triage.push({
          payload: { itemId: version.itemId },
          options: { key: `${version.itemId}:v${version.version}`, organisationId: input.organisationId },
        });
    });
    await insertHistoryRows(trx, history);
    // One message: its own triage job. Several: one job for the delivery (a row in the jobs
    // table per delivery, not per message); keyed by what it triages, so the same versions
    // never make two.
    const only = triage[0];
    if (triage.length === 1 && only) await deps.jobs.enqueue(trx, triageItemJob, only.payload, only.options);
    else if (triage.length > 1)
      await deps.jobs.enqueue(
        trx,
        triageDeliveryJob,
        { itemIds: [...new Set(triage.map((t) => t.payload.itemId))] },
        {
          key: createHash("sha256")
            .update(triage.map((t) => t.options.key).join("\n"))
            .digest("hex"),
          organisationId: input.organisationId,
        },
      );
    await input.alongside?.(trx);
    // The audit rows last: appending locks the organisation's chain head until commit, and every
    // audited write of the organisation (triage batches, other deliveries) waits for it.
    await deps.audit.recordMany(trx, audit);
    return result;
  });
}

function distinctMessages(items: readonly InboundItem[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.platform}\u0000${item.externalId}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

async function storeOneByOne(
  trx: Kysely<DB>,
  organisationId: string,
  accountOf: (item: InboundItem) => string | null,
  items: readonly InboundItem[],
  now: Date,
): Promise<StoredVersion[]> {
  const stored: StoredVersion[] = [];
  for (const item of items)
    stored.push(await storeInboundVersion(trx, { organisationId, accountId: accountOf(item), item, now }));
  return stored;
}
