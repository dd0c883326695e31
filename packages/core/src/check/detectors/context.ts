import type { LanguageFinding } from "../../language/index.js";
import type { CompiledRule, Pack } from "../../packs/compile-pack.js";
import type { AccountType } from "../categories.js";
import type { CheckInput } from "../check.schema.js";
import { HitSet, listKey } from "../phrases/phrase-lists.js";
import { findPii, type PiiMatch } from "../pii/index.js";

/** What a detector returns: a span (or none, for the whole post) and an optional replacement. */
export interface RawFinding {
  readonly start?: number;
  readonly end?: number;
  readonly replacement?: string;
}

const NO_PII: readonly PiiMatch[] = [];

/** What a rule returns when it finds nothing: one shared empty list, not a new array per rule and post. */
export const NO_FINDINGS: readonly RawFinding[] = [];

/** Everything computed once per post and shared by all rules (lazily). */
export class CheckContext {
  readonly text: string;
  private textHits?: HitSet;
  private bioHits?: HitSet;
  private handleHits?: HitSet;
  private piiMatches?: PiiMatch[];
  private piiByCategory?: Map<string, PiiMatch[]>;
  /** analyseLanguage(text), computed once by the first language rule. */
  language?: LanguageFinding[];
  /** PII categories actually reported by this pack's rules (after venue and allow-list rules). */
  readonly reportedPii = new Set<string>();
  /** Categories the rules run so far reported, for rules that depend on them (disclaimer-missing). */
  readonly reported = new Set<string>();
  /** A rule run so far raised a finding that blocks or asks for review. */
  flagged = false;
  /** A rule run so far raised a finding that blocks (then the post reader does not read the post). */
  blocked = false;
  /** The post reader's categories for this post, once read (detectors/reader.rule.ts). */
  read?: readonly string[];

  constructor(
    readonly pack: Pack,
    readonly input: CheckInput,
    readonly accountType: AccountType,
  ) {
    this.text = input.text;
  }

  hits(field: "text" | "bio" | "handle" = "text"): HitSet {
    const index = this.pack.phrases.index;
    if (field === "bio") {
      this.bioHits ??= new HitSet(index.scan(this.input.account?.bio ?? ""));
      return this.bioHits;
    }
    if (field === "handle") {
      if (this.handleHits === undefined) {
        // Split "@JoeBloggsTEWV" into words so handle phrases can match.
        const handle = (this.input.account?.handle ?? "")
          .replace(/([a-z])([A-Z])/g, "$1 $2")
          .replace(/[_.-]/g, " ");
        this.handleHits = new HitSet(index.scan(handle));
      }
      return this.handleHits;
    }
    this.textHits ??= new HitSet(index.scan(this.text));
    return this.textHits;
  }

  /**
   * Whether the trust's official account says the person named agreed to it (the rule's
   * `officialConsent` phrases): their story is published by the communications team, not
   * disclosed. A team's devolved account is held to the strict reading (no text consent).
   */
  officialConsent(rule: CompiledRule): boolean {
    const { spec } = rule;
    if (this.accountType !== "official") return false;
    if (spec.detector !== "person-name" && spec.detector !== "named-patient") return false;
    return spec.params.officialConsent !== undefined && this.hits().has(listKey(rule.id, "consent"));
  }

  pii(): PiiMatch[] {
    this.piiMatches ??= findPii(this.text, this.pack.piiAllow);
    return this.piiMatches;
  }

  /** This post's PII matches of one category, in the order findPii gave them. */
  piiOf(category: string): readonly PiiMatch[] {
    if (this.piiByCategory === undefined) {
      this.piiByCategory = new Map();
      for (const m of this.pii()) {
        const list = this.piiByCategory.get(m.category);
        if (list) list.push(m);
        else this.piiByCategory.set(m.category, [m]);
      }
    }
    return this.piiByCategory.get(category) ?? NO_PII;
  }
}
