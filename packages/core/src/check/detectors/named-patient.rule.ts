import type { CompiledRule } from "../../packs/compile-pack.js";
import type { PiiMatch } from "../pii/pii-match.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/** How far from a name an NHS number still reads as that person's, in characters either side. */
const NHS_NUMBER_REACH = 70;

function besideAnNhsNumber(name: PiiMatch, numbers: readonly PiiMatch[]): boolean {
  for (const n of numbers) {
    if (n.end >= name.start - NHS_NUMBER_REACH && n.start <= name.end + NHS_NUMBER_REACH) return true;
  }
  return false;
}

/**
 * A person the pack reported as named (pii.person_name) in a care setting — a ward, a bed, an
 * admission, a diagnosis, a birth — is a patient whose care the post discloses: one finding per
 * such name (Core §2; CPG58 §3.2, RWT §4.3.4). So is a name beside an NHS number, even with no
 * care word: the number exists to find that person's record (CPG58 §3.3). Runs after the PII rules.
 */
export function runNamedPatientRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "named-patient" || !ctx.reportedPii.has("pii.person_name")) return NO_FINDINGS;
  if (ctx.officialConsent(rule)) return NO_FINDINGS;
  const names = ctx.piiOf("pii.person_name");
  const numbers = ctx.reportedPii.has("pii.nhs_number") ? ctx.piiOf("pii.nhs_number") : [];
  let out: RawFinding[] | undefined;
  for (const m of names) {
    if (m.patient !== true && !(numbers.length > 0 && besideAnNhsNumber(m, numbers))) continue;
    out ??= [];
    out.push({ start: m.start, end: m.end });
  }
  return out ?? NO_FINDINGS;
}
