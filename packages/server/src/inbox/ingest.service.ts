import type { Kysely } from "kysely";
import type { Actor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import type { InboundEvent, InboundItem } from "./connectors/connector.js";
import { insertHistory, storeInboundVersion } from "./inbox.repository.js";
import { triageItemJob } from "./triage.job.js";

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
 * twice stores nothing.
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
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const result: IngestResult = { stored: 0, duplicates: 0, itemIds: [] };
    for (const item of input.items) {
      const stored = await storeInboundVersion(trx, {
        organisationId: input.organisationId,
        accountId: input.accountOf ? input.accountOf(item) : input.accountId,
        item,
        now,
      });
      result.itemIds.push(stored.itemId);
      if (!stored.newVersion) {
        result.duplicates += 1;
        continue;
      }
      result.stored += 1;
      const action = HISTORY_ACTION[item.event];
      await insertHistory(trx, {
        itemId: stored.itemId,
        at: now,
        actor: input.actor,
        action,
        detail: { version: stored.version, source: input.source },
      });
      await deps.audit.record(trx, {
        actor: input.actor,
        organisationId: input.organisationId,
        action,
        entity: { type: "inbox_item", id: stored.itemId },
        after: {
          platform: item.platform,
          channel: item.channel,
          version: stored.version,
          source: input.source,
        },
      });
      if (item.event === "created" || item.event === "edited") {
        await deps.jobs.enqueue(
          trx,
          triageItemJob,
          { itemId: stored.itemId },
          { key: `${stored.itemId}:v${stored.version}`, organisationId: input.organisationId },
        );
      }
    }
    await input.alongside?.(trx);
    return result;
  });
}
