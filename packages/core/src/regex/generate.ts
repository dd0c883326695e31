/**
 * Strings built from a pattern's syntax tree, for tests: samples of what it matches, and
 * the adversarial inputs of issue 13 §1 (long runs of each character it accepts, its
 * literal prefix repeated with nothing to finish it). Pure and seeded, so a failing case
 * can be replayed.
 */
import { RegExpParser } from "@eslint-community/regexpp";
import { getLongestPrefix, toUnicodeSet } from "regexp-ast-analysis";
import { type AST, parsePattern } from "./parse.js";

type CharsElement = AST.Character | AST.CharacterSet | AST.CharacterClass;
type Flags = AST.Flags;

const flagParser = new RegExpParser({ ecmaVersion: 2025 });

export function flagsOf(flags: string): Flags {
  return flagParser.parseFlags(flags);
}

/** A small seeded generator (mulberry32): the same seed, the same samples. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Range {
  readonly min: number;
  readonly max: number;
}

function rangesOf(element: CharsElement, flags: Flags): readonly Range[] {
  return toUnicodeSet(element, flags).chars.ranges;
}

/** Printable ASCII first (what posts are mostly made of), then anything the set holds. */
const PREFERRED: readonly Range[] = [
  { min: 0x61, max: 0x7a },
  { min: 0x20, max: 0x7e },
];

function intersect(ranges: readonly Range[], within: Range): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const min = Math.max(r.min, within.min);
    const max = Math.min(r.max, within.max);
    if (min <= max) out.push({ min, max });
  }
  return out;
}

function pick(ranges: readonly Range[], random: () => number): number | null {
  // A space often, where the set allows one: gaps between words then keep their word boundaries.
  if (random() < 0.4 && ranges.some((r) => r.min <= 0x20 && 0x20 <= r.max)) return 0x20;
  let pool: readonly Range[] = ranges;
  // Mostly printable ASCII when the set has some, sometimes anything it accepts.
  if (random() < 0.85)
    for (const within of PREFERRED) {
      const inside = intersect(ranges, within);
      if (inside.length > 0) {
        pool = inside;
        break;
      }
    }
  if (pool.length === 0) return null;
  const r = pool[Math.floor(random() * pool.length)] as Range;
  return r.min + Math.floor(random() * (r.max - r.min + 1));
}

/**
 * One string along a random path through the pattern: assertions are skipped (the caller keeps
 * only samples the real regex matches), repeats go a few times past their minimum.
 */
export function sampleAlong(pattern: AST.Pattern, flags: Flags, random: () => number): string {
  const captured = new Map<AST.CapturingGroup, string>();
  const walk = (element: AST.Element): string => {
    switch (element.type) {
      case "Character":
      case "CharacterSet":
      case "CharacterClass": {
        const c = pick(rangesOf(element, flags), random);
        return c === null ? "" : String.fromCodePoint(c);
      }
      case "Group":
      case "CapturingGroup": {
        const alternative = element.alternatives[Math.floor(random() * element.alternatives.length)];
        const text = alternative ? alternative.elements.map(walk).join("") : "";
        if (element.type === "CapturingGroup") captured.set(element, text);
        return text;
      }
      case "Quantifier": {
        // Half the time the fewest repeats (a gap left empty keeps word boundaries), else a few more.
        const extra = Math.min(element.max - element.min, 3);
        const times = random() < 0.5 ? element.min : element.min + Math.floor(random() * (extra + 1));
        let out = "";
        for (let i = 0; i < times; i++) out += walk(element.element);
        return out;
      }
      case "Backreference": {
        const refs = Array.isArray(element.resolved) ? element.resolved : [element.resolved];
        return refs.map((g) => captured.get(g as AST.CapturingGroup) ?? "").join("");
      }
      case "Assertion":
        // A lookahead's text written out, half the time: right when it looks at what ends the match.
        if (element.kind === "lookahead" && !element.negate && random() < 0.5) {
          const alternative = element.alternatives[Math.floor(random() * element.alternatives.length)];
          return alternative ? alternative.elements.map(walk).join("") : "";
        }
        return "";
      default:
        return "";
    }
  };
  const alternative = pattern.alternatives[Math.floor(random() * pattern.alternatives.length)];
  return alternative ? alternative.elements.map(walk).join("") : "";
}

/**
 * Up to `wanted` texts that `re` matches, each a sample framed by `frame` (spaces by default, so
 * word boundaries and look-arounds for a non-letter hold), trying at most `tries` paths.
 */
export function matchingSamples(
  re: RegExp,
  wanted: number,
  seed: number,
  options: { tries?: number; frame?: (sample: string, random: () => number) => string } = {},
): string[] {
  const pattern = parsePattern(re.source, re.flags);
  if (pattern === null) return [];
  const flags = flagsOf(re.flags);
  const random = seededRandom(seed);
  const tester = new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
  const frame = options.frame ?? ((s: string) => ` ${s} `);
  const out: string[] = [];
  for (let i = 0; i < (options.tries ?? 2_000) && out.length < wanted; i++) {
    const text = frame(sampleAlong(pattern, flags, random), random);
    if (tester.test(text)) out.push(text);
  }
  return out;
}

/** One character from each character set the pattern can consume, those under a repeat first. */
export function acceptedCharacters(re: RegExp, limit: number): string[] {
  const pattern = parsePattern(re.source, re.flags);
  if (pattern === null) return [];
  const flags = flagsOf(re.flags);
  const repeated: CharsElement[] = [];
  const once: CharsElement[] = [];
  const visit = (element: AST.Element, underRepeat: boolean): void => {
    switch (element.type) {
      case "Character":
      case "CharacterSet":
      case "CharacterClass":
        (underRepeat ? repeated : once).push(element);
        return;
      case "Group":
      case "CapturingGroup":
      case "Assertion":
        if ("alternatives" in element)
          for (const a of element.alternatives) for (const e of a.elements) visit(e, underRepeat);
        return;
      case "Quantifier":
        visit(element.element, underRepeat || element.max > 1);
        return;
      default:
        return;
    }
  };
  for (const a of pattern.alternatives) for (const e of a.elements) visit(e, false);
  const chars = new Set<string>();
  const random = seededRandom(7);
  for (const element of [...repeated, ...once]) {
    if (chars.size >= limit) break;
    const ranges = rangesOf(element, flags);
    // The first printable ASCII character of the set, else its first character.
    const ascii = intersect(ranges, { min: 0x20, max: 0x7e })[0];
    const first = ascii?.min ?? ranges[0]?.min;
    if (first !== undefined) chars.add(String.fromCodePoint(first));
    const other = pick(ranges, random);
    if (other !== null && chars.size < limit) chars.add(String.fromCodePoint(other));
  }
  return [...chars];
}

/** The characters every match of some alternative starts with, as far as they are known. */
export function literalPrefixes(re: RegExp): string[] {
  const pattern = parsePattern(re.source, re.flags);
  if (pattern === null) return [];
  const flags = flagsOf(re.flags);
  const out = new Set<string>();
  for (const alternative of pattern.alternatives) {
    const prefix = getLongestPrefix(alternative, "ltr", flags, { includeAfter: true });
    let text = "";
    for (const set of prefix) {
      const ascii = intersect(set.ranges, { min: 0x20, max: 0x7e })[0];
      const c = ascii?.min ?? set.ranges[0]?.min;
      if (c === undefined) break;
      text += String.fromCodePoint(c);
    }
    if (text !== "") out.add(text);
  }
  return [...out];
}
