/**
 * A word-level phrase index: every phrase list a pack uses is compiled into one
 * lookup table keyed by the phrase's first word, so a post is tokenised once and
 * each token costs a map lookup, whatever the number of rules (DESIGN.md §3:
 * compile packs once, checking linear in the text).
 *
 * Phrase syntax: words separated by spaces; `a|b` offers alternatives for one
 * word; a trailing `*` matches any ending (`inquest*`); `<num>` matches a number;
 * `<age>` matches an age written as one word ("17-year-old"); `(a b|c)` offers
 * alternatives of several words (expanded into separate phrases when compiled), and
 * `(|a)` makes a word optional; `<money>` matches an amount ("£40m"); `<any>` any
 * one word (not as the first word).
 */

interface Slot {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly num: boolean;
  readonly age: boolean;
  readonly money: boolean;
  readonly any: boolean;
}

interface Entry {
  readonly list: string;
  readonly rest: readonly Slot[];
}

interface Bucket {
  readonly any: Entry[];
  readonly bySecond: Map<string, Entry[]>;
}

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface PhraseHit {
  readonly list: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface PhraseIndex {
  readonly lists: ReadonlySet<string>;
  scan(text: string): PhraseHit[];
}

const TOKEN = /[#@£$€]?[\p{L}\p{N}]+(?:['’&.\-/][\p{L}\p{N}]+)*/gu;
// Most posts are plain ASCII: a simpler pattern, and one lower-casing of the whole text.
const ASCII_TOKEN = /[#@$]?[a-z0-9]+(?:['&.\-/][a-z0-9]+)*/g;
const NON_ASCII = /[^\t\n\r\u0020-\u007f]/;

function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? ; and newline
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  if (!NON_ASCII.test(text)) {
    const lower = text.toLowerCase();
    // exec on the shared global regex: matchAll would clone it for every text.
    ASCII_TOKEN.lastIndex = 0;
    for (let m = ASCII_TOKEN.exec(lower); m !== null; m = ASCII_TOKEN.exec(lower)) {
      if (breaksSentence(lower, last, m.index)) sentence++;
      const end = m.index + m[0].length;
      tokens.push({ text: m[0], start: m.index, end, sentence });
      last = end;
    }
    return tokens;
  }
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (breaksSentence(text, last, m.index)) sentence++;
    const end = m.index + m[0].length;
    tokens.push({ text: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end, sentence });
    last = end;
  }
  return tokens;
}

function parseSlot(word: string): Slot {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let num = false;
  let age = false;
  let money = false;
  let any = false;
  for (const alt of word.toLowerCase().split("|")) {
    if (alt === "<num>") num = true;
    else if (alt === "<age>") age = true;
    else if (alt === "<money>") money = true;
    else if (alt === "<any>") any = true;
    else if (alt.endsWith("*")) prefixes.push(alt.slice(0, -1));
    else exact.add(alt);
  }
  return { exact, prefixes, num, age, money, any };
}

const IS_NUMBER = /^\d+(?:st|nd|rd|th|[a-z])?(?:'s)?$/;
const IS_MONEY = /^[£$€]\d+(?:[.,]\d+)*(?:k|m|bn|million|billion)?$/;
const IS_AGE = /^\d{1,3}-?(?:(?:year|yr|month|week)s?-?old|yo|y\/o|yrs?|months?)$/;

function slotMatches(slot: Slot, token: string): boolean {
  if (slot.exact.has(token)) return true;
  if (slot.num && IS_NUMBER.test(token)) return true;
  if (slot.age && IS_AGE.test(token)) return true;
  if (slot.money && IS_MONEY.test(token)) return true;
  if (slot.any) return true;
  for (const p of slot.prefixes) if (token.startsWith(p)) return true;
  return false;
}

/** Expands `(x y|z) w` into `x y w` and `z w`. */
export function expandPhrase(phrase: string): string[] {
  const group = /\(([^()]*)\)/.exec(phrase);
  if (!group) return [phrase];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return (group[1] ?? "").split("|").flatMap((alt) => expandPhrase(`${before}${alt}${after}`));
}

export function compilePhraseIndex(lists: ReadonlyMap<string, readonly string[]>): PhraseIndex {
  const exact = new Map<string, Bucket>();
  const prefixed: Array<{ prefix: string; entry: Entry }> = [];
  const numeric: Entry[] = [];
  const ages: Entry[] = [];
  const moneys: Entry[] = [];
  for (const [list, phrases] of lists) {
    for (const phrase of phrases.flatMap(expandPhrase)) {
      const words = phrase.trim().split(/\s+/).filter(Boolean);
      const [first, ...rest] = words.map(parseSlot);
      if (!first) continue;
      const entry: Entry = { list, rest };
      for (const w of first.exact) {
        let bucket = exact.get(w);
        if (!bucket) {
          bucket = { any: [], bySecond: new Map() };
          exact.set(w, bucket);
        }
        // Common first words ("the", "my") fan out by their second word, so a token
        // only tries the phrases that can still match.
        const second = rest[0];
        if (
          second &&
          second.prefixes.length === 0 &&
          !second.num &&
          !second.age &&
          !second.money &&
          !second.any
        ) {
          for (const w2 of second.exact) {
            const list2 = bucket.bySecond.get(w2);
            if (list2) list2.push(entry);
            else bucket.bySecond.set(w2, [entry]);
          }
        } else bucket.any.push(entry);
      }
      for (const prefix of first.prefixes) prefixed.push({ prefix, entry });
      if (first.num) numeric.push(entry);
      if (first.age) ages.push(entry);
      if (first.money) moneys.push(entry);
    }
  }
  // Prefix phrases are bucketed by their first few letters, so each token costs one lookup.
  const keyLength = Math.max(1, Math.min(3, ...prefixed.map((p) => p.prefix.length)));
  const byKey = new Map<string, Array<{ prefix: string; entry: Entry }>>();
  for (const p of prefixed) {
    const key = p.prefix.slice(0, keyLength);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(p);
    else byKey.set(key, [p]);
  }

  function matchRest(tokens: readonly Token[], i: number, entry: Entry, hits: PhraseHit[]): void {
    let j = i;
    for (const slot of entry.rest) {
      j++;
      const next = tokens[j];
      if (!next || !slotMatches(slot, next.text)) return;
    }
    const token = tokens[i] as Token;
    const last = tokens[j] as Token;
    hits.push({ list: entry.list, start: token.start, end: last.end, sentence: token.sentence });
  }

  function scan(text: string): PhraseHit[] {
    const tokens = tokenise(text);
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = (tokens[i] as Token).text;
      const e = exact.get(t);
      if (e) {
        for (const entry of e.any) matchRest(tokens, i, entry, hits);
        const next = tokens[i + 1];
        const bySecond = next ? e.bySecond.get(next.text) : undefined;
        if (bySecond) for (const entry of bySecond) matchRest(tokens, i, entry, hits);
      }
      if (t.length >= keyLength) {
        const bucket = byKey.get(t.slice(0, keyLength));
        if (bucket) for (const p of bucket) if (t.startsWith(p.prefix)) matchRest(tokens, i, p.entry, hits);
      }
      const c0 = t.charCodeAt(0);
      if (moneys.length > 0 && (c0 === 163 || c0 === 36 || c0 === 8364) && IS_MONEY.test(t)) {
        for (const entry of moneys) matchRest(tokens, i, entry, hits);
      }
      if (c0 >= 48 && c0 <= 57) {
        if (numeric.length > 0 && IS_NUMBER.test(t))
          for (const entry of numeric) matchRest(tokens, i, entry, hits);
        if (ages.length > 0 && IS_AGE.test(t)) for (const entry of ages) matchRest(tokens, i, entry, hits);
      }
    }
    return hits;
  }

  return { lists: new Set(lists.keys()), scan };
}
