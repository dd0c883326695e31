import type { CompiledRule } from "../../packs/compile-pack.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/**
 * A person the pack reported as named (pii.person_name) in a care setting — a ward, a bed, an
 * admission, a diagnosis, a birth — is a patient whose care the post discloses: one finding per
 * such name (Core §2; CPG58 §3.2, RWT §4.3.4). Runs after the PII rules.
 */
export function runNamedPatientRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "named-patient" || !ctx.reportedPii.has("pii.person_name")) return NO_FINDINGS;
  const names = ctx.piiOf("pii.person_name");
  let out: RawFinding[] | undefined;
  for (const m of names) {
    if (m.patient !== true) continue;
    out ??= [];
    out.push({ start: m.start, end: m.end });
  }
  return out ?? NO_FINDINGS;
}
