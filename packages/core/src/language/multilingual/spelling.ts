import { type Entry, ROLE, type WordIndex } from "./word-index.js";

/**
 * Deliberate and careless misspellings of trigger words and group names ("Absheu", "ahsse",
 * "Flüchtlnge"): every word of four letters or more is indexed under itself and each of its
 * one-letter deletions, so a token within one edit (a letter dropped, added, changed or two
 * swapped) of a word shares a key with it. Built on first use only: most texts never need it, and
 * only texts that already show the language and found nothing ask.
 */
const FUZZY_ROLES = new Set([ROLE.ident, ROLE.slur, ROLE.derog, ROLE.insult, ROLE.violence, ROLE.profanity]);
const MIN_LENGTH = 4;
/** Four-letter words are matched only with two letters swapped ("fikc"). */
const MIN_ANY_EDIT = 5;
/** A changed letter in a word shorter than this is too often another word ("liebe" is not "diebe"). */
const MIN_SUBSTITUTION = 7;

interface Variant {
  readonly key: string;
  readonly stem: boolean;
  readonly entries: readonly Entry[];
  /** The lookup that last reported this variant (no Set per lookup). */
  seen: number;
}

export class SpellingIndex {
  private readonly variants = new Map<string, Variant[]>();
  /** First letter → the lengths of the stems that start with it. */
  private readonly stemLengths = new Map<string, number[]>();
  private generation = 0;

  constructor(words: WordIndex) {
    for (const [key, stem, all] of words.keys()) {
      if (key.length < MIN_LENGTH) continue;
      const entries = all.filter((e) => FUZZY_ROLES.has(e.role) && e.pieces.length === 1);
      if (entries.length === 0) continue;
      const variant: Variant = { key, stem, entries, seen: 0 };
      if (stem) {
        const first = key[0] as string;
        const lengths = this.stemLengths.get(first) ?? [];
        if (!lengths.includes(key.length)) lengths.push(key.length);
        this.stemLengths.set(first, lengths);
      }
      this.add(key, variant);
      for (let i = 0; i < key.length; i++) this.add(key.slice(0, i) + key.slice(i + 1), variant);
    }
  }

  private add(key: string, variant: Variant): void {
    const list = this.variants.get(key);
    if (list) list.push(variant);
    else this.variants.set(key, [variant]);
  }

  /** Entries one edit away from `token` (whole words), or whose stem is one edit from its start. */
  lookup(token: string, out: Entry[]): void {
    if (token.length < MIN_LENGTH - 1) return;
    const generation = ++this.generation;
    // Latin words keep their first letter (an added or dropped first letter makes "even" of "teven");
    // other scripts, where prefixes attach to the word, may not.
    const first = token.charCodeAt(0) < 0x250 ? token[0] : undefined;
    const consider = (probe: string, whole: boolean) => {
      this.visit(probe, token, whole, first, generation, out);
      for (let i = 0; i < probe.length; i++)
        this.visit(probe.slice(0, i) + probe.slice(i + 1), token, whole, first, generation, out);
    };
    consider(token, true);
    const lengths = first === undefined ? this.allStemLengths() : this.stemLengths.get(first);
    for (const length of lengths ?? [])
      if (token.length >= length - 1) consider(token.slice(0, length), false);
  }

  private allLengths: number[] | null = null;

  private allStemLengths(): number[] {
    this.allLengths ??= [...new Set([...this.stemLengths.values()].flat())];
    return this.allLengths;
  }

  private visit(
    probe: string,
    token: string,
    whole: boolean,
    first: string | undefined,
    generation: number,
    out: Entry[],
  ): void {
    const list = this.variants.get(probe);
    if (!list) return;
    for (const v of list) {
      if (v.seen === generation || v.stem === whole || (first !== undefined && v.key[0] !== first)) continue;
      if (whole ? !withinOneEdit(token, v.key) : !stemWithinOneEdit(token, v.key)) continue;
      if (v.key.length < MIN_SUBSTITUTION && sameLengthChange(token, v.key, whole)) continue;
      if (v.key.length < MIN_ANY_EDIT && !isSwap(whole ? token : token.slice(0, v.key.length), v.key))
        continue;
      v.seen = generation;
      for (const e of v.entries) out.push(e);
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
    if (withinOneEdit(token.slice(0, length), stem)) return true;
  }
  return false;
}
