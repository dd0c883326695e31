import type { CompiledRule } from "../../packs/compile-pack.js";
import { listKey } from "../phrases/phrase-lists.js";
import { isNhsEmail, isRoleMailbox } from "../pii/index.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/**
 * A personal account that says it belongs to an employee and talks about work needs
 * a "views are my own" disclaimer (CPG58 §5.1.2; CORP-0068 §4.4). Mentioning the
 * employer is not talking about work, so the work list is about work itself.
 */
export function runDisclaimerRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "disclaimer-missing") return NO_FINDINGS;
  const account = ctx.input.account;
  if (!account) return NO_FINDINGS;
  const employee =
    account.identifiesAsEmployee === true ||
    (account.identifiesAsEmployee === undefined && ctx.hits("bio").has(listKey(rule.id, "employee")));
  if (!employee) return NO_FINDINGS;
  // About work: a work word, or a finding only a post about work has (a patient, the trust's performance…).
  const aboutWork =
    ctx.hits().has(listKey(rule.id, "work")) ||
    (rule.spec.params.workCategories ?? []).some((c) => ctx.reported.has(c));
  if (!aboutWork) return NO_FINDINGS;
  const disclaimer = listKey(rule.id, "disclaimer");
  if (ctx.hits("bio").has(disclaimer) || ctx.hits().has(disclaimer)) return NO_FINDINGS;
  return [{}];
}

function handleWords(handle: string): string[] {
  return (
    handle
      .replace(/^@/, "")
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      // "NHSTrust" -> "NHS Trust": a capital before a capitalised word. A lookahead, not ([A-Z]+)([A-Z][a-z]),
      // which backtracks over the whole run of capitals at each one (quadratic on a long run).
      .replace(/([A-Z])(?=[A-Z][a-z])/g, "$1 ")
      .split(/[^A-Za-z0-9]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)/)
      .filter(Boolean)
      .map((w) => w.toLowerCase())
  );
}

/** A personal handle using the organisation's name or abbreviation (CPG58 §2.1; CORP-0068 §4.4). */
export function runBrandInHandleRule(_rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  const handle = ctx.input.account?.handle;
  if (!handle) return NO_FINDINGS;
  const compact = handle.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (ctx.pack.officialHandles.has(handle.toLowerCase().replace(/^@/, ""))) return NO_FINDINGS;
  const words = handleWords(handle);
  for (const brand of ctx.pack.brandTokens) {
    // Short abbreviations (NHS, RWT) only at the edge of a word or in capitals,
    // so "@smithhh" is not read as THH but "@rwtnhs_kayla" is.
    if (brand.length <= 3) {
      const atEdge = words.some((w) => w === brand || w.startsWith(brand) || w.endsWith(brand));
      if (atEdge || handle.includes(brand.toUpperCase())) return [{}];
    } else if (compact.includes(brand)) return [{}];
  }
  return NO_FINDINGS;
}

const NHS_DOMAIN = /nhs\.(?:net|uk)/i;
// Starts only where a run of local-part characters starts, so a long run without an "@" is tried once.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** An NHS address given as a personal account's contact (RWT §4.3.4). */
export function runNhsEmailRule(_rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  const out: RawFinding[] = [];
  const words = ctx.pack.piiAllow.mailboxWords;
  const bio = ctx.input.account?.bio ?? "";
  if (bio.includes("@")) {
    for (const m of bio.matchAll(EMAIL)) if (isNhsEmail(m[0]) && !isRoleMailbox(m[0], words)) return [{}];
  }
  if (!ctx.text.includes("@") || !NHS_DOMAIN.test(ctx.text)) return NO_FINDINGS;
  for (const m of ctx.text.matchAll(EMAIL)) {
    if (isNhsEmail(m[0]) && !isRoleMailbox(m[0], words))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
