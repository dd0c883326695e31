import { analyseLanguage } from "../../language/index.js";
import type { CompiledRule } from "../../packs/compile-pack.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/** Profanity, discriminatory, abusive and threatening language from core/language (negation- and quote-aware). */
export function runLanguageRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "language") return NO_FINDINGS;
  ctx.language ??= analyseLanguage(ctx.text);
  const found = ctx.language;
  if (found.length === 0) return NO_FINDINGS;
  const kinds: readonly string[] = rule.spec.params.kinds;
  const out: RawFinding[] = [];
  for (const f of found) if (kinds.includes(f.kind)) out.push({ start: f.start, end: f.end });
  return out;
}
