import type { CompiledRule } from "../../packs/compile-pack.js";
import { readerLower } from "../reader/model.js";
import { readPost } from "../reader/read-post.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/** The whole post: the reader weighs every word, not one phrase. */
const WHOLE_POST: readonly RawFinding[] = [{}];

/**
 * The post reader (check/reader/): when no rule before it raised a finding that blocks or asks for
 * review, the reader reads the whole post, and this rule reports when the reader's category is the
 * rule's own. The pack's rule gives the clause, the severity and the words; the reader only says
 * which kind of post it is. The reader runs once per post (CheckContext caches it) and last.
 */
export function runReaderRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "reader" || ctx.flagged) return NO_FINDINGS;
  ctx.read ??= readPost(readerLower(ctx.text));
  return (ctx.read as readonly string[]).includes(rule.category) ? WHOLE_POST : NO_FINDINGS;
}
