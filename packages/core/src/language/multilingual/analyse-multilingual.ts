import type { LanguageFinding, LanguageKind } from "../analyse.js";
import { type Normalised, originalOffset } from "../normalise.js";
import { arabiziIndex, lookupArabizi, showsArabizi, transliterate } from "./arabizi.js";
import { ENGLISH_COMMON } from "./english-common.js";
import { fold, SCRIPT, skeleton } from "./fold.js";
import { ROLES } from "./lexicon.js";
import { LEXICONS } from "./lexicons/index.js";
import { SpellingIndex } from "./spelling.js";
import { keyOf, newTokens, type Tokens, tokenise } from "./tokens.js";
import {
  type CompiledLexicons,
  compileLexicons,
  type Entry,
  type Piece,
  ROLE,
  restoreLexicons,
  type SerialisedLexicons,
  serialiseLexicons,
  WordIndex,
} from "./word-index.js";

/**
 * Hate, abuse and swearing in the languages of lexicons/ (the ten of Multilingual HateCheck and the
 * community languages of England and Wales), with one judgement for all of them:
 *
 * - a protected group named in the same sentence as contempt, dehumanisation, swearing or
 *   violence is discriminatory (or in the next sentence, when a pronoun there stands for it);
 * - a group denied a positive quality ("never clever", "not equal", "no right to live") is too;
 * - insults are abusive; contempt or violence aimed at "you" is abusive or a threat;
 * - slurs are discriminatory and swearing is profanity on their own;
 * - none of it counts when negated in its clause ("Ich hasse X nicht"), when a negation with
 *   "allow"/"tolerate" protects the group, or when it is quoted or reported in order to condemn
 *   it (counter-speech).
 *
 * Cost: one pass to cut the text into words, one or two hash probes per word; the rest runs only
 * when a trigger word is found. Misspelt and run-together words are tried only in texts that
 * already show the language and found nothing.
 */
let COMPILED: CompiledLexicons;
/** The lexicons' languages, in the order of their bits (as COMPILED.langs). */
const LANGS = LEXICONS.map((l) => l.lang);
const LANG_COUNT = LANGS.length;

/**
 * The lexicons are indexed on the first text, not at import (~0.2 s of CPU, most of it folding
 * and merging every word): from the build's file when the process has one (useCompiledLexicons),
 * else from the lexicons themselves.
 */
function compiled(): CompiledLexicons {
  if (COMPILED === undefined) {
    const data = readLexiconTables?.();
    COMPILED = data ? restoreLexicons(data) : compileLexicons(LEXICONS);
  }
  return COMPILED;
}
/** Where the build's file of the lexicons' entries is read from, on the first text (useLexiconTables). */
let readLexiconTables: (() => SerialisedLexicons | undefined) | undefined;

/** The lexicons' entries worked out, for a build-time file (server/src/packs/engine-tables-cache.ts). */
export function lexiconTables(): SerialisedLexicons {
  return serialiseLexicons(LEXICONS);
}

/**
 * Indexes the lexicons from lexiconTables()' data instead of working the entries out again. `read`
 * is called on the first text that needs the index, not now: a process that never checks a text
 * (a server nobody has used yet, a job that only reads a pack's answering hours) neither reads the
 * file nor holds the index (~5 MB). An index already built is dropped, to be built from `read`.
 */
export function useLexiconTables(read: () => SerialisedLexicons | undefined): void {
  readLexiconTables = read;
  COMPILED = undefined as unknown as CompiledLexicons;
}

/** The index in use, for the test that the build's file gives the same one. */
export function lexiconIndex(): CompiledLexicons {
  return compiled();
}
let spelling: SpellingIndex | null = null;

interface Hit {
  role: number;
  needsEvidence: boolean;
  /** Matched through a stem ("dup*"), not a whole word. */
  stem: boolean;
  langs: number;
  /** First and one-past-last token. */
  from: number;
  to: number;
  sentence: number;
  clause: number;
  quoted: boolean;
}

/** Roles of ordinary words: a token that is one of them in the text's language is not another language's trigger. */
const ORDINARY = new Set([ROLE.ident, ROLE.function, ROLE.positive, ROLE.you, ROLE.they, ROLE.negator]);
/** Roles that carry meaning (not grammar): a common word of the same language overrides them. */
const CONTENT = new Set([
  ROLE.ident,
  ROLE.slur,
  ROLE.derog,
  ROLE.insult,
  ROLE.violence,
  ROLE.profanity,
  ROLE.positive,
  ROLE.avoid,
]);
const TRIGGERS = new Set([
  ROLE.slur,
  ROLE.derog,
  ROLE.insult,
  ROLE.violence,
  ROLE.profanity,
  ROLE.positive,
  ROLE.avoid,
]);
/** Beyond this many hits a text is judged on the first ones (keeps the pairwise reasoning bounded). */
const MAX_HITS = 400;
const ARABIC_PREFIXES = [
  "وال",
  "بال",
  "فال",
  "كال",
  "لال",
  "مال",
  "عال",
  "لل",
  "ال",
  "يا",
  "مل",
  "عل",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
];
const ARABIC_SUFFIXES = ["هم", "كم", "ها", "ني", "نا", "ين", "ون", "ات", "وا", "و", "ه", "ك", "ي"];
/** Plural and oblique endings of romanised Hindi/Urdu, as spelling skeletons (fold.ts). */
const SOUTH_ASIAN_SUFFIXES = ["iyon", "iyan", "yon", "yan", "ein", "on", "o", "e", "i", "a"];
const ARABIC_VERB_PREFIXES = [
  "وهن",
  "هن",
  "بن",
  "بت",
  "بي",
  "هت",
  "هي",
  "ها",
  "حن",
  "حي",
  "ب",
  "ه",
  "ح",
  "ن",
  "ت",
  "ي",
  "ا",
  "م",
  "س",
];

const TOKENS: Tokens = newTokens();
/** Steps taken (words looked up, hits compared), for the tests that bound the work: see work(). */
let steps = 0;

/** The steps the last call of analyseMultilingual took: linear in the text, whatever it holds. */
export function work(): number {
  return steps;
}
/** The normalised text being analysed (tokens hold offsets into it). */
let TEXT = "";
/** commonOn[k]: the languages in which token k is a common word. */
let commonOn = new Int32Array(64);
const found: Entry[] = [];
const evidence = new Int32Array(32);
/** Bit i: the text has a common word (role function) of LEXICONS[i]. */
let commonWords = 0;
/** Languages shown by two common words of the text, or one of four letters or more (after match()). */
let strongCommon = 0;
/** For the second pass: the languages whose false friends may count, as the first pass showed them. */
let supported = 0;
let supportedTriggers = 0;

function supportedFor(role: number): number {
  return TRIGGERS.has(role) ? supportedTriggers : supported;
}
/** Languages with a common word of four letters or more in the text. */
let longCommon = 0;
/** Distinct common words of each language in the text. */
const seenCommon = new Set<string>();
const commonCount = new Int32Array(32);
/** The languages with the most common words in the text (none when it has none). */
let textLangs = 0;

function hanWord(text: string, at: number, end: number): number {
  for (let length = Math.min(COMPILED.hanLongest, end - at); length >= 1; length--) {
    if (COMPILED.han.has(text.slice(at, at + length))) return length;
  }
  return 0;
}

function pieceMatches(piece: Piece, key: string): boolean {
  return piece.prefix ? key.startsWith(piece.key) : key === piece.key;
}

function lookupToken(t: Tokens, k: number, useSkeleton: boolean, strongOnly: boolean, out: Entry[]): void {
  const script = t.script[k];
  // Most words are in no lexicon: their hashes say so without a string or a map lookup.
  if (
    !useSkeleton &&
    script === SCRIPT.latin &&
    !COMPILED.words.maybe(t.hash[k] as number, t.hash3[k] as number, t.hash4[k] as number, strongOnly)
  )
    return;
  const key = keyOf(t, k, TEXT);
  if (inArabizi && script === SCRIPT.arabic && TEXT.charCodeAt(t.start[k] as number) === 0x640) {
    arabizi ??= arabiziIndex(COMPILED.words, ARABIC_LANG);
    lookupArabizi(arabizi, key, out);
    return;
  }
  if (script === SCRIPT.han) {
    const e = COMPILED.han.get(key);
    if (e) for (const x of e) out.push(x);
    return;
  }
  COMPILED.words.lookup(key, out);
  // An English word is never read as a spelling of a romanised one ("and" is not "aand").
  if (useSkeleton && script === SCRIPT.latin && !ENGLISH_COMMON.has(key))
    COMPILED.skeletons.lookup(skeleton(key), out);
  if (out.length === 0 && script === SCRIPT.arabic) {
    arabicMorphology(key, out);
    // Colloquial negation wraps the verb: "ما…ش", "م…ش" ("مبحبهمش", "ماستاهلوش"): the word inside, negated.
    if (out.length === 0 && key.length >= 5 && key.endsWith("\u0634")) {
      const inner = key.slice(key.startsWith("\u0645\u0627") ? 2 : key.startsWith("\u0645") ? 1 : 0, -1);
      if (inner.length >= 3) {
        COMPILED.words.lookup(inner, out);
        arabicMorphology(inner, out);
        if (out.length > 0) out.push(ARABIC_NEGATION);
      }
    }
    // Spoken consonants in writing ("أأتل" for "اقتل", "تلاتة" for "ثلاثة", "داكي" for "ذكي").
    if (out.length === 0) {
      colloquialIndex ??= colloquialArabic();
      const c = colloquial(key);
      colloquialIndex.lookup(c, out);
      arabicMorphology(c, out, colloquialIndex);
    }
  }
  romanisedSouthAsian(t, k, key, useSkeleton, out);
}

/** Egyptian and Levantine speech written as spoken: ق as a hamza (folded to ا), ث as ت, ذ as د, ظ as ض. */
function colloquial(key: string): string {
  let out = "";
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    out +=
      c === 0x642 || c === 0x621
        ? "\u0627"
        : c === 0x62b
          ? "\u062a"
          : c === 0x630
            ? "\u062f"
            : c === 0x638
              ? "\u0636"
              : (key[i] as string);
  }
  return out;
}

let colloquialIndex: WordIndex | null = null;

/** The Arabic-script words of the lexicons under their colloquial spelling; built on first need. */
function colloquialArabic(): WordIndex {
  const index = new WordIndex();
  for (const [key, stem, entries] of COMPILED.words.keys()) {
    const first = key.charCodeAt(0);
    if (first < 0x620 || first > 0x64a) continue;
    for (const e of entries) if (e.pieces.length === 1) index.add({ key: colloquial(key), prefix: stem }, e);
  }
  return index;
}

const ARABIC_LANG = 1 << LANGS.indexOf("ar");
/** Set while the Arabizi rewrite of a text is analysed (see arabizi.ts). */
let inArabizi = false;
let arabizi: WordIndex | null = null;

/** The negation inside "ما…ش": an entry of the Arabic lexicon's negator role. */
const ARABIC_NEGATION: Entry = {
  role: ROLE.negator,
  langs: ARABIC_LANG,
  pieces: [{ key: "\u0645\u0634", prefix: false }],
};

/** An Arabic word seen through its attached article, conjunctions, verb prefixes and pronoun endings. */
function arabicMorphology(key: string, out: Entry[], index: WordIndex = COMPILED.words): void {
  if (out.length === 0) {
    for (const p of ARABIC_PREFIXES) {
      if (key.length - p.length >= 3 && key.startsWith(p)) {
        index.lookup(key.slice(p.length), out);
        if (out.length > 0) return;
      }
    }
    // Colloquial verb prefixes ("بكرههم", "هنقتلهم", "بيقرفوني"): only contempt and violence are read through them.
    for (const p of ARABIC_VERB_PREFIXES) {
      if (key.length - p.length >= 3 && key.startsWith(p)) {
        const before = out.length;
        index.lookup(key.slice(p.length), out);
        let kept = before;
        for (let i = before; i < out.length; i++) {
          const e = out[i] as Entry;
          if (e.role === ROLE.derog || e.role === ROLE.violence || e.role === ROLE.positive) out[kept++] = e;
        }
        out.length = kept;
        if (kept > before) return;
      }
    }
    // Attached pronouns and plural endings ("زبالتهم", "حقيرين"): the bare word, with or without the
    // article or a conjunction in front.
    for (const suffix of ARABIC_SUFFIXES) {
      if (key.length - suffix.length < 3 || !key.endsWith(suffix)) continue;
      const bare = key.slice(0, key.length - suffix.length);
      index.lookup(bare, out);
      for (const p of ARABIC_PREFIXES) {
        if (out.length > 0) break;
        if (bare.length - p.length >= 3 && bare.startsWith(p)) index.lookup(bare.slice(p.length), out);
      }
      if (out.length > 0) return;
      // A feminine ending before a pronoun is written ت ("زبالتهم" is "زبالة" + "هم").
      if (bare.endsWith("\u062a")) {
        const feminine = `${bare.slice(0, -1)}\u0647`;
        index.lookup(feminine, out);
        for (const p of ARABIC_PREFIXES) {
          if (out.length > 0) break;
          if (feminine.length - p.length >= 3 && feminine.startsWith(p))
            index.lookup(feminine.slice(p.length), out);
        }
        if (out.length > 0) return;
      }
    }
  }
}

function romanisedSouthAsian(t: Tokens, k: number, key: string, useSkeleton: boolean, out: Entry[]): void {
  const script = t.script[k];
  // Romanised Hindi and Urdu plurals and oblique forms ("musalmanon", "kuttiyon", "auraton").
  if (out.length === 0 && useSkeleton && script === SCRIPT.latin && !ENGLISH_COMMON.has(key)) {
    const sk = skeleton(key);
    for (const suffix of SOUTH_ASIAN_SUFFIXES) {
      if (sk.length - suffix.length < 4 || !sk.endsWith(suffix)) continue;
      const before = out.length;
      COMPILED.skeletons.lookup(sk.slice(0, sk.length - suffix.length), out);
      // Only names of groups and contempt are read through an ending ("chhutti", leave, is no "chut").
      let kept = before;
      for (let i = before; i < out.length; i++) {
        const e = out[i] as Entry;
        if (e.role === ROLE.ident || e.role === ROLE.derog || e.role === ROLE.violence) out[kept++] = e;
      }
      out.length = kept;
      if (kept > before) return;
    }
  }
}

/** Tokens the entry spans starting at token k, or 0 when its later words do not follow. */
function spanOf(e: Entry, t: Tokens, k: number, useSkeleton: boolean): number {
  const pieces = e.pieces;
  for (let p = 1; p < pieces.length; p++) {
    const next = k + p;
    if (next >= t.count) return 0;
    const key = keyOf(t, next, TEXT);
    const piece = pieces[p] as Piece;
    if (!pieceMatches(piece, useSkeleton && e.langs & COMPILED.skeletonLangs ? skeleton(key) : key)) {
      if (!(useSkeleton && pieceMatches(piece, key))) return 0;
    }
  }
  return pieces.length;
}

function match(t: Tokens, useSkeleton: boolean, strongOnly: boolean, hits: Hit[], unknown: number[]): void {
  if (hits.length !== 0) hits.length = 0;
  if (unknown.length !== 0) unknown.length = 0;
  evidence.fill(0);
  commonCount.fill(0);
  if (seenCommon.size !== 0) seenCommon.clear();
  longCommon = 0;
  commonWords = 0;
  if (commonOn.length < t.count) commonOn = new Int32Array(t.count * 2);
  commonOn.fill(0, 0, t.count);
  let extraClause = 0;
  let k = 0;
  steps += t.count;
  while (k < t.count) {
    if (found.length !== 0) found.length = 0;
    lookupToken(t, k, useSkeleton, strongOnly, found);
    let best = 0;
    for (const e of found) {
      // A false friend of a language the first pass found no evidence of cannot win the span.
      if (!strongOnly && e.needsEvidence && (e.langs & supportedFor(e.role)) === 0) continue;
      const span = spanOf(e, t, k, useSkeleton);
      if (span > best) best = span;
    }
    if (best === 0) {
      unknown.push(k);
      t.clause[k] = (t.clause[k] as number) + extraClause;
      k++;
      continue;
    }
    for (const e of found) {
      if (e.role === ROLE.clause && spanOf(e, t, k, useSkeleton) === best) {
        extraClause++;
        break;
      }
    }
    for (let j = k; j < k + best; j++) t.clause[j] = (t.clause[j] as number) + extraClause;
    // A common word of a language ("schon") is not also a trigger of it that folds to the same letters ("schön").
    let common = 0;
    if (best === 1) for (const e of found) if (e.role === ROLE.function) common |= e.langs;
    for (const e of found) {
      if (!strongOnly && e.needsEvidence && (e.langs & supportedFor(e.role)) === 0) continue;
      if (spanOf(e, t, k, useSkeleton) !== best) continue;
      if (common !== 0 && e.role !== ROLE.function && CONTENT.has(e.role) && (e.langs & ~common) === 0)
        continue;
      if (e.role !== ROLE.clause && e.role !== ROLE.function && hits.length < MAX_HITS)
        hits.push(hitAt(e, t, k, best));
      if (e.role === ROLE.function || (CONTENT.has(e.role) && !e.needsEvidence)) addEvidence(e.langs);
      if (e.role === ROLE.function || ORDINARY.has(e.role)) commonOn[k] = (commonOn[k] as number) | e.langs;
      if (e.role === ROLE.function && !seenCommon.has(keyOf(t, k, TEXT))) {
        seenCommon.add(keyOf(t, k, TEXT));
        if ((t.end[k] as number) - (t.start[k] as number) >= 4) longCommon |= e.langs;
        commonWords |= e.langs;
        for (let i = 0; i < LANG_COUNT; i++)
          if (e.langs & (1 << i)) commonCount[i] = (commonCount[i] as number) + 1;
      }
    }
    k += best;
  }
  strongCommon = longCommon;
  for (let i = 0; i < LANG_COUNT; i++) if ((commonCount[i] as number) >= 2) strongCommon |= 1 << i;
  let most = 0;
  for (let i = 0; i < LANG_COUNT; i++) most = Math.max(most, commonCount[i] as number);
  // The text's language: the one with the most common words, two at least ("hoe" alone is no Dutch).
  textLangs = 0;
  for (let i = 0; i < LANG_COUNT; i++) if (most > 0 && commonCount[i] === most) textLangs |= 1 << i;
  // One common word shared by several languages ("a", "la") says nothing.
  if (most < 2 && !single(textLangs)) textLangs = 0;
  // False friends ("^sale") count only where the language shows; a word that is ordinary in the
  // text's language ("negro" in Spanish) is not another language's slur.
  let kept = 0;
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j] as Hit;
    // A false friend needs its language's common words: a trigger two of them (or one of four
    // letters or more), a group's name or a grammar word one ("trans" next to Spanish "los").
    const shown = TRIGGERS.has(h.role) ? strongCommon : commonWords;
    if (h.needsEvidence && (h.langs & shown) === 0) continue;
    if (h.needsEvidence) h.langs &= shown;
    if (CONTENT.has(h.role) && (h.langs & textLangs) === 0 && ordinaryHere(h)) continue;
    // A word several languages share is read in the language the text is clearly written in.
    if (h.langs & textLangs) h.langs &= textLangs;
    hits[kept++] = h;
  }
  if (kept !== hits.length) hits.length = kept;
}

/** Token of h is an ordinary word (a common word, a group's name, a negation) of the text's language. */
function ordinaryHere(h: Hit): boolean {
  return ((commonOn[h.from] as number) & textLangs) !== 0;
}

function hitAt(e: Entry, t: Tokens, k: number, span: number): Hit {
  return {
    role: e.role,
    needsEvidence: e.needsEvidence === true,
    stem: e.pieces.length === 1 && (e.pieces[0] as Piece).prefix,
    langs: e.langs,
    from: k,
    to: k + span,
    sentence: t.sentence[k] as number,
    clause: t.clause[k] as number,
    quoted: t.quoted[k] === 1,
  };
}

/** A common or meaningful word listed by one or two languages is evidence for them; one listed by many ("gay") is not. */
function addEvidence(langs: number): void {
  let first = -1;
  let second = -1;
  for (let i = 0; i < LANG_COUNT; i++) {
    if (!(langs & (1 << i))) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return;
  }
  if (first >= 0) evidence[first] = (evidence[first] as number) + 1;
  if (second >= 0) evidence[second] = (evidence[second] as number) + 1;
}

function specific(langs: number): boolean {
  let n = 0;
  for (let i = 0; i < LANG_COUNT; i++) if (langs & (1 << i)) n++;
  return n <= 2;
}

function single(langs: number): boolean {
  return langs !== 0 && (langs & (langs - 1)) === 0;
}

function evidenced(min: number): number {
  let mask = 0;
  for (let i = 0; i < LANG_COUNT; i++) if ((evidence[i] as number) >= min) mask |= 1 << i;
  return mask;
}

const NO_ENTRIES: readonly Entry[] = [];

/** Unknown words that are two known words run together ("Ichhasse", "sindUngeziefer"), or misspelt. */
function spellingVariants(t: Tokens, langs: number, unknown: readonly number[], hits: Hit[]): void {
  spelling ??= new SpellingIndex(COMPILED.words);
  const left: Entry[] = [];
  const right: Entry[] = [];
  const inLangs = (e: Entry) => (e.langs & langs) !== 0 && e.pieces.length === 1;
  // Misspellings only in sentences that name a group or hold a trigger of the language (the other
  // half may be the misspelt one); words run together anywhere ("wat eenhoer", "Mortà tous").
  let sentences = 0n;
  for (const h of hits)
    if (h.langs & langs && (h.role === ROLE.ident || TRIGGERS.has(h.role)))
      sentences |= 1n << BigInt(Math.min(h.sentence, 63));
  const before = hits.length;
  for (const k of unknown) {
    if ((t.end[k] as number) - (t.start[k] as number) < 4 || t.script[k] === SCRIPT.han) continue;
    const key = keyOf(t, k, TEXT);
    steps += key.length * 4;
    let split = false;
    for (let cut = 2; cut <= key.length - 1 && !split; cut++) {
      left.length = 0;
      const head = key.slice(0, cut);
      COMPILED.words.lookup(head, left);
      const l = left.length === 0 ? NO_ENTRIES : left.filter(inLangs);
      // A trigger run into a one-letter word ("odio|a", "odio|i"): the trigger alone.
      if (cut === key.length - 1) {
        if (cut < 4) continue;
        const content = l.filter((e) => TRIGGERS.has(e.role) && !(e.pieces[0] as Piece).prefix);
        if (content.length === 0) continue;
        split = true;
        for (const e of content) hits.push(hitAt(e, t, k, 1));
        continue;
      }
      // Both halves words of the language ("ich|hasse", "sind|ungeziefer"), or a short common word
      // English also writes ("la", "de", "te") run into one ("la|nausée", "te|sterven"). Most
      // cuts' heads are neither: their tails are not looked up.
      const short = (COMPILED.allCommon.get(head) ?? 0) & langs;
      if (l.length === 0 && short === 0) continue;
      right.length = 0;
      COMPILED.words.lookup(key.slice(cut), right);
      const r = right.filter(inLangs);
      if (r.length === 0) continue;
      if (l.length === 0 && !r.some((e) => CONTENT.has(e.role))) continue;
      split = true;
      for (const e of [...l, ...r])
        if (CONTENT.has(e.role) || e.role === ROLE.negator) hits.push(hitAt(e, t, k, 1));
    }
    if (split || !(sentences & (1n << BigInt(Math.min(t.sentence[k] as number, 63))))) continue;
    found.length = 0;
    spelling.lookup(key, found);
    for (const e of found) if (e.langs & langs) hits.push(hitAt(e, t, k, 1));
  }
  if (hits.length !== before) hits.sort((a, b) => a.from - b.from);
}

/** Romanised Hindi, Urdu and Panjabi share most words: one family for reading a sentence. */
function sameLanguage(a: Hit, b: Hit): boolean {
  return (
    (a.langs & b.langs) !== 0 ||
    ((a.langs & COMPILED.skeletonLangs) !== 0 && (b.langs & COMPILED.skeletonLangs) !== 0)
  );
}

/** Languages whose verb comes last: "only" stands before the negation ("kachre ke ilava kuch nahi"). */
const VERB_LAST = LANGS.reduce(
  (mask, lang, i) => (/^(hi|ur|pa|bn|gu|ta|tr|fa)(-|$)/.test(lang) ? mask | (1 << i) : mask),
  0,
);

/**
 * What judging one text needs besides its hits: for each hit, the hits of its own and the
 * neighbouring sentences (the only context any rule reads), and per negation whether it is void
 * ("warum … nicht", "ne … que") or protective. Both are worked out once, so judging is linear in the
 * number of hits per sentence, and the number of hits is bounded (MAX_HITS).
 */
interface Context {
  readonly hits: readonly Hit[];
  readonly t: Tokens;
  /** lo[i]…hi[i]: the hits of sentences hit.sentence - 1 … hit.sentence + 1. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Per hit index: 0 unknown, 1 a live negation, 2 a void one; 4 added when it negates its sentence. */
  readonly negation: Uint8Array;
  /** Tokens outside quotation marks. */
  readonly outside: number;
}

function contextOf(hits: readonly Hit[], t: Tokens): Context {
  const n = hits.length;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const s = (hits[i] as Hit).sentence;
    while ((hits[a] as Hit).sentence < s - 1) a++;
    if (b < i) b = i;
    while (b < n && (hits[b] as Hit).sentence <= s + 1) b++;
    lo[i] = a;
    hi[i] = b;
  }
  let outside = 0;
  if (t.quotes > 0) for (let k = 0; k < t.count; k++) if (t.quoted[k] === 0) outside++;
  return { hits, t, lo, hi, negation: new Uint8Array(n), outside };
}

function hasRoleNear(c: Context, i: number, role: number, where: (h: Hit) => boolean): boolean {
  const hits = c.hits;
  steps += (c.hi[i] as number) - (c.lo[i] as number);
  for (let j = c.lo[i] as number; j < (c.hi[i] as number); j++) {
    const h = hits[j] as Hit;
    if (h.role === role && where(h)) return true;
  }
  return false;
}

/** A protected group in the same sentence, or in the sentence before or after when a pronoun here stands for it. */
function groupNear(c: Context, i: number): boolean {
  const hit = c.hits[i] as Hit;
  steps += (c.hi[i] as number) - (c.lo[i] as number);
  let pronoun: boolean | undefined;
  for (let j = c.lo[i] as number; j < (c.hi[i] as number); j++) {
    const g = c.hits[j] as Hit;
    if (g.role !== ROLE.ident || !sameLanguage(g, hit) || g.quoted !== hit.quoted) continue;
    if (g.sentence === hit.sentence) return true;
    if (hit.langs & g.langs & COMPILED.prodropLangs && hit.role !== ROLE.positive) return true;
    pronoun ??=
      hasRoleNear(c, i, ROLE.they, (p) => p.sentence === hit.sentence && sameLanguage(p, hit)) ||
      hasRoleNear(c, i, ROLE.you, (p) => p.sentence === hit.sentence && sameLanguage(p, hit));
    if (pronoun) return true;
  }
  return false;
}

function aimedAtYou(c: Context, i: number): boolean {
  const hit = c.hits[i] as Hit;
  return hasRoleNear(c, i, ROLE.you, (y) => y.clause === hit.clause && sameLanguage(y, hit));
}

/** Whether negation j is live (not rhetorical, not "only"), and whether it protects its whole sentence. */
function negationOf(c: Context, j: number): number {
  const cached = c.negation[j] as number;
  if (cached !== 0) return cached;
  const n = c.hits[j] as Hit;
  let value = 1;
  // "Warum werden wir X nicht los?", "Why don't we…": a question that asks for it.
  if (hasRoleNear(c, j, ROLE.why, (w) => w.sentence === n.sentence && w.from < n.from && sameLanguage(w, n)))
    value = 2;
  // "Ils ne sont que des rats", "nichts als Abfall": negation and "only" make "nothing but".
  else if (
    hasRoleNear(
      c,
      j,
      ROLE.only,
      (o) =>
        o.sentence === n.sentence &&
        ((o.from > n.from && o.from - n.from <= 6) ||
          ((o.langs & VERB_LAST) !== 0 && o.from < n.from && n.from - o.from <= 4)) &&
        sameLanguage(o, n) &&
        // A bare "que" is restrictive only straight after "ne …" ("je ne pense pas que …" stays negated).
        (o.to - o.from > 1 || !hasRoleNear(c, j, ROLE.negator, (m) => m.from > n.from && m.from < o.from)),
    )
  )
    value = 2;
  // "Wir dürfen nicht zulassen, dass X angegriffen werden": a negated "allow" protects the whole sentence.
  if (value === 1 && hasRoleNear(c, j, ROLE.protect, (p) => p.clause === n.clause && sameLanguage(p, n)))
    value |= 4;
  c.negation[j] = value;
  return value;
}

function isNegated(c: Context, i: number): boolean {
  const hit = c.hits[i] as Hit;
  steps += (c.hi[i] as number) - (c.lo[i] as number);
  for (let j = c.lo[i] as number; j < (c.hi[i] as number); j++) {
    const n = c.hits[j] as Hit;
    if (n.role !== ROLE.negator || !sameLanguage(n, hit) || n.sentence !== hit.sentence) continue;
    const value = negationOf(c, j);
    if (value === 2) continue;
    // An insult noun is negated only close by ("no eres un idiota"), not by "no puedo creer esta zorra".
    if (
      n.clause === hit.clause &&
      (hit.role !== ROLE.insult || (hit.from > n.from && hit.from - n.from <= 3))
    )
      return true;
    if (value & 4) return true;
  }
  return false;
}

/** Quoted, or reported ("saying that…", "calling X …", "statements like") in order to condemn it. */
function isCounter(c: Context, i: number): boolean {
  const hit = c.hits[i] as Hit;
  if (hit.quoted && c.outside >= 2) return true;
  return hasRoleNear(
    c,
    i,
    ROLE.report,
    (r) => r.sentence === hit.sentence && r.quoted === hit.quoted && sameLanguage(r, hit),
  );
}

/**
 * A word that counts on its own (a slur, swearing, an insult) written in Latin letters counts only in a
 * text that has a common word of its language ("duper" is English, not Polish "dupa"), unless it is a
 * whole word of the lexicon that no English word looks like ("mierda", "kurwa").
 */
function standaloneInLanguage(hit: Hit, t: Tokens): boolean {
  if (t.script[hit.from] !== SCRIPT.latin || (hit.langs & commonWords) !== 0) return true;
  return !hit.stem && !hit.needsEvidence && (t.end[hit.from] as number) - (t.start[hit.from] as number) >= 4;
}

function judge(c: Context, i: number): LanguageKind | null {
  const hit = c.hits[i] as Hit;
  if (
    (hit.role === ROLE.slur || hit.role === ROLE.profanity || hit.role === ROLE.insult) &&
    !standaloneInLanguage(hit, c.t) &&
    !groupNear(c, i)
  )
    return null;
  switch (hit.role) {
    case ROLE.slur:
      return isCounter(c, i) ? null : "discriminatory";
    case ROLE.profanity:
      if (isCounter(c, i)) return null;
      return groupNear(c, i) ? "discriminatory" : "profanity";
    case ROLE.insult:
    case ROLE.derog: {
      if (isCounter(c, i) || isNegated(c, i)) return null;
      if (groupNear(c, i)) return "discriminatory";
      return hit.role === ROLE.insult || aimedAtYou(c, i) ? "abusive" : null;
    }
    case ROLE.violence:
      if (isCounter(c, i) || isNegated(c, i)) return null;
      if (groupNear(c, i)) return "discriminatory";
      return aimedAtYou(c, i) ? "threat" : null;
    case ROLE.positive:
    case ROLE.avoid:
      return isNegated(c, i) && !isCounter(c, i) && groupNear(c, i) ? "discriminatory" : null;
    default:
      return null;
  }
}

function judgeAll(hits: readonly Hit[], t: Tokens, norm: Normalised, text: string): LanguageFinding[] {
  const out: LanguageFinding[] = [];
  const c = contextOf(hits, t);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    if (!TRIGGERS.has(hit.role)) continue;
    const kind = judge(c, i);
    if (kind === null) continue;
    const start = originalOffset(norm, t.start[hit.from] as number) ?? 0;
    const end = (originalOffset(norm, (t.end[hit.to - 1] as number) - 1) ?? start) + 1;
    out.push({ kind, start, end, term: text.slice(start, end) });
  }
  return out;
}

const hitsBuffer: Hit[] = [];
const unknownBuffer: number[] = [];
/** The clause numbers tokenise gave, kept for the next pass: match() shifts them, nothing else in the tokens. */
let clauseAsTokenised = new Int32Array(64);

function keepClauses(t: Tokens): void {
  if (clauseAsTokenised.length < t.count) clauseAsTokenised = new Int32Array(t.count * 2);
  clauseAsTokenised.set(t.clause.subarray(0, t.count));
}

/** The tokens as tokenise left them, for another pass (instead of cutting the text into words again). */
function restoreClauses(t: Tokens): void {
  t.clause.set(clauseAsTokenised.subarray(0, t.count));
}

/** Findings in `norm` (the normalised form of `text`), with offsets into `text`. */
export function analyseMultilingual(norm: Normalised, text: string): LanguageFinding[] {
  if (COMPILED === undefined) compiled();
  const t = TOKENS;
  TEXT = norm.text;
  steps = norm.text.length;
  tokenise(norm.text, t, hanWord);
  if (t.count === 0) return [];
  keepClauses(t);
  const hits = hitsBuffer;
  const unknown = unknownBuffer;
  // First only the words that count in any text; a text that shows another language's common
  // words is matched again with that language's false friends of English ("no", "me", "gay").
  match(t, false, true, hits, unknown);
  if (commonWords !== 0) {
    supported = commonWords;
    supportedTriggers = strongCommon;
    restoreClauses(t);
    match(t, false, false, hits, unknown);
  }
  // Romanised Hindi, Urdu or Panjabi: match again on spelling skeletons.
  if (COMPILED.skeletonLangs !== 0 && evidenced(2) & COMPILED.skeletonLangs) {
    supported = commonWords | COMPILED.skeletonLangs;
    supportedTriggers = strongCommon | COMPILED.skeletonLangs;
    restoreClauses(t);
    match(t, true, false, hits, unknown);
  }
  const findings = hits.some((h) => TRIGGERS.has(h.role)) ? judgeAll(hits, t, norm, text) : [];
  if (findings.length > 0) return findings;
  // Arabic in Latin letters: the text again, rewritten in Arabic letters.
  if (!inArabizi && showsArabizi(t.hash, t.script, t.count, text)) {
    inArabizi = true;
    try {
      return analyseMultilingual(transliterate(text), text);
    } finally {
      inArabizi = false;
    }
  }
  if (unknown.length === 0 || inArabizi) return findings;
  // Languages the text is written in: two of their common words, or a group name only they use.
  let langs = evidenced(2);
  for (const h of hits)
    if (h.role === ROLE.ident && specific(h.langs))
      langs |= single(h.langs) ? h.langs : h.langs & commonWords;
  // A group's name shared by many languages, and one common word of one of them ("Jedéteste les homos").
  if (langs === 0) return findings;
  spellingVariants(t, langs, unknown, hits);
  return hits.some((h) => TRIGGERS.has(h.role)) ? judgeAll(hits, t, norm, text) : [];
}

/** The words the multilingual pass recognised in `text`, with their roles and languages: for tuning probes. */
export function explainMultilingual(norm: Normalised): { word: string; role: string; langs: string[] }[] {
  analyseMultilingual(norm, norm.text);
  return hitsBuffer.map((h) => ({
    word: norm.text.slice(TOKENS.start[h.from], TOKENS.end[h.to - 1]),
    role: ROLES[h.role] as string,
    langs: COMPILED.langs.filter((_, i) => h.langs & (1 << i)),
  }));
}

/**
 * After analyseMultilingual: whether `word` is an ordinary word (a group's name, a common word) of a
 * language the text is written in, such as "negros" in Spanish: the English pass reads it as a slur.
 */
export function ordinaryInTextLanguage(word: string): boolean {
  if (textLangs === 0 || word.includes(" ")) return false;
  compiled();
  found.length = 0;
  COMPILED.words.lookup(fold(word.toLowerCase()), found);
  let ordinary = 0;
  let trigger = 0;
  for (const e of found) {
    if (ORDINARY.has(e.role)) ordinary |= e.langs & textLangs;
    else trigger |= e.langs & textLangs;
  }
  return (ordinary & ~trigger) !== 0;
}
