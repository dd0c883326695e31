import { ENGLISH_COMMON } from "./english-common.js";
import { fold, skeleton } from "./fold.js";
import { HashSet, hashOf } from "./hash.js";
import { type Lexicon, ROLES, type Role } from "./lexicon.js";

/** One token of an entry: the folded word, or its start when `prefix` ("hass*"). */
export interface Piece {
  readonly key: string;
  readonly prefix: boolean;
}

export interface Entry {
  readonly role: number;
  /** Bit i: LEXICONS[i] holds this entry. */
  readonly langs: number;
  /** The entry's tokens; the first is the one it is indexed under. */
  readonly pieces: readonly Piece[];
  /** Written "^word": a false friend of English or another language, counted only in a text that has a common word of this one. */
  readonly needsEvidence?: boolean;
}

export const ROLE: { readonly [R in Role]: number } = Object.fromEntries(ROLES.map((r, i) => [r, i])) as {
  [R in Role]: number;
};

const MIN_STEM = 3;

/**
 * Words by their folded spelling, and stems by their first three letters, so looking a token up
 * costs one or two hash probes whatever the size of the lexicons. Linear in the token's length.
 */
export class WordIndex {
  private readonly exact = new Map<string, Entry[]>();
  private readonly stems = new Map<string, Entry[]>();
  /** First three letters of a stem → the stem lengths under them, longest first. */
  private readonly stemLengths = new Map<string, number[]>();
  /**
   * The cheap gate: hashes of every exact key and of the first three (stems of three letters) or
   * four code units of every stem. `strong` holds only entries that count without evidence of their
   * language (not "^" and not English words), for the first pass over a text (see match()).
   */
  private readonly gates = { exact: new HashSet(), stem3: new HashSet(), stem4: new HashSet() };
  private readonly strong = { exact: new HashSet(), stem3: new HashSet(), stem4: new HashSet() };

  /** Whether a word with these hashes (hash.ts) can have entries: false for most words of most texts. */
  maybe(hash: number, hash3: number, hash4: number, strongOnly: boolean): boolean {
    const g = strongOnly ? this.strong : this.gates;
    return g.exact.has(hash) || (hash3 !== 0 && g.stem3.has(hash3)) || (hash4 !== 0 && g.stem4.has(hash4));
  }

  private gate(piece: Piece, entry: Entry): void {
    const targets = entry.needsEvidence ? [this.gates] : [this.gates, this.strong];
    for (const g of targets) {
      if (!piece.prefix) g.exact.add(hashOf(piece.key));
      else if (piece.key.length === MIN_STEM) g.stem3.add(hashOf(piece.key));
      else g.stem4.add(hashOf(piece.key.slice(0, 4)));
    }
  }

  add(piece: Piece, entry: Entry): void {
    if (!piece.prefix) {
      push(this.exact, piece.key, entry);
      this.gate(piece, entry);
      return;
    }
    // A stem of one or two letters would match nearly everything; matched as a whole word instead
    // (folding can shorten one: "سست*" → "ست").
    if (piece.key.length < MIN_STEM) {
      this.add({ key: piece.key, prefix: false }, entry);
      return;
    }
    push(this.stems, piece.key, entry);
    const head = piece.key.slice(0, MIN_STEM);
    this.gate(piece, entry);
    const lengths = this.stemLengths.get(head) ?? [];
    if (!lengths.includes(piece.key.length)) {
      lengths.push(piece.key.length);
      lengths.sort((a, b) => b - a);
    }
    this.stemLengths.set(head, lengths);
  }

  /** Entries whose first token matches `token`, appended to `out`. */
  lookup(token: string, out: Entry[]): void {
    const exact = this.exact.get(token);
    if (exact) for (const e of exact) out.push(e);
    if (token.length < MIN_STEM) return;
    const lengths = this.stemLengths.get(token.slice(0, MIN_STEM));
    if (!lengths) return;
    for (const length of lengths) {
      if (length > token.length) continue;
      const stem = this.stems.get(length === token.length ? token : token.slice(0, length));
      if (stem) for (const e of stem) out.push(e);
    }
  }

  has(token: string): boolean {
    const found: Entry[] = [];
    this.lookup(token, found);
    return found.length > 0;
  }

  /** Every key, with whether it is a stem: for the spelling-variant index. */
  *keys(): Generator<[string, boolean, readonly Entry[]]> {
    for (const [k, v] of this.exact) yield [k, false, v];
    for (const [k, v] of this.stems) yield [k, true, v];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "hass*" → { key: "hass", prefix: true }, folded the way tokens are. */
function pieceOf(word: string, key: (w: string) => string): Piece {
  const prefix = word.endsWith("*");
  return { key: key(fold(prefix ? word.slice(0, -1) : word)), prefix };
}

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

export interface CompiledLexicons {
  readonly words: WordIndex;
  /** Romanised South Asian entries by spelling skeleton (fold.ts). */
  readonly skeletons: WordIndex;
  /** Han entries by their exact characters, matched greedily inside runs of Han. */
  readonly han: ReadonlyMap<string, readonly Entry[]>;
  readonly hanLongest: number;
  /** Bit of each language that writes romanised South Asian text. */
  readonly skeletonLangs: number;
  /** Bit of each language that drops subject pronouns. */
  readonly prodropLangs: number;
  /** Every common word of every language, English look-alikes included: the known halves of run-together words. */
  readonly allCommon: ReadonlyMap<string, number>;
  readonly langs: readonly string[];
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  return indexLexicons(lexiconEntries(lexicons));
}

/**
 * The lexicons' entries in the order they are indexed, before any index is built: the
 * expensive part of compiling them (folding, merging and classifying every word), and what
 * serialiseLexicons writes at build time so that a process can skip it.
 */
interface LexiconEntries {
  /** Indexed under their first piece in `words`, in this order. */
  readonly words: readonly Entry[];
  /** Indexed under their first piece in `skeletons`, in this order. */
  readonly skeletons: readonly Entry[];
  /** By their one piece's key in `han`, in this order. */
  readonly han: readonly Entry[];
  readonly hanLongest: number;
  readonly skeletonLangs: number;
  readonly prodropLangs: number;
  readonly allCommon: ReadonlyMap<string, number>;
  readonly langs: readonly string[];
}

function lexiconEntries(lexicons: readonly Lexicon[]): LexiconEntries {
  if (lexicons.length > 31) throw new Error("at most 31 lexicons fit in a bit mask");
  const words: Entry[] = [];
  const skeletons: Entry[] = [];
  const han: Entry[] = [];
  let hanLongest = 1;
  let skeletonLangs = 0;
  let prodropLangs = 0;
  // One entry per distinct word and role, carrying every language that lists it.
  const merged = new Map<string, { role: number; langs: number; text: string; needsEvidence: boolean }>();
  const allCommon = new Map<string, number>();
  lexicons.forEach((lexicon, i) => {
    if (lexicon.skeleton) skeletonLangs |= 1 << i;
    if (lexicon.prodrop) prodropLangs |= 1 << i;
    for (const role of ROLES) {
      for (const raw of lexicon.words[role] ?? []) {
        let text = raw.trim().toLowerCase().replace(/\s+/g, " ");
        // An English word is no evidence of another language, and means what it means in English
        // unless the text shows the other language ("stupid", "gay", "bomb" in an English tweet).
        const english = ENGLISH_COMMON.has(fold(text.replace(/^\^/, "")));
        if (role === "function" && !text.includes(" ")) {
          const key = fold(text);
          allCommon.set(key, (allCommon.get(key) ?? 0) | (1 << i));
        }
        if (role === "function" && english) continue;
        const needsEvidence =
          text.startsWith("^") ||
          english ||
          (lexicon.latinNeedsEvidence === true &&
            /^[\u0020-\u024f*^'-]+$/.test(text) &&
            (text.endsWith("*") || text.replace(/^\^/, "").length <= 5));
        if (text.startsWith("^")) text = text.slice(1);
        if (text === "") continue;
        const id = `${ROLE[role]}\u0000${text}\u0000${lexicon.skeleton ? 1 : 0}\u0000${needsEvidence}`;
        const m = merged.get(id);
        if (m) m.langs |= 1 << i;
        else merged.set(id, { role: ROLE[role], langs: 1 << i, text, needsEvidence });
      }
    }
  });
  for (const { role, langs, text, needsEvidence: marked } of merged.values()) {
    let needsEvidence = marked;
    if (HAN.test(text.replace(/\*$/, ""))) {
      const key = text.replace(/\*$/, "");
      han.push({ role, langs, pieces: [{ key, prefix: false }] });
      hanLongest = Math.max(hanLongest, key.length);
      continue;
    }
    const words_ = text.split(" ");
    const pieces = words_.map((w) => pieceOf(w, (s) => s));
    // A phrase that starts with an English word ("a la mierda", "no es") is looked for only in a text
    // that shows its language: the first pass over a text skips English words altogether.
    if (words_.length > 1 && ENGLISH_COMMON.has(pieces[0]?.key ?? "")) needsEvidence = true;
    words.push(needsEvidence ? { role, langs, pieces, needsEvidence } : { role, langs, pieces });
    if (langs & skeletonLangs) {
      const sk = words_.map((w) => pieceOf(w, skeleton));
      const skl = langs & skeletonLangs;
      skeletons.push(
        needsEvidence ? { role, langs: skl, pieces: sk, needsEvidence } : { role, langs: skl, pieces: sk },
      );
    }
  }
  return {
    words,
    skeletons,
    han,
    hanLongest,
    skeletonLangs,
    prodropLangs,
    allCommon,
    langs: lexicons.map((l) => l.lang),
  };
}

function indexLexicons(entries: LexiconEntries): CompiledLexicons {
  const words = new WordIndex();
  for (const e of entries.words) words.add(e.pieces[0] as Piece, e);
  const skeletons = new WordIndex();
  for (const e of entries.skeletons) skeletons.add(e.pieces[0] as Piece, e);
  const han = new Map<string, Entry[]>();
  for (const e of entries.han) push(han, (e.pieces[0] as Piece).key, e);
  return {
    words,
    skeletons,
    han,
    hanLongest: entries.hanLongest,
    skeletonLangs: entries.skeletonLangs,
    prodropLangs: entries.prodropLangs,
    allCommon: entries.allCommon,
    langs: entries.langs,
  };
}

/**
 * The compiled lexicons as plain JSON data, for a build-time file (server/src/packs/engine-tables-cache.ts):
 * each entry is `[role, langs, needsEvidence ? 1 : 0, key, prefix ? 1 : 0, key, prefix ? 1 : 0, …]`.
 */
export interface SerialisedLexicons {
  readonly format: typeof SERIALISED_LEXICONS_FORMAT;
  readonly words: readonly (string | number)[][];
  readonly skeletons: readonly (string | number)[][];
  readonly han: readonly (string | number)[][];
  readonly hanLongest: number;
  readonly skeletonLangs: number;
  readonly prodropLangs: number;
  /** Key, languages, key, languages… in insertion order. */
  readonly allCommon: readonly (string | number)[];
  readonly langs: readonly string[];
}

export const SERIALISED_LEXICONS_FORMAT = 1;

function entryData(e: Entry): (string | number)[] {
  const row: (string | number)[] = [e.role, e.langs, e.needsEvidence ? 1 : 0];
  for (const p of e.pieces) row.push(p.key, p.prefix ? 1 : 0);
  return row;
}

function entryOf(row: readonly (string | number)[]): Entry {
  const pieces: Piece[] = [];
  for (let i = 3; i < row.length; i += 2) pieces.push({ key: row[i] as string, prefix: row[i + 1] === 1 });
  const role = row[0] as number;
  const langs = row[1] as number;
  return row[2] === 1 ? { role, langs, pieces, needsEvidence: true } : { role, langs, pieces };
}

/** The lexicons' entries worked out (the slow part of compileLexicons), as plain data. */
export function serialiseLexicons(lexicons: readonly Lexicon[]): SerialisedLexicons {
  const e = lexiconEntries(lexicons);
  return {
    format: SERIALISED_LEXICONS_FORMAT,
    words: e.words.map(entryData),
    skeletons: e.skeletons.map(entryData),
    han: e.han.map(entryData),
    hanLongest: e.hanLongest,
    skeletonLangs: e.skeletonLangs,
    prodropLangs: e.prodropLangs,
    allCommon: [...e.allCommon].flat(),
    langs: e.langs,
  };
}

/** The same indexes compileLexicons builds, from serialiseLexicons' data. */
export function restoreLexicons(data: SerialisedLexicons): CompiledLexicons {
  const allCommon = new Map<string, number>();
  for (let i = 0; i < data.allCommon.length; i += 2)
    allCommon.set(data.allCommon[i] as string, data.allCommon[i + 1] as number);
  return indexLexicons({
    words: data.words.map(entryOf),
    skeletons: data.skeletons.map(entryOf),
    han: data.han.map(entryOf),
    hanLongest: data.hanLongest,
    skeletonLangs: data.skeletonLangs,
    prodropLangs: data.prodropLangs,
    allCommon,
    langs: data.langs,
  });
}
