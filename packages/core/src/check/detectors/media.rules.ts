import type { CompiledRule } from "../../packs/compile-pack.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/** Images or video showing identifiable people need recorded consent (CPG58 §3.3; CORP-0068 §4.2). */
export function runMediaConsentRule(_rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  const media = ctx.input.media ?? [];
  return media.some((m) => m.identifiablePeople === true && m.consent !== true) ? [{}] : NO_FINDINGS;
}

/** Official accounts do not tag individuals in images or video (RWT §4.9.7). */
export function runMediaTaggingRule(_rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  const official = ctx.pack.officialHandles;
  const tagged = (ctx.input.media ?? []).some((m) =>
    (m.tags ?? []).some((t) => t.trim() !== "" && !official.has(t.toLowerCase().replace(/^@/, ""))),
  );
  return tagged ? [{}] : NO_FINDINGS;
}
