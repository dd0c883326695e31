import type { CompiledRule } from "../../packs/compile-pack.js";
import { listKey } from "../phrases/phrase-lists.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

const URL =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nhs\.uk|co\.uk|org\.uk|gov\.uk|ac\.uk|com|org|net|uk|ly|me)(?:\/\S*)?/gi;

/** Length as the platform counts it: code points, and on X every link counts as 23. */
export function platformLength(text: string, platform: string): number {
  if (platform === "x") {
    let length = 0;
    let last = 0;
    for (const m of text.matchAll(URL)) {
      length += [...text.slice(last, m.index)].length + 23;
      last = m.index + m[0].length;
    }
    return length + [...text.slice(last)].length;
  }
  return [...text].length;
}

/** Offset (UTF-16) of the first code point past `limit`, for highlighting the overflow. */
function overflowStart(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (count === limit) return i;
    count++;
  }
  return text.length;
}

export function runLengthRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "platform-length") return NO_FINDINGS;
  const platform = ctx.input.platform;
  if (!platform) return NO_FINDINGS;
  const limit = rule.spec.params.limits[platform];
  if (limit === undefined) return NO_FINDINGS;
  // Code points never outnumber UTF-16 units; only X's 23-per-link rule can add length.
  if (ctx.text.length <= limit && (platform !== "x" || ctx.text.length <= limit / 2)) return NO_FINDINGS;
  if (platformLength(ctx.text, platform) <= limit) return NO_FINDINGS;
  const start = overflowStart(ctx.text, limit);
  return start < ctx.text.length ? [{ start, end: ctx.text.length }] : [{}];
}

/** Short-form posts that point people somewhere need the link (CPG58 §6.2). */
export function runLinkMissingRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "link-missing") return NO_FINDINGS;
  const platform = ctx.input.platform;
  if (!platform || !rule.spec.params.platforms.includes(platform)) return NO_FINDINGS;
  if (!ctx.hits().has(listKey(rule.id, "cues"))) return NO_FINDINGS;
  URL.lastIndex = 0;
  return URL.test(ctx.text) ? NO_FINDINGS : [{}];
}
