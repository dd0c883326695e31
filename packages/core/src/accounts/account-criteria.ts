import type { AccountRequestForm } from "./account-request.schema.js";
import type { Criterion, CriterionCheck } from "./accounts-pack.schema.js";

/** One pack criterion against one request: met or not, with its clause and what to do. */
export interface CriterionResult {
  id: string;
  met: boolean;
  clause: string;
  message: string;
}

type Check = (form: AccountRequestForm, params: NonNullable<Criterion["params"]>) => boolean;

/** The generic checks a pack's criteria choose from (accounts-pack.schema.ts). */
const CHECKS: Readonly<Record<CriterionCheck, Check>> = {
  posting_frequency: (form, p) => form.postsPerWeek > (p.moreThan ?? 0),
  approved_user_named: (form) => form.approvedUserIds.length > 0 && form.approvedUsersTrained,
  moderation_plan: (form, p) =>
    form.moderationPlan.trim() !== "" && (!p.weekdays || form.moderatedEveryWeekday),
  foi_training: (form) => form.foiTrained,
  page_not_personal_profile: (form) => form.presence !== "personal_profile",
};

/** Checks a request against the pack's criteria, in the pack's order (pure: runs as you type). */
export function checkAccountCriteria(
  form: AccountRequestForm,
  criteria: readonly Criterion[],
): CriterionResult[] {
  return criteria.map((c) => ({
    id: c.id,
    met: CHECKS[c.check](form, c.params ?? {}),
    clause: c.clause,
    message: c.message,
  }));
}
