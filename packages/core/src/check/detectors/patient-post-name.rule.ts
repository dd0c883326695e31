import type { CompiledRule } from "../../packs/compile-pack.js";
import { namesOfPatientPost, PII_REDACTIONS } from "../pii/index.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/**
 * A post a rule before this one (or the post reader) found to be about a patient, that no name
 * rule reported a name in: the first names, full names and titled names in it are most likely the
 * patient's or their family's ("Sophie on Ward 5 turns 16", "Congratulations Lily… 6 rounds of
 * chemo"), and the name and the care together identify (Core §1; CPG58 §3.3). The post is flagged
 * already, so this adds no false alarm on a clean post; it says which words to take out. Colleagues
 * by staff title or role are left out. Runs after every patient rule and the reader rules.
 */
export function runPatientPostNameRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "patient-post-name") return NO_FINDINGS;
  if (!ctx.reported.has("clinical.patient_information") || ctx.reported.has("pii.person_name"))
    return NO_FINDINGS;
  const spans = namesOfPatientPost(ctx.text);
  if (spans.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const replacement = PII_REDACTIONS["pii.person_name"];
  for (let i = 0; i < spans.length; i += 2)
    out.push({ start: spans[i] as number, end: spans[i + 1] as number, replacement });
  return out;
}
