import type { CompiledRule, Pack } from "../packs/compile-pack.js";
import type { AccountType, Severity, Verdict } from "./categories.js";
import type { CheckInput, CheckResult, Finding } from "./check.schema.js";
import { compactString } from "./compact-string.js";
import { dedupeFindings } from "./dedupe-findings.js";
import { runBrandInHandleRule, runDisclaimerRule, runNhsEmailRule } from "./detectors/account.rules.js";
import { CheckContext, type RawFinding } from "./detectors/context.js";
import { runLanguageRule } from "./detectors/language.rule.js";
import { runMediaConsentRule, runMediaTaggingRule } from "./detectors/media.rules.js";
import { runNamedPatientRule } from "./detectors/named-patient.rule.js";
import { runPatientPostNameRule } from "./detectors/patient-post-name.rule.js";
import { runPhraseRule } from "./detectors/phrase.rule.js";
import { runPiiRule } from "./detectors/pii.rule.js";
import { runLengthRule, runLinkMissingRule } from "./detectors/platform.rules.js";
import { runReaderRule } from "./detectors/reader.rule.js";

type Runner = (rule: CompiledRule, ctx: CheckContext) => readonly RawFinding[];

const RUNNERS: Readonly<Record<CompiledRule["spec"]["detector"], Runner>> = {
  "nhs-number": runPiiRule,
  nino: runPiiRule,
  postcode: runPiiRule,
  phone: runPiiRule,
  email: runPiiRule,
  "date-of-birth": runPiiRule,
  "person-name": runPiiRule,
  address: runPiiRule,
  "named-patient": runNamedPatientRule,
  language: runLanguageRule,
  phrases: runPhraseRule,
  "disclaimer-missing": runDisclaimerRule,
  "brand-in-handle": runBrandInHandleRule,
  "nhs-email": runNhsEmailRule,
  "media-consent": runMediaConsentRule,
  "media-tagging": runMediaTaggingRule,
  "platform-length": runLengthRule,
  "link-missing": runLinkMissingRule,
  reader: runReaderRule,
  "patient-post-name": runPatientPostNameRule,
};

/**
 * Drafts without an account type are checked as personal posts: the stricter
 * reading, since official voices may say things (performance, events) staff may not.
 */
export const DEFAULT_ACCOUNT_TYPE: AccountType = "personal";

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "block")) return "block";
  if (findings.some((f) => f.severity === "review")) return "review";
  return "pass";
}

function byPosition(a: Finding, b: Finding): number {
  const as = a.start ?? Number.MAX_SAFE_INTEGER;
  const bs = b.start ?? Number.MAX_SAFE_INTEGER;
  return as - bs || (a.end ?? 0) - (b.end ?? 0) || a.category.localeCompare(b.category);
}

/** A rule's strings as findings carry them, stored compactly (see compactString). */
interface RuleTexts {
  readonly category: Finding["category"];
  readonly id: string;
  readonly severity: Readonly<Record<AccountType, Severity | "off">>;
  readonly clause: string;
  readonly message: string;
  readonly suggestion: string;
}

function textsOf(rule: CompiledRule): RuleTexts {
  const severity = rule.severity;
  return {
    category: compactString(rule.category),
    id: compactString(rule.id),
    severity: {
      official: compactString(severity.official),
      devolved: compactString(severity.devolved),
      personal: compactString(severity.personal),
    },
    clause: compactString(rule.clause),
    message: compactString(rule.message),
    suggestion: compactString(rule.suggestion),
  };
}

/**
 * A finding with its keys always in the order of docs/interfaces.md §3 (the JSON output's order):
 * one object literal per shape rather than spreads, which allocate and change shape per call.
 */
function toFinding(rule: RuleTexts, severity: Severity, raw: RawFinding): Finding {
  const { start, end, replacement } = raw;
  if (start !== undefined && end !== undefined) {
    return replacement !== undefined
      ? {
          category: rule.category,
          rule: rule.id,
          severity,
          start,
          end,
          clause: rule.clause,
          message: rule.message,
          suggestion: replacement,
          replacement,
        }
      : {
          category: rule.category,
          rule: rule.id,
          severity,
          start,
          end,
          clause: rule.clause,
          message: rule.message,
          suggestion: rule.suggestion,
        };
  }
  return replacement !== undefined
    ? {
        category: rule.category,
        rule: rule.id,
        severity,
        clause: rule.clause,
        message: rule.message,
        suggestion: replacement,
        replacement,
      }
    : {
        category: rule.category,
        rule: rule.id,
        severity,
        clause: rule.clause,
        message: rule.message,
        suggestion: rule.suggestion,
      };
}

interface PlannedRule {
  readonly rule: CompiledRule;
  readonly run: Runner;
  readonly texts: RuleTexts;
}

/** Each rule with its runner and texts, worked out once per pack instead of once per rule and post. */
const PLANS = new WeakMap<Pack, readonly PlannedRule[]>();

function planOf(pack: Pack): readonly PlannedRule[] {
  let plan = PLANS.get(pack);
  if (plan === undefined) {
    plan = pack.rulesInOrder.map((rule) => ({
      rule,
      run: RUNNERS[rule.spec.detector],
      texts: textsOf(rule),
    }));
    PLANS.set(pack, plan);
  }
  return plan;
}

/** Runs a compiled pack over one draft post (docs/interfaces.md §3). Pure: same input, same output. */
export function checkPost(pack: Pack, input: CheckInput): CheckResult {
  const accountType = input.account?.type ?? DEFAULT_ACCOUNT_TYPE;
  const ctx = new CheckContext(pack, input, accountType);
  const findings: Finding[] = [];
  // PII rules run first: rules about care details of an identified person depend on them.
  for (const { rule, run, texts } of planOf(pack)) {
    const severity = texts.severity[accountType];
    if (severity === "off") continue;
    const raws = run(rule, ctx);
    if (raws.length > 0) {
      ctx.reported.add(rule.category);
      if (severity !== "advice") ctx.flagged = true;
      if (severity === "block") ctx.blocked = true;
    }
    for (let i = 0; i < raws.length; i++) findings.push(toFinding(texts, severity, raws[i] as RawFinding));
  }
  const sorted = dedupeFindings(findings).sort(byPosition);
  return input.id !== undefined
    ? { id: input.id, verdict: verdictOf(sorted), findings: sorted }
    : { verdict: verdictOf(sorted), findings: sorted };
}

/** The text with every replaceable finding applied (`parapet check --redact`). */
export function applyReplacements(text: string, findings: readonly Finding[]): string {
  const spans = findings
    .filter((f) => f.replacement !== undefined && f.start !== undefined && f.end !== undefined)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  let out = "";
  let at = 0;
  for (const f of spans) {
    const start = f.start ?? 0;
    if (start < at) continue;
    out += text.slice(at, start) + f.replacement;
    at = f.end ?? start;
  }
  return out + text.slice(at);
}
