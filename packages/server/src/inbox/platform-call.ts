import type { Deps } from "../create-deps.js";
import { PermanentJobError, RetryLaterError } from "../jobs/job-kind.js";
import { connectorForAccount } from "./connector-for-account.js";
import type { ActionOutcome, ActionRequest, ActionTarget } from "./connectors/connector.js";
import type { ItemRow } from "./inbox.repository.js";
import { findAccountById } from "./inbox-accounts.repository.js";

/** What a connector needs to know about the stored item it acts on. */
export function targetOf(item: ItemRow): ActionTarget {
  return {
    externalId: item.external_id,
    channel: item.channel,
    account: item.account,
    author: {
      ...(item.author_platform_id ? { platformId: item.author_platform_id } : {}),
      ...(item.author_handle ? { handle: item.author_handle } : {}),
      ...(item.author_name ? { name: item.author_name } : {}),
    },
    ...(item.reply_to_external_id ? { replyToId: item.reply_to_external_id } : {}),
    ...(item.thread_external_id ? { threadId: item.thread_external_id } : {}),
    ...(item.ref && Object.keys(item.ref).length > 0 ? { ref: item.ref } : {}),
  };
}

/**
 * Calls the platform for a job, outside any transaction, and turns the connector's error values
 * into what the worker does: wait when rate-limited, retry a transient failure, give up at once
 * (with the platform's words) when retrying cannot help.
 */
export async function callPlatform(
  deps: Deps,
  item: ItemRow,
  action: ActionRequest,
  options: { idempotencyKey: string; requestedAt: Date; signal: AbortSignal },
): Promise<ActionOutcome> {
  if (!item.account_id)
    throw new PermanentJobError("The message was imported, not received through a connected account.");
  const account = await findAccountById(deps.db, item.account_id);
  if (!account) throw new PermanentJobError("The account the message came through is no longer connected.");
  const connector = await connectorForAccount(deps, account);
  const result = await connector.perform(action, options);
  if (result.ok) return result.value;
  const error = result.error;
  switch (error.kind) {
    case "rate_limited":
      throw new RetryLaterError(
        error.message,
        Math.max(0, Date.parse(error.retryAt) - deps.clock.now().getTime()),
      );
    case "transient":
      throw new Error(error.message);
    case "token_expired":
      throw new PermanentJobError(`${error.message} An administrator needs to reconnect the account.`);
    case "permanent":
      throw new PermanentJobError(error.message);
  }
}
