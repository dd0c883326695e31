import type { CompiledRule } from "../../packs/compile-pack.js";
import type { PiiCategory } from "../categories.js";
import { listKey } from "../phrases/phrase-lists.js";
import { isNhsEmail, PII_REDACTIONS } from "../pii/index.js";
import type { CheckContext, RawFinding } from "./context.js";

const DETECTOR_CATEGORY: Readonly<Record<string, PiiCategory>> = {
  "nhs-number": "pii.nhs_number",
  nino: "pii.nino",
  postcode: "pii.postcode",
  "date-of-birth": "pii.date_of_birth",
  phone: "pii.phone",
  email: "pii.email",
  address: "pii.address",
  "person-name": "pii.person_name",
};

/**
 * PII findings for one rule. An official account giving the address of a venue or
 * its own site is publishing, not disclosing: postcodes and street addresses next
 * to a venue word (and no word about a person) pass on official and devolved accounts.
 */
export function runPiiRule(rule: CompiledRule, ctx: CheckContext): RawFinding[] {
  const category = DETECTOR_CATEGORY[rule.spec.detector];
  if (!category) return [];
  // NHS addresses are judged by account.nhs_email (RWT §4.3.4), not reported twice.
  const matches = ctx
    .pii()
    .filter((m) => m.category === category && !(category === "pii.email" && isNhsEmail(m.value)));
  if (matches.length === 0) return [];
  const venueKey = listKey(rule.id, "venue");
  const personKey = listKey(rule.id, "person");
  const hits = ctx.hits();
  const organisational = ctx.accountType !== "personal" && hits.has(venueKey) && !hits.has(personKey);
  const out: RawFinding[] = [];
  for (const m of matches) {
    if (organisational) continue;
    out.push({ start: m.start, end: m.end, replacement: PII_REDACTIONS[category] });
    ctx.reportedPii.add(category);
  }
  return out;
}
