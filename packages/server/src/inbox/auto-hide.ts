import type { TriageResult } from "@parapet/core";
import type { Kysely } from "kysely";
import { SYSTEM_ACTOR } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import type { DB } from "../db/schema.js";
import { rulesOf } from "./account-rules.js";
import { canAct } from "./connector-for-account.js";
import { type ItemRow, insertHistory, updateItem } from "./inbox.repository.js";
import type { InboxPack } from "./inbox-pack.js";
import { PINNED_CATEGORIES } from "./inbox-workflow.js";
import { moderateItemJob } from "./moderation.job.js";
import { keepEvidence } from "./moderation.service.js";

export type AutoHideRule = "words" | "links" | "abuse";

/** A web address: a scheme, or `www.`. Linear: no nested quantifiers. */
const LINK = /\bhttps?:\/\/|\bwww\.[\p{L}\p{N}]/iu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words as a space-separated, lower-case line, so a blocked phrase matches whole words only. */
function wordLine(text: string): string {
  return ` ${(text.toLocaleLowerCase("en-GB").match(WORD) ?? []).join(" ")} `;
}

/**
 * Which of an account's auto-hide rules a triaged message breaks, if any. A crisis or a threat
 * is never hidden automatically, whatever it contains (a person may be at risk: a hidden cry
 * for help is worse than a visible rude word).
 */
export function autoHideRuleFor(
  account: Pick<import("./inbox-accounts.repository.js").AccountRow, "settings">,
  text: string,
  triage: { category: string; flags: readonly string[] },
): AutoHideRule | null {
  if (PINNED_CATEGORIES.has(triage.category)) return null;
  const { autoHide } = rulesOf(account);
  if (autoHide.words.length > 0) {
    const line = wordLine(text);
    for (const word of autoHide.words) {
      const phrase = wordLine(word);
      if (phrase.trim().length > 0 && line.includes(phrase)) return "words";
    }
  }
  if (autoHide.links && LINK.test(text)) return "links";
  if (autoHide.abuse && triage.flags.includes("abuse")) return "abuse";
  return null;
}

/**
 * Hides a message on arrival under its account's rules, in the triage's transaction: evidence
 * (naming the rule), the item hidden, its history and audit rows, and the platform job keyed by
 * the evidence. Anyone the pack lets unhide may undo it with one click (moderation.service).
 */
export async function autoHide(
  deps: Pick<Deps, "audit" | "jobs">,
  trx: Kysely<DB>,
  a: {
    organisationId: string;
    item: ItemRow;
    account: Pick<import("./inbox-accounts.repository.js").AccountRow, "settings">;
    text: string;
    triage: Pick<TriageResult, "category" | "flags">;
    pack: InboxPack;
    now: Date;
  },
): Promise<AutoHideRule | null> {
  if (a.item.moderation !== "visible" || a.item.deleted_on_platform) return null;
  if (!canAct(a.item.platform, "hide", a.item.channel)) return null;
  const rule = autoHideRuleFor(a.account, a.text, a.triage);
  if (!rule) return null;
  const evidence = await keepEvidence(trx, a.item, {
    action: "hide",
    takenBy: null,
    reason: null,
    automaticRule: rule,
    now: a.now,
  });
  await updateItem(trx, a.item.id, { moderation: "hidden", updated_at: a.now });
  const detail = { rule, evidence: evidence.id, sha256: evidence.sha256, clause: a.pack.autoHide.clause };
  await insertHistory(trx, {
    itemId: a.item.id,
    at: a.now,
    actor: SYSTEM_ACTOR,
    action: "inbox.auto_hidden",
    detail,
  });
  await deps.audit.record(trx, {
    actor: SYSTEM_ACTOR,
    organisationId: a.organisationId,
    action: "inbox.auto_hidden",
    entity: { type: "inbox_item", id: a.item.id },
    before: { moderation: "visible" },
    after: { moderation: "hidden", ...detail },
  });
  await deps.jobs.enqueue(
    trx,
    moderateItemJob,
    { itemId: a.item.id, evidenceId: evidence.id, action: "hide" },
    { key: evidence.id, organisationId: a.organisationId },
  );
  return rule;
}
