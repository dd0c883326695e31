/**
 * A cheap, exact test of which role patterns can match a text, so analyseLanguage
 * runs only those (most posts trigger none). It is derived from the compiled
 * patterns themselves, not from the word lists, so it cannot drift from them:
 * each pattern is parsed, and for every alternative a set of five-character keys
 * is worked out such that every match contains one of them (the first characters
 * from some part that every match goes through, e.g. the insult after "you are a").
 * A text whose five-character windows hold no key of a pattern cannot match it.
 * Patterns are read by the shared regular-expression analysis (regex/char-tree.ts); one it
 * cannot put in that form always runs.
 *
 * The sets over-approximate (look-arounds are mostly ignored, repeats allowed
 * freely, characters folded into 64 classes), so a pattern whose key is found may
 * still not match; one whose keys are all absent cannot. A character outside ASCII
 * (an accented letter, a curly quote, an emoji's code units) falls into one of the
 * seven shared classes by its code, so texts in other scripts are filtered too: only
 * the patterns that could match them run.
 */

import { charTree, type CharNode as Node } from "../regex/char-tree.js";

const KEY_LENGTH = 5;
/** Beyond this many keys for one part of a pattern, that part is not used as a key. */
const MAX_KEYS = 4_000;
const ASCII = Array.from({ length: 128 }, (_, c) => c);

/**
 * Characters folded into 64 classes of 6 bits, so five fit in one small integer. Folding
 * only merges keys (more texts pass), never separates them. 0 is the edge of the text.
 */
const CLASS_OF = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122)
    CLASS_OF[c] = c - 96; // a-z: 1-26
  else if (c >= 48 && c <= 57)
    CLASS_OF[c] = c - 48 + 27; // 0-9: 27-36
  else {
    const i = " '-*.,!?&\"\n:;()/#@$".indexOf(String.fromCharCode(c));
    CLASS_OF[c] = i >= 0 ? 37 + i : 57 + (c % 7); // the rest share 57-63
  }
}
const EDGE = 0;
/** The seven classes shared by the rest of ASCII and by every code unit outside it. */
const REST = [57, 58, 59, 60, 61, 62, 63];

/** The class of any UTF-16 code unit. */
function classOf(c: number): number {
  return c < 128 ? (CLASS_OF[c] as number) : 57 + (c % 7);
}

/** Not a lower-case letter: what (?<![a-z]) and (?![a-z]) allow, the edge of the text included. */
const NOT_LETTER = [
  ...new Set([EDGE, ...REST, ...ASCII.filter((c) => c < 97 || c > 122).map((c) => CLASS_OF[c] as number)]),
];

class TooMany extends Error {}

/** What follows the node being expanded: the rest of an enclosing sequence, then what follows that. */
interface Continuation {
  readonly nodes: readonly Node[];
  readonly at: number;
  readonly next: Continuation | null;
}

/**
 * Possible first KEY_LENGTH character classes of a match of `nodes[at..]` and then of its
 * continuation, as strings of class numbers; a shorter string means the match can end there.
 */
function firstKeys(
  nodes: readonly Node[],
  at: number,
  next: Continuation | null,
  out: Set<string>,
  prefix: string,
): void {
  if (prefix.length === KEY_LENGTH) {
    out.add(prefix);
    if (out.size > MAX_KEYS) throw new TooMany();
    return;
  }
  if (at === nodes.length) {
    if (next === null) {
      out.add(prefix);
      if (out.size > MAX_KEYS) throw new TooMany();
    } else firstKeys(next.nodes, next.at, next.next, out, prefix);
    return;
  }
  const node = nodes[at] as Node;
  switch (node.kind) {
    case "assert":
      firstKeys(nodes, at + 1, next, out, prefix);
      return;
    case "chars":
      for (const c of node.codes) firstKeys(nodes, at + 1, next, out, prefix + String.fromCharCode(c));
      return;
    case "group": {
      const after: Continuation = { nodes, at: at + 1, next };
      for (const alternative of node.alternatives) firstKeys(alternative, 0, after, out, prefix);
      return;
    }
    case "repeat": {
      // Only the first KEY_LENGTH characters matter: more repeats than that change nothing.
      const after: Continuation = { nodes, at: at + 1, next };
      const max = Math.min(node.max, node.min + KEY_LENGTH);
      for (let times = node.min; times <= max; times++) {
        firstKeys(Array<Node>(times).fill(node.node), 0, after, out, prefix);
      }
      return;
    }
  }
}

/** Characters to classes (non-ASCII dropped: a text holding one is never filtered). */
function toClasses(nodes: readonly Node[]): Node[] {
  return nodes.map((node): Node => {
    switch (node.kind) {
      case "chars":
        return { kind: "chars", codes: [...new Set(node.codes.map(classOf))] };
      case "group":
        return { kind: "group", alternatives: node.alternatives.map(toClasses) };
      case "repeat":
        return { ...node, node: toClasses([node.node])[0] as Node };
      default:
        return node;
    }
  });
}

function canBeEmpty(node: Node): boolean {
  switch (node.kind) {
    case "assert":
      return true;
    case "chars":
      return false;
    case "group":
      return node.alternatives.some((a) => a.every(canBeEmpty));
    case "repeat":
      return node.min === 0 || canBeEmpty(node.node);
  }
}

/** Every character the sequence consumes lies outside ASCII (its assertions aside). */
function consumesOnlyNonAscii(sequence: readonly Node[]): boolean {
  const consuming = sequence.filter((n) => n.kind !== "assert");
  return consuming.length > 0 && consuming.every((n) => n.kind === "chars" && n.codes.every((c) => c >= 128));
}

/**
 * The alternatives of a pattern as flat sequences: a group that is the only consuming
 * node of a sequence ("(?<![a-z])(?:a|b)(?![a-z])") is split into its alternatives.
 */
function flatAlternatives(alternatives: readonly (readonly Node[])[]): Node[][] {
  return alternatives.flatMap((sequence) => {
    const consuming = sequence.filter((n) => n.kind !== "assert");
    const only = consuming.length === 1 ? consuming[0] : undefined;
    if (only?.kind !== "group") return [[...sequence]];
    const at = sequence.indexOf(only);
    return flatAlternatives(
      only.alternatives.map((a) => [...sequence.slice(0, at), ...a, ...sequence.slice(at + 1)]),
    );
  });
}

/**
 * A word boundary at either end of an alternative is one more character the text must
 * hold there (a non-letter, or the edge of the text): "(?<![a-z])ass(?![a-z])" gives
 * " ass " and not every "class".
 */
function withBoundaries(sequence: readonly Node[]): Node[] {
  const out = [...sequence];
  const first = out[0];
  if (first?.kind === "assert" && first.source === "(?<![a-z])")
    out[0] = { kind: "chars", codes: NOT_LETTER };
  const last = out[out.length - 1];
  if (out.length > 1 && last?.kind === "assert" && last.source === "(?![a-z])")
    out[out.length - 1] = { kind: "chars", codes: NOT_LETTER };
  return out;
}

/** Common words and word pieces: keys inside them pass for most texts, so they are avoided. */
const COMMON_TEXT = ` ${[
  "the of and to a in is you that it he was for on are as with his they i at be this have from or one had by",
  "but not what all were we when your can said there an each which she do how their if will up other about out",
  "many then them these so some her would make like him into time has look two more go see no way could people",
  "my than first been call who its now find long down day did get come made may part our new next week month",
  "year today thanks thank team staff ward hospital patient patients nhs care service services please us here",
  "just great well back after over also work working help need know think want good best love night shift",
].join(" ")} `;

/**
 * Keys one of which every match of `sequence` contains: the first characters from some
 * node every match goes through. Of those nodes, the one whose keys are rarest in
 * ordinary text (then fewest, then full length) is chosen, so the test is selective.
 */
function requiredKeys(sequence: readonly Node[], common: ReadonlySet<string>): Set<string> | null {
  let best: Set<string> | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let j = 0; j < sequence.length; j++) {
    if (canBeEmpty(sequence[j] as Node)) continue;
    const keys = new Set<string>();
    try {
      firstKeys(sequence, j, null, keys, "");
    } catch (error) {
      if (error instanceof TooMany) continue;
      throw error;
    }
    let score = 0;
    for (const key of keys) {
      if (key.length < 3)
        score += 1e9; // a match of one or two characters: nearly every text
      else if (key.length < KEY_LENGTH) score += 1e5;
      else if (common.has(key)) score += 1e3;
      else score += 1;
    }
    if (score <= bestScore) {
      best = keys;
      bestScore = score;
    }
  }
  return bestScore >= 1e9 ? null : best;
}

/** Bits of KeyTable's filter: 2^18 bits are 32 KiB, small enough to stay in cache between texts. */
const FILTER_BITS = 18;

/**
 * An open-addressing set of small integer keys with a bit mask each: a few nanoseconds a probe.
 * Every character of every text probes the tables, and most probes find nothing; the largest
 * table (~30,000 five-character keys) is a megabyte, so those probes were mostly cache misses.
 * A bit per hash value in front of it (the same hash, its top FILTER_BITS bits) answers most of
 * them from 32 KiB: a clear bit means no key has that hash, so the answer (0) is the same.
 */
class KeyTable {
  private readonly keys: Int32Array;
  private readonly masks: Int32Array;
  private readonly filter: Int32Array;
  private readonly shift: number;
  private readonly slots: number;

  constructor(entries: ReadonlyMap<number, number>) {
    let bits = 4;
    while (1 << bits < entries.size * 4) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.masks = new Int32Array(1 << bits);
    this.filter = new Int32Array(1 << (FILTER_BITS - 5));
    this.shift = 32 - bits;
    this.slots = (1 << bits) - 1;
    for (const [key, mask] of entries) {
      const h = Math.imul(key, 0x9e3779b1);
      const f = h >>> (32 - FILTER_BITS);
      this.filter[f >>> 5] = (this.filter[f >>> 5] as number) | (1 << (f & 31));
      let i = h >>> this.shift;
      while (this.keys[i] !== -1) i = (i + 1) & this.slots;
      this.keys[i] = key;
      this.masks[i] = mask;
    }
  }

  get(key: number): number {
    const h = Math.imul(key, 0x9e3779b1);
    const f = h >>> (32 - FILTER_BITS);
    if (((this.filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return 0;
    let i = h >>> this.shift;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) return this.masks[i] as number;
      if (k === -1) return 0;
      i = (i + 1) & this.slots;
    }
  }
}

function packKey(key: string): number {
  let packed = 0;
  for (let i = 0; i < key.length; i++) packed = (packed << 6) | key.charCodeAt(i);
  return packed;
}

function classKeysOf(text: string): Set<string> {
  const out = new Set<string>();
  const classes = [...text].map((ch) => String.fromCharCode(CLASS_OF[ch.charCodeAt(0)] ?? 0));
  for (let i = 0; i + KEY_LENGTH <= classes.length; i++) out.add(classes.slice(i, i + KEY_LENGTH).join(""));
  return out;
}

export interface LanguagePrefilter {
  /** Bit i set: pattern i may match `text` (lower-cased, normalised), whatever its script. */
  candidates(text: string): number;
}

/**
 * What a prefilter is made of, as plain data (JSON): the patterns that always run, those that
 * run on any text with a character outside ASCII, and for keys of three, four and five
 * characters the flat pairs key, mask. The costly part (each pattern parsed and its keys
 * worked out, ~0.15 s); a process may read these from a file written by the build instead
 * (server/src/packs/engine-tables-cache.ts).
 */
export interface PrefilterTables {
  always: number;
  nonAscii: number;
  pairs: [number[], number[], number[]];
}

/** Builds the prefilter for up to 31 global patterns; bit i of a result stands for patterns[i]. */
export function compilePrefilter(patterns: readonly RegExp[]): LanguagePrefilter {
  return prefilterFrom(prefilterTables(patterns));
}

/** The tables of the prefilter for `patterns` (compilePrefilter's costly half). */
export function prefilterTables(patterns: readonly RegExp[]): PrefilterTables {
  const common = classKeysOf(COMMON_TEXT);
  const byLength = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  let always = 0;
  /** Patterns with an alternative made only of characters outside ASCII: they run on texts with one. */
  let nonAscii = 0;
  patterns.forEach((pattern, i) => {
    const bit = 1 << i;
    // Only plain global patterns are understood; anything else always runs.
    if (pattern.flags !== "g") {
      always |= bit;
      return;
    }
    const tree = charTree(pattern.source);
    if (tree === null) {
      always |= bit;
      return;
    }
    for (const sequence of flatAlternatives(tree)) {
      const keys = requiredKeys(withBoundaries(toClasses(sequence)), common);
      if (keys === null) {
        // Too short to key ("🖕" is two code units): runs on every text that could hold it.
        if (consumesOnlyNonAscii(sequence)) nonAscii |= bit;
        else {
          always |= bit;
          return;
        }
        continue;
      }
      for (const key of keys) {
        const table = byLength[key.length - 3] as Map<number, number>;
        const packed = packKey(key);
        table.set(packed, (table.get(packed) ?? 0) | bit);
      }
    }
  });
  const pairs = byLength.map((entries) => [...entries].flat()) as PrefilterTables["pairs"];
  return { always, nonAscii, pairs };
}

/** A prefilter from its tables (cheap: three hash tables filled). */
export function prefilterFrom(tables: PrefilterTables): LanguagePrefilter {
  const { always, nonAscii } = tables;
  const byLength = tables.pairs.map((flat) => {
    const entries = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) entries.set(flat[i] as number, flat[i + 1] as number);
    return entries;
  });
  const [three, four, five] = byLength.map((entries) => ({
    any: entries.size > 0,
    table: new KeyTable(entries),
  })) as [
    { any: boolean; table: KeyTable },
    { any: boolean; table: KeyTable },
    { any: boolean; table: KeyTable },
  ];

  function candidates(text: string): number {
    let mask = always;
    let beyondAscii = false;
    // The text between two edges, each a character of class 0.
    let window = 0;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      let cls = EDGE;
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) cls = CLASS_OF[c] as number;
        else {
          cls = 57 + (c % 7);
          beyondAscii = true;
        }
      }
      window = ((window << 6) | cls) & 0x3fffffff;
      // i + 1 edge-delimited characters seen so far: the edge before the text counts as one.
      if (i >= 1 && three.any) mask |= three.table.get(window & 0x3ffff);
      if (i >= 2 && four.any) mask |= four.table.get(window & 0xffffff);
      if (i >= 3) mask |= five.table.get(window);
    }
    return beyondAscii ? mask | nonAscii : mask;
  }

  return { candidates };
}
