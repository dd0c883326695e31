import type { CompiledRule } from "../../packs/compile-pack.js";
import { readerLower } from "../reader/model.js";
import { readPost } from "../reader/read-post.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/** The whole post: the reader weighs every word, not one phrase. */
const WHOLE_POST: readonly RawFinding[] = [{}];
const NOTHING_READ: readonly string[] = [];

/** What the reader reports for this post: its categories when no rule before it flagged the post, else nothing. */
function readOnce(ctx: CheckContext): readonly string[] {
  // Decided at the first reader rule: once it reports, the post is flagged, and the second of a
  // patient-and-name pair must still be reported (before, the flag set by the first silenced it).
  ctx.read ??= ctx.flagged ? NOTHING_READ : readPost(readerLower(ctx.text));
  return ctx.read;
}

/**
 * The post reader (check/reader/): when no rule before it raised a finding that blocks or asks for
 * review, the reader reads the whole post, and this rule
 * reports when the reader's category is the rule's own. The pack's rule gives the clause, the
 * severity and the words; the reader only says which kind of post it is. The reader runs at most
 * once per post (CheckContext caches it) and after every other rule but patient-post-name.
 */
export function runReaderRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "reader") return NO_FINDINGS;
  return readOnce(ctx).includes(rule.category) ? WHOLE_POST : NO_FINDINGS;
}
