import { compactString } from "../compact-string.js";

/**
 * A word-level phrase index: every phrase list a pack uses is compiled into one
 * lookup table keyed by the phrase's first word, so a post is tokenised once and
 * each token costs a map lookup, whatever the number of rules (docs/architecture.md:
 * compile packs once, checking linear in the text).
 *
 * Phrase syntax: words separated by spaces; `a|b` offers alternatives for one
 * word; a trailing `*` matches any ending (`inquest*`); `<num>` matches a number;
 * `<age>` matches an age written as one word ("17-year-old"); `(a b|c)` offers
 * alternatives of several words (expanded into separate phrases when compiled), and
 * `(|a)` makes a word optional; `<money>` matches an amount ("£40m"); `<dose>` a dose written as
 * one word ("40mg", "2.5ml"); `<any>` any one word (not as the first word).
 */

interface Slot {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly num: boolean;
  readonly age: boolean;
  readonly money: boolean;
  readonly dose: boolean;
  readonly any: boolean;
}

interface Entry {
  readonly list: string;
  readonly rest: readonly Slot[];
}

/** The phrases of one first word, fanned out by a later word that must be one of a few exact words. */
interface Bucket {
  /** Phrases with no such later word: tried at every occurrence of the first word. */
  readonly any: Entry[];
  /** By offset from the first word (ascending): phrases keyed by that word's alternatives. */
  readonly byWord: WordFan[];
}

interface WordFan {
  readonly offset: number;
  readonly entries: Map<string, Entry[]>;
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
const NON_ASCII = /[^\t\n\r\u0020-\u007f]/;

function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? ; and newline
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

/** a-z or 0-9 (the text is lower-cased already). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** ' & . - / join two runs of letters and digits into one token ("o'neill", "a&e", "jo.bloggs"). */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 38 || c === 46 || c === 45 || c === 47;
}

/**
 * The tokens of one text as parallel arrays, reused from text to text (a scan runs to
 * the end before the next starts): no object per token, and arrays that stop growing.
 */
class TokenBuffer {
  readonly texts: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly sentences: number[] = [];
  length = 0;

  add(text: string, start: number, end: number, sentence: number): void {
    const i = this.length++;
    this.texts[i] = text;
    this.starts[i] = start;
    this.ends[i] = end;
    this.sentences[i] = sentence;
  }

  /** Lets go of the token strings, so they die young instead of being kept by the buffer. */
  clear(): void {
    this.texts.fill("", 0, this.length);
    this.length = 0;
  }
}

/**
 * Most posts are plain ASCII: one lower-casing of the whole text, then a loop over
 * character codes that finds exactly what /[#@$]?[a-z0-9]+(?:['&.\-/][a-z0-9]+)*\/g
 * would, without a match object per token.
 */
function tokeniseAscii(text: string, tokens: TokenBuffer): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let sentence = 0;
  let last = 0;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    let start: number;
    if (isWordCode(c)) start = i;
    else if ((c === 35 || c === 64 || c === 36) && i + 1 < n && isWordCode(lower.charCodeAt(i + 1))) {
      // # @ $ start a token only right before a letter or digit.
      start = i;
      i++;
    } else {
      i++;
      continue;
    }
    i++;
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (isWordCode(d)) i++;
      else if (isJoinerCode(d) && i + 1 < n && isWordCode(lower.charCodeAt(i + 1))) i += 2;
      else break;
    }
    if (breaksSentence(lower, last, start)) sentence++;
    tokens.add(lower.slice(start, i), start, i, sentence);
    last = i;
  }
}

function tokeniseInto(text: string, tokens: TokenBuffer): void {
  if (!NON_ASCII.test(text)) {
    tokeniseAscii(text, tokens);
    return;
  }
  let sentence = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (breaksSentence(text, last, m.index)) sentence++;
    const end = m.index + m[0].length;
    tokens.add(m[0].toLowerCase().replace(/’/g, "'"), m.index, end, sentence);
    last = end;
  }
}

/** The lower-cased words, numbers, hashtags and handles of a text, with offsets and sentence numbers. */
export function tokenise(text: string): Token[] {
  const buffer = new TokenBuffer();
  tokeniseInto(text, buffer);
  return buffer.texts.map((t, i) => ({
    text: t,
    start: buffer.starts[i] as number,
    end: buffer.ends[i] as number,
    sentence: buffer.sentences[i] as number,
  }));
}

function parseSlot(word: string): Slot {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let num = false;
  let age = false;
  let money = false;
  let dose = false;
  let any = false;
  // Compact strings: each lookup compares a post's (one-byte) token with these.
  for (const alt of compactString(word.toLowerCase()).split("|")) {
    if (alt === "<num>") num = true;
    else if (alt === "<age>") age = true;
    else if (alt === "<money>") money = true;
    else if (alt === "<dose>") dose = true;
    else if (alt === "<any>") any = true;
    else if (alt.endsWith("*")) prefixes.push(alt.slice(0, -1));
    else exact.add(alt);
  }
  return { exact, prefixes, num, age, money, dose, any };
}

const IS_NUMBER = /^\d+(?:st|nd|rd|th|[a-z])?(?:'s)?$/;
const IS_MONEY = /^[£$€]\d+(?:[.,]\d+)*(?:k|m|bn|million|billion)?$/;
const IS_DOSE = /^\d+(?:\.\d+)?(?:mg|mcg|ug|ml|g|iu|units?|mmol|puffs?|tabs?)$/;
const IS_AGE = /^\d{1,3}-?(?:(?:year|yr|month|week)s?-?old|yo|y\/o|yrs?|months?)$/;

function slotMatches(slot: Slot, token: string): boolean {
  if (slot.exact.has(token)) return true;
  if (slot.num && IS_NUMBER.test(token)) return true;
  if (slot.age && IS_AGE.test(token)) return true;
  if (slot.money && IS_MONEY.test(token)) return true;
  if (slot.dose && IS_DOSE.test(token)) return true;
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

/** A slot that only ever matches listed words, so it can key a lookup. */
function isExactOnly(slot: Slot): boolean {
  return slot.prefixes.length === 0 && !slot.num && !slot.age && !slot.money && !slot.dose && !slot.any;
}

/** The first `length` code units of an ASCII word packed into one small integer; -1 if any is not ASCII. */
function asciiKey(word: string, length: number): number {
  let key = 0;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return -1;
    key = (key << 7) | c;
  }
  return key;
}

/**
 * A phrase index's parsed form, saved by the build beside the pack cache (usePhraseIndexStore):
 * the distinct words' slots (exact words, prefixes, a bit per class) and each expanded phrase
 * as its list and slot numbers, in the order compiling the lists met them, so an index restored
 * from it is the one compiled from the lists.
 */
export interface SavedPhraseIndex {
  readonly format: 1;
  readonly slots: ReadonlyArray<
    readonly [exact: readonly string[], prefixes: readonly string[], classes: number]
  >;
  readonly phrases: ReadonlyArray<readonly [list: string, ...slots: number[]]>;
}

const NUM = 1;
const AGE = 2;
const MONEY = 4;
const DOSE = 8;
const ANY = 16;

/** The lists' phrases expanded and their words parsed: the costly part of compiling an index. */
export function savePhraseIndex(lists: ReadonlyMap<string, readonly string[]>): SavedPhraseIndex {
  const slots: Array<readonly [string[], string[], number]> = [];
  const slotNumbers = new Map<string, number>();
  const phrases: Array<readonly [string, ...number[]]> = [];
  for (const [list, listPhrases] of lists) {
    for (const phrase of listPhrases.flatMap(expandPhrase)) {
      const words = phrase.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const numbers = words.map((word) => {
        let n = slotNumbers.get(word);
        if (n === undefined) {
          const slot = parseSlot(word);
          n = slots.length;
          slots.push([
            [...slot.exact],
            [...slot.prefixes],
            (slot.num ? NUM : 0) |
              (slot.age ? AGE : 0) |
              (slot.money ? MONEY : 0) |
              (slot.dose ? DOSE : 0) |
              (slot.any ? ANY : 0),
          ]);
          slotNumbers.set(word, n);
        }
        return n;
      });
      phrases.push([list, ...numbers]);
    }
  }
  return { format: 1, slots, phrases };
}

/**
 * Where compilePhraseIndex takes a saved form from: given the lists and how to work the form out,
 * the store returns it (read from the build's file when current, else worked out and written).
 * Unset (the TypeScript sources, tests) the lists are parsed each time.
 */
let phraseIndexStore:
  | ((lists: ReadonlyMap<string, readonly string[]>, workOut: () => SavedPhraseIndex) => SavedPhraseIndex)
  | undefined;

export function usePhraseIndexStore(store: typeof phraseIndexStore): void {
  phraseIndexStore = store;
}

export function compilePhraseIndex(lists: ReadonlyMap<string, readonly string[]>): PhraseIndex {
  const workOut = () => savePhraseIndex(lists);
  return restorePhraseIndex(phraseIndexStore ? phraseIndexStore(lists, workOut) : workOut(), lists.keys());
}

/** The index of a saved form; `lists` names every list, those with no phrase too. */
export function restorePhraseIndex(saved: SavedPhraseIndex, lists: Iterable<string>): PhraseIndex {
  const exact = new Map<string, Bucket>();
  const prefixed: Array<{ prefix: string; entry: Entry }> = [];
  const numeric: Entry[] = [];
  const ages: Entry[] = [];
  const moneys: Entry[] = [];
  const doses: Entry[] = [];
  // The words are compact strings as they are: parseSlot made them so, and JSON.parse (the
  // build's file) makes one-byte strings whenever the text allows.
  const slots: Slot[] = saved.slots.map(([words, prefixes, classes]) => ({
    exact: new Set(words),
    prefixes: [...prefixes],
    num: (classes & NUM) !== 0,
    age: (classes & AGE) !== 0,
    money: (classes & MONEY) !== 0,
    dose: (classes & DOSE) !== 0,
    any: (classes & ANY) !== 0,
  }));
  // Plain index loops, no destructuring or callbacks: this runs once a process, in V8's
  // interpreter, where each iterator or closure call is dear (~15,000 phrases a pack).
  const exactWords = saved.slots.map((slot) => slot[0]);
  const { phrases } = saved;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p] as readonly [string, ...number[]];
    if (phrase.length < 2) continue;
    const list = phrase[0];
    const firstNumber = phrase[1] as number;
    const first = slots[firstNumber] as Slot;
    const rest: Slot[] = new Array(phrase.length - 2);
    let keyAt = -1;
    for (let r = 2; r < phrase.length; r++) {
      const slot = slots[phrase[r] as number] as Slot;
      rest[r - 2] = slot;
      if (keyAt === -1 && isExactOnly(slot)) keyAt = r - 2;
    }
    const entry: Entry = { list, rest };
    // Common first words ("the", "a", "my") start hundreds of phrases: fan them out by the
    // first later word that must be an exact word ("the <any> patient"), so a token only
    // tries the phrases that can still match.
    const firstWords = exactWords[firstNumber] as readonly string[];
    const keyWords =
      keyAt === -1 ? undefined : (exactWords[phrase[keyAt + 2] as number] as readonly string[]);
    const offset = keyAt + 1;
    for (let f = 0; f < firstWords.length; f++) {
      const w = firstWords[f] as string;
      let bucket = exact.get(w);
      if (!bucket) {
        bucket = { any: [], byWord: [] };
        exact.set(w, bucket);
      }
      if (keyWords === undefined) {
        bucket.any.push(entry);
        continue;
      }
      let fan: WordFan | undefined;
      for (let k = 0; k < bucket.byWord.length; k++) {
        if ((bucket.byWord[k] as WordFan).offset === offset) {
          fan = bucket.byWord[k];
          break;
        }
      }
      if (!fan) {
        fan = { offset, entries: new Map() };
        bucket.byWord.push(fan);
        bucket.byWord.sort((x, y) => x.offset - y.offset);
      }
      for (let k = 0; k < keyWords.length; k++) {
        const w2 = keyWords[k] as string;
        const list2 = fan.entries.get(w2);
        if (list2) list2.push(entry);
        else fan.entries.set(w2, [entry]);
      }
    }
    for (let k = 0; k < first.prefixes.length; k++)
      prefixed.push({ prefix: first.prefixes[k] as string, entry });
    if (first.num) numeric.push(entry);
    if (first.age) ages.push(entry);
    if (first.money) moneys.push(entry);
    if (first.dose) doses.push(entry);
  }
  // Prefix phrases are bucketed by their first few letters, so each token costs one lookup;
  // for ASCII letters the key is a small integer, with no string to cut and hash.
  const keyLength = Math.max(1, Math.min(3, ...prefixed.map((p) => p.prefix.length)));
  const byAsciiKey = new Map<number, Array<{ prefix: string; entry: Entry }>>();
  const byKey = new Map<string, Array<{ prefix: string; entry: Entry }>>();
  for (const p of prefixed) {
    const ascii = asciiKey(p.prefix, keyLength);
    const bucket = ascii === -1 ? byKey.get(p.prefix.slice(0, keyLength)) : byAsciiKey.get(ascii);
    if (bucket) bucket.push(p);
    else if (ascii === -1) byKey.set(p.prefix.slice(0, keyLength), [p]);
    else byAsciiKey.set(ascii, [p]);
  }

  const tokens = new TokenBuffer();

  function matchRest(i: number, entry: Entry, hits: PhraseHit[]): void {
    const { texts } = tokens;
    let j = i;
    for (const slot of entry.rest) {
      j++;
      if (j >= tokens.length || !slotMatches(slot, texts[j] as string)) return;
    }
    hits.push({
      list: entry.list,
      start: tokens.starts[i] as number,
      end: tokens.ends[j] as number,
      sentence: tokens.sentences[i] as number,
    });
  }

  function scan(text: string): PhraseHit[] {
    tokens.clear(); // already empty unless a previous scan threw
    tokeniseInto(text, tokens);
    const hits: PhraseHit[] = [];
    const { texts, length } = tokens;
    for (let i = 0; i < length; i++) {
      const t = texts[i] as string;
      const e = exact.get(t);
      if (e) {
        for (const entry of e.any) matchRest(i, entry, hits);
        for (const fan of e.byWord) {
          if (i + fan.offset >= length) break;
          const entries = fan.entries.get(texts[i + fan.offset] as string);
          if (entries) for (const entry of entries) matchRest(i, entry, hits);
        }
      }
      if (t.length >= keyLength) {
        const ascii = asciiKey(t, keyLength);
        const bucket = ascii === -1 ? byKey.get(t.slice(0, keyLength)) : byAsciiKey.get(ascii);
        if (bucket) for (const p of bucket) if (t.startsWith(p.prefix)) matchRest(i, p.entry, hits);
      }
      const c0 = t.charCodeAt(0);
      if (moneys.length > 0 && (c0 === 163 || c0 === 36 || c0 === 8364) && IS_MONEY.test(t)) {
        for (const entry of moneys) matchRest(i, entry, hits);
      }
      if (c0 >= 48 && c0 <= 57) {
        if (numeric.length > 0 && IS_NUMBER.test(t)) for (const entry of numeric) matchRest(i, entry, hits);
        if (ages.length > 0 && IS_AGE.test(t)) for (const entry of ages) matchRest(i, entry, hits);
        if (doses.length > 0 && IS_DOSE.test(t)) for (const entry of doses) matchRest(i, entry, hits);
      }
    }
    tokens.clear();
    return hits;
  }

  return { lists: new Set(lists), scan };
}
