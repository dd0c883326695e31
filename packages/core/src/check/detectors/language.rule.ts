import { analyseLanguage } from "../../language/index.js";
import type { CompiledRule } from "../../packs/compile-pack.js";
import type { CheckContext, RawFinding } from "./context.js";

/** Profanity, discriminatory, abusive and threatening language from core/language (negation- and quote-aware). */
export function runLanguageRule(rule: CompiledRule, ctx: CheckContext): RawFinding[] {
  if (rule.spec.detector !== "language") return [];
  ctx.language ??= analyseLanguage(ctx.text);
  const found = ctx.language;
  if (found.length === 0) return [];
  const kinds: readonly string[] = rule.spec.params.kinds;
  const out: RawFinding[] = [];
  for (const f of found) if (kinds.includes(f.kind)) out.push({ start: f.start, end: f.end });
  return out;
}
