import type { CompiledRule } from "../../packs/compile-pack.js";
import { compilePhraseIndex, type PhraseHit, type PhraseIndex } from "./phrase-index.js";

/** All of a pack's word lists in one index, and a helper to ask which lists were hit. */
export interface CompiledPhraseLists {
  readonly index: PhraseIndex;
}

const keys = new Map<string, Map<string, string>>();

/** `ruleId#list`, built once per pair so the hot path only does two map lookups. */
export function listKey(ruleId: string, list: string): string {
  let byList = keys.get(ruleId);
  if (!byList) {
    byList = new Map();
    keys.set(ruleId, byList);
  }
  let key = byList.get(list);
  if (key === undefined) {
    key = `${ruleId}#${list}`;
    byList.set(list, key);
  }
  return key;
}

/** Every phrase list the pack's rules name, keyed `ruleId#list`. */
export function compilePhraseLists(rules: readonly CompiledRule[]): CompiledPhraseLists {
  const lists = new Map<string, readonly string[]>();
  for (const rule of rules) {
    const { spec } = rule;
    switch (spec.detector) {
      case "phrases":
        lists.set(listKey(rule.id, "terms"), spec.params.terms);
        if (spec.params.near) lists.set(listKey(rule.id, "near"), spec.params.near.terms);
        if (spec.params.unless) lists.set(listKey(rule.id, "unless"), spec.params.unless);
        break;
      case "disclaimer-missing":
        lists.set(listKey(rule.id, "work"), spec.params.workTerms);
        lists.set(listKey(rule.id, "disclaimer"), spec.params.disclaimerTerms);
        lists.set(listKey(rule.id, "employee"), spec.params.employeeTerms);
        break;
      case "person-name":
      case "named-patient":
        if (spec.params.officialConsent) lists.set(listKey(rule.id, "consent"), spec.params.officialConsent);
        break;
      case "link-missing":
        lists.set(listKey(rule.id, "cues"), spec.params.cues);
        break;
      case "postcode":
      case "address":
        if (spec.params.venueTerms) lists.set(listKey(rule.id, "venue"), spec.params.venueTerms);
        if (spec.params.personTerms) lists.set(listKey(rule.id, "person"), spec.params.personTerms);
        break;
      default:
        break;
    }
  }
  return { index: compilePhraseIndex(lists) };
}

/** Phrase hits grouped by list for one scanned text. */
export class HitSet {
  private readonly byList = new Map<string, PhraseHit[]>();

  constructor(hits: readonly PhraseHit[]) {
    for (const hit of hits) {
      const bucket = this.byList.get(hit.list);
      if (bucket) bucket.push(hit);
      else this.byList.set(hit.list, [hit]);
    }
  }

  get(key: string): readonly PhraseHit[] {
    return this.byList.get(key) ?? [];
  }

  has(key: string): boolean {
    return this.byList.has(key);
  }
}
