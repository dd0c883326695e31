/**
 * Which literal strings must a regular expression's every match contain?
 * `requiredLiterals(source, flags)` returns a list such that any match of the source
 * (read case-sensitively) contains at least one of them, or null when it cannot promise
 * that (a match may contain none). The cue prefilter runs a cue's regex only when one of
 * its literals occurs in the text; null means the cue always runs, so anything this
 * analysis does not understand errs towards running the regex, never towards skipping it.
 */
import { type AST, parsePattern } from "./parse.js";

/** What one part of a pattern can match. */
interface Info {
  /** Every string the part can match, when that set is small and known. */
  exact: string[] | null;
  /** Strings one of which every match contains; null when there is no such promise. */
  any: string[] | null;
}

const MAX_EXACT = 256;
/** Literals are cut to this many code units: any longer one is rare enough, and the scanner stays small. */
export const LITERAL_LENGTH = 12;
/** A class of more characters than this promises nothing: listing them would make the scanner large. */
const MAX_CLASS_RANGE = 32;
const UNCONSTRAINED: Info = { exact: null, any: null };
const EMPTY: Info = { exact: [""], any: null };

/** A construct the analysis does not reason about: the whole pattern then always runs. */
class Unsupported extends Error {}

/** An "any" list promises nothing if it holds the empty string. */
function anyOf(info: Info): string[] | null {
  const list = info.exact ?? info.any;
  if (!list || list.length === 0 || list.includes("")) return null;
  return list;
}

/** Letters and digits make a literal rare; spaces and punctuation ("; a", " the") occur everywhere. */
function rarity(literal: string): number {
  let n = 0;
  for (let i = 0; i < literal.length && i < LITERAL_LENGTH; i++) {
    const code = literal.charCodeAt(i);
    // Any non-ASCII code unit counts as a letter: this only ranks candidate lists, every list is correct.
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) n++;
    else if ((code >= 0x30 && code <= 0x39) || code >= 0x80) n++;
  }
  return n;
}

const leastRarity = new WeakMap<string[], number>();
function minRarity(list: string[]): number {
  let r = leastRarity.get(list);
  if (r === undefined) {
    r = Number.POSITIVE_INFINITY;
    for (const s of list) r = Math.min(r, rarity(s));
    leastRarity.set(list, r);
  }
  return r;
}

/**
 * The list whose least rare literal is rarer (letters and digits counted up to
 * the length literals are cut to), then fewer literals (a smaller scanner).
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = minRarity(a);
  const minB = minRarity(b);
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function concat(parts: Info[]): Info {
  let run: string[] = [""];
  let best: string[] | null = null;
  let split = false;
  for (const part of parts) {
    if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
      const next: string[] = [];
      for (const a of run) for (const b of part.exact) next.push(a + b);
      run = unique(next);
      continue;
    }
    // The product is unknown or too large: keep the run so far as a candidate and start a new one.
    split = true;
    best = better(best, anyOf({ exact: run, any: null }));
    best = better(best, anyOf(part));
    run = part.exact ? [...part.exact] : [""];
  }
  if (!split) return { exact: run, any: null };
  return { exact: null, any: better(best, anyOf({ exact: run, any: null })) };
}

function alternate(alternatives: Info[]): Info {
  if (alternatives.every((a) => a.exact)) {
    const all = unique(alternatives.flatMap((a) => a.exact ?? []));
    if (all.length <= MAX_EXACT) return { exact: all, any: null };
  }
  const any: string[] = [];
  for (const a of alternatives) {
    const list = anyOf(a);
    if (!list) return UNCONSTRAINED;
    any.push(...list);
  }
  return { exact: null, any: unique(any) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return info;
  if (min === 0 && max === 1)
    return info.exact ? { exact: unique(["", ...info.exact]), any: null } : UNCONSTRAINED;
  if (min === 0) return UNCONSTRAINED;
  if (info.exact && min === max) return concat(Array.from({ length: min }, () => info));
  // At least one copy: whatever one copy must contain, the whole must too.
  return { exact: null, any: anyOf(info) };
}

const DIGITS = "0123456789".split("");

function alternation(alternatives: readonly AST.Alternative[]): Info {
  const infos = alternatives.map(sequence);
  return infos.length === 1 ? (infos[0] as Info) : alternate(infos);
}

function sequence(alternative: AST.Alternative): Info {
  const parts: Info[] = [];
  for (const element of alternative.elements) {
    const part = elementInfo(element);
    const last = parts[parts.length - 1];
    // Runs of plain characters join into one string here, so the products in concat stay short.
    if (last?.exact?.length === 1 && part.exact?.length === 1)
      last.exact = [`${last.exact[0]}${part.exact[0]}`];
    else parts.push(part.exact ? { exact: [...part.exact], any: null } : part);
  }
  return parts.length === 0 ? EMPTY : concat(parts);
}

function elementInfo(element: AST.Element): Info {
  switch (element.type) {
    case "Character":
      return { exact: [String.fromCodePoint(element.value)], any: null };
    case "CharacterSet":
      // \d is ten digits; ".", \w, \s, their negations and \p{…} are too wide to list.
      return element.kind === "digit" && !element.negate ? { exact: [...DIGITS], any: null } : UNCONSTRAINED;
    case "CharacterClass":
      return characterClass(element);
    case "Assertion":
      // ^, $, \b, \B and look-arounds match no characters of their own; ignoring a look-around's
      // condition only loosens the promise.
      return EMPTY;
    case "Group":
      return alternation(element.alternatives);
    case "CapturingGroup":
      // Named groups were never part of a cue: treated as unknown, the pattern always runs.
      if (element.name !== null) throw new Unsupported("named group");
      return alternation(element.alternatives);
    case "Quantifier":
      return repeat(elementInfo(element.element), element.min, element.max);
    default:
      // A backreference (or anything newer than this analysis): what it matches is not known here.
      throw new Unsupported(element.type);
  }
}

/** A class of a few listed characters is an exact set; anything wider promises nothing. */
function characterClass(node: AST.CharacterClass): Info {
  if (node.negate) return UNCONSTRAINED;
  const chars = new Set<string>();
  for (const e of node.elements) {
    if (e.type === "Character") chars.add(String.fromCodePoint(e.value));
    else if (e.type === "CharacterClassRange") {
      if (e.max.value - e.min.value > MAX_CLASS_RANGE) return UNCONSTRAINED;
      for (let k = e.min.value; k <= e.max.value; k++) chars.add(String.fromCodePoint(k));
    } else return UNCONSTRAINED; // \d, \w, \p{…}, nested classes and strings (the v flag)
  }
  return chars.size === 0 ? UNCONSTRAINED : { exact: [...chars], any: null };
}

/** A literal that contains another of the same list adds nothing: the shorter one occurs too. */
function minimal(literals: readonly string[]): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

export function requiredLiterals(source: string, flags = ""): string[] | null {
  const pattern = parsePattern(source, flags);
  if (pattern === null) return null;
  try {
    const literals = anyOf(alternation(pattern.alternatives));
    return literals && minimal(literals.map((l) => l.slice(0, LITERAL_LENGTH)));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
