import { analyseLanguage, type LanguageFinding } from "../../language/index.js";
import type { CompiledRule } from "../../packs/compile-pack.js";
import type { CheckContext, RawFinding } from "./context.js";

const cache = new WeakMap<CheckContext, LanguageFinding[]>();

/** Profanity, discriminatory, abusive and threatening language from core/language (negation- and quote-aware). */
export function runLanguageRule(rule: CompiledRule, ctx: CheckContext): RawFinding[] {
  if (rule.spec.detector !== "language") return [];
  let found = cache.get(ctx);
  if (!found) {
    found = analyseLanguage(ctx.text);
    cache.set(ctx, found);
  }
  const kinds: readonly string[] = rule.spec.params.kinds;
  return found.filter((f) => kinds.includes(f.kind)).map((f) => ({ start: f.start, end: f.end }));
}
