import { ROLE, type Entry, type WordIndex } from "./word-index.js";

/**
 * Deliberate and careless misspellings of trigger words and group names ("Absheu", "ahsse",
 * "Flüchtlnge"): every word of five letters or more is indexed under itself and each of its
 * one-letter deletions, so a token within one edit (a letter dropped, added, changed or two
 * swapped) of a word shares a key with it. Built on first use only: most texts never need it.
 */
const FUZZY_ROLES = new Set([ROLE.ident, ROLE.slur, ROLE.derog, ROLE.insult, ROLE.violence, ROLE.profanity]);
const MIN_LENGTH = 4;
/** Four-letter words are matched only with two letters swapped ("fikc"). */
const MIN_ANY_EDIT = 5;
const MIN_SUBSTITUTION = 7;

interface Variant {
  readonly key: string;
  readonly stem: boolean;
  readonly entries: readonly Entry[];
}

export class SpellingIndex {
  private readonly variants = new Map<string, Variant[]>();
  private readonly stemLengths: number[] = [];

  constructor(words: WordIndex) {
    const lengths = new Set<number>();
    for (const [key, stem, all] of words.keys()) {
      const entries = all.filter((e) => FUZZY_ROLES.has(e.role) && e.pieces.length === 1);
      if (entries.length === 0 || key.length < MIN_LENGTH) continue;
      const variant: Variant = { key, stem, entries };
      if (stem) lengths.add(key.length);
      for (const d of withDeletions(key)) {
        const list = this.variants.get(d);
        if (list) list.push(variant);
        else this.variants.set(d, [variant]);
      }
    }
    this.stemLengths = [...lengths].sort((a, b) => a - b);
  }

  /** Entries one edit away from `token` (whole words), or whose stem is one edit from its start; never at the first letter. */
  lookup(token: string, out: Entry[]): void {
    if (token.length < MIN_LENGTH - 1) return;
    // Latin words keep their first letter (an added or dropped first letter makes "even" of "teven");
    // other scripts, where prefixes attach to the word, may not.
    const first = token.charCodeAt(0) < 0x250 ? token[0] : undefined;
    const seen = new Set<Variant>();
    const consider = (probe: string, whole: boolean) => {
      for (const d of withDeletions(probe)) {
        for (const v of this.variants.get(d) ?? []) {
          if (seen.has(v) || v.stem === whole || (first !== undefined && v.key[0] !== first)) continue;
          if (!whole && !stemWithinOneEdit(token, v.key)) continue;
          if (whole && !withinOneEdit(token, v.key)) continue;
          // A changed letter in a short word is too often another word ("liebe" is not "diebe").
          if (v.key.length < MIN_SUBSTITUTION && sameLengthChange(token, v.key, whole)) continue;
          if (v.key.length < MIN_ANY_EDIT && !isSwap(whole ? token : token.slice(0, v.key.length), v.key))
            continue;
          seen.add(v);
          for (const e of v.entries) out.push(e);
        }
      }
    };
    consider(token, true);
    for (const length of this.stemLengths) {
      if (token.length < length - 1) break;
      consider(token.slice(0, length), false);
    }
  }
}

/** The edit that relates token and key keeps the length (a substitution, not a swap). */
function sameLengthChange(token: string, key: string, whole: boolean): boolean {
  if (whole) return token.length === key.length && !isSwap(token, key);
  // A stem: which start of the token is the one edit away decides the kind of edit.
  const n = key.length;
  const longer = token.length > n && withinOneEdit(token.slice(0, n + 1), key);
  const head = token.slice(0, n);
  return !longer && head.length === n && withinOneEdit(head, key) && !isSwap(head, key);
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function withDeletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** One insertion, deletion, substitution or swap of neighbours turns a into b (and a !== b). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Some start of `token` is one edit from `stem` (a letter dropped from a stem only when it is long: "cono" is not "corno"). */
function stemWithinOneEdit(token: string, stem: string): boolean {
  const n = stem.length;
  for (const length of n >= MIN_SUBSTITUTION ? [n, n - 1, n + 1] : [n, n + 1]) {
    if (length > token.length || length < 1) continue;
    const head = token.slice(0, length);
    if (withinOneEdit(head, stem)) return true;
  }
  return false;
}
