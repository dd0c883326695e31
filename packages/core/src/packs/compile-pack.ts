import type { AccountType, Category } from "../check/categories.js";
import { type CompiledPhraseLists, compilePhraseLists } from "../check/phrases/phrase-lists.js";
import { type CompiledPiiAllow, compilePiiAllow } from "../check/pii/index.js";
import type { DetectorSpec, RuleSeverity } from "./pack.schema.js";
import type { ResolvedPack } from "./resolve-pack.js";

/** Detectors that judge what the other rules found, so run after them. */
const AFTER_THE_RULES: ReadonlySet<string> = new Set(["reader", "patient-post-name"]);

export interface CompiledRule {
  readonly id: string;
  readonly category: Category;
  readonly severity: Readonly<Record<AccountType, RuleSeverity>>;
  readonly clause: string;
  readonly message: string;
  readonly suggestion: string;
  readonly spec: DetectorSpec;
}

/** The summary of docs/interfaces.md §2 (`parapet packs --json`). */
export interface PackSummary {
  readonly id: string;
  readonly organisation: string;
  readonly document: string;
  readonly version: string;
  readonly nextReviewDate: string;
}

/** A pack compiled once and frozen: what the checker runs. */
export interface Pack extends PackSummary {
  readonly extends?: string;
  readonly ratified: string;
  readonly clauses: ReadonlyArray<{ readonly id: string; readonly summary: string }>;
  readonly allow: ResolvedPack["allow"];
  readonly rules: readonly CompiledRule[];
  /** The rules in the order the checker runs them: personal-data detectors first. */
  readonly rulesInOrder: readonly CompiledRule[];
  readonly piiAllow: CompiledPiiAllow;
  readonly phrases: CompiledPhraseLists;
  /** Lower-case brand names and abbreviations for `account.brand_in_handle`. */
  readonly brandTokens: readonly string[];
  /** Lower-case official handles (never a personal account's misuse of the brand). */
  readonly officialHandles: ReadonlySet<string>;
  /** Detector names some rule uses, so the checker skips the rest. */
  readonly detectors: ReadonlySet<DetectorSpec["detector"]>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    if (value instanceof Set || value instanceof Map) return value;
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function severityFor(severity: ResolvedPack["rules"][number]["severity"]): Record<AccountType, RuleSeverity> {
  return typeof severity === "string"
    ? { official: severity, devolved: severity, personal: severity }
    : { ...severity };
}

const PII_DETECTORS: ReadonlySet<string> = new Set([
  "nhs-number",
  "nino",
  "postcode",
  "phone",
  "email",
  "date-of-birth",
  "address",
  "person-name",
]);

export function compilePack(resolved: ResolvedPack): Pack {
  const rules: CompiledRule[] = resolved.rules.map((r) => ({
    id: r.id,
    category: r.category,
    severity: severityFor(r.severity),
    clause: r.clause,
    message: r.message,
    suggestion: r.suggestion,
    spec: r.spec,
  }));
  const brandTokens = [...resolved.allow.brands, ...resolved.allow.abbreviations]
    .map((b) => b.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter((b) => b.length >= 3);
  const pack: Pack = {
    id: resolved.id,
    ...(resolved.extends ? { extends: resolved.extends } : {}),
    organisation: resolved.organisation,
    document: resolved.document,
    version: resolved.version,
    ratified: resolved.ratified,
    nextReviewDate: resolved.nextReviewDate,
    clauses: resolved.clauses,
    allow: resolved.allow,
    rules,
    rulesInOrder: [
      ...rules.filter((r) => PII_DETECTORS.has(r.spec.detector)),
      ...rules.filter((r) => !PII_DETECTORS.has(r.spec.detector) && !AFTER_THE_RULES.has(r.spec.detector)),
      // The post reader next to last: it reads only posts no other rule flagged.
      ...rules.filter((r) => r.spec.detector === "reader"),
      // Last, the names in a post any rule or the reader found to be about a patient.
      ...rules.filter((r) => r.spec.detector === "patient-post-name"),
    ],
    piiAllow: compilePiiAllow({
      phones: resolved.allow.phones,
      postcodes: resolved.allow.postcodes,
      emails: resolved.allow.emails,
      mailboxWords: resolved.allow.abbreviations,
    }),
    phrases: compilePhraseLists(rules),
    brandTokens: [...new Set(brandTokens)],
    officialHandles: new Set(resolved.allow.handles.map((h) => h.toLowerCase().replace(/^@/, ""))),
    detectors: new Set(rules.map((r) => r.spec.detector)),
  };
  return deepFreeze(pack);
}

export function summarisePack(pack: PackSummary): PackSummary {
  return {
    id: pack.id,
    organisation: pack.organisation,
    document: pack.document,
    version: pack.version,
    nextReviewDate: pack.nextReviewDate,
  };
}
