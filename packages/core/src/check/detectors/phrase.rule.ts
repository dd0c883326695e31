import type { CompiledRule } from "../../packs/compile-pack.js";
import { listKey } from "../phrases/phrase-lists.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/**
 * A word-list rule: a term (in the post, bio or handle), optionally only when a
 * second list occurs in the same sentence or post, and never when an `unless`
 * phrase is present. Covers the topic, clinical and logo rules packs define.
 */
interface RuleKeys {
  readonly terms: string;
  readonly near: string;
  readonly unless: string;
}
const KEYS = new WeakMap<CompiledRule, RuleKeys>();

function keysOf(rule: CompiledRule): RuleKeys {
  let keys = KEYS.get(rule);
  if (keys === undefined) {
    keys = {
      terms: listKey(rule.id, "terms"),
      near: listKey(rule.id, "near"),
      unless: listKey(rule.id, "unless"),
    };
    KEYS.set(rule, keys);
  }
  return keys;
}

export function runPhraseRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "phrases") return NO_FINDINGS;
  const { params } = rule.spec;
  const keys = keysOf(rule);
  const hits = ctx.hits(params.field);
  const terms = hits.get(keys.terms);
  if (terms.length === 0) return NO_FINDINGS;
  if (params.unless && hits.has(keys.unless)) return NO_FINDINGS;
  if (
    params.withUnconsentedPeople &&
    !(ctx.input.media ?? []).some((m) => m.identifiablePeople === true && m.consent !== true)
  ) {
    return NO_FINDINGS;
  }
  const withPii = params.withPii;
  if (withPii && !withPii.some((c) => ctx.reportedPii.has(c))) return NO_FINDINGS;
  let found = terms;
  if (params.near) {
    const near = hits.get(keys.near);
    if (near.length === 0) return NO_FINDINGS;
    if (params.near.scope === "sentence") {
      const sentences = new Set(near.map((h) => h.sentence));
      found = terms.filter((t) => sentences.has(t.sentence));
    } else if (params.near.scope === "adjacent") {
      const sentences = new Set(near.map((h) => h.sentence));
      found = terms.filter(
        (t) => sentences.has(t.sentence) || sentences.has(t.sentence + 1) || sentences.has(t.sentence - 1),
      );
    }
  }
  if (params.field !== "text") return found.length > 0 ? [{}] : NO_FINDINGS;
  return found.map((h) => ({ start: h.start, end: h.end }));
}
