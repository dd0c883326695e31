/**
 * A pattern as the language prefilter reasons about it: sequences of character sets,
 * groups, repeats and zero-width assertions, with every character set written out as
 * the UTF-16 code units it accepts in ASCII plus one probe per shared class beyond
 * ASCII (see language/prefilter.ts). Read from the regexpp syntax tree; null when the
 * pattern uses something this form cannot say (a backreference, the u or v flag's
 * properties), and the caller then always runs the pattern.
 */
import { type AST, parsePattern } from "./parse.js";

export type CharNode =
  | { readonly kind: "chars"; readonly codes: readonly number[] }
  | { readonly kind: "group"; readonly alternatives: readonly (readonly CharNode[])[] }
  | { readonly kind: "repeat"; readonly node: CharNode; readonly min: number; readonly max: number }
  | { readonly kind: "assert"; readonly source: string };

/** One code unit outside ASCII per shared class (classOf in the prefilter): what "." and [^…] stand for beyond ASCII. */
export const NON_ASCII_PROBES: readonly number[] = [0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86];
const ASCII = Array.from({ length: 128 }, (_, c) => c);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const WORD = [...range(48, 57), ...range(65, 90), 95, ...range(97, 122)];
const DIGIT = range(48, 57);
// JavaScript's \s also matches spaces outside ASCII (no-break, em, ideographic): those fall in the shared classes.
const SPACE = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
/** Any character but a line break: ASCII and, through their shared classes, every other code unit. */
const DOT = [...ASCII.filter((code) => code !== 10 && code !== 13), ...NON_ASCII_PROBES];

class Unsupported extends Error {}

/** Every code unit but the listed ones: the rest of ASCII, and every shared class beyond it. */
function complement(codes: readonly number[]): number[] {
  const listed = new Set(codes);
  return [...ASCII.filter((c) => !listed.has(c)), ...NON_ASCII_PROBES];
}

function setCodes(set: AST.CharacterSet): readonly number[] {
  switch (set.kind) {
    case "any":
      return DOT;
    case "digit":
      return set.negate ? complement(DIGIT) : DIGIT;
    case "space":
      return set.negate ? complement(SPACE) : SPACE;
    case "word":
      return set.negate ? complement(WORD) : WORD;
    default:
      throw new Unsupported(`\\p{${set.key}}`);
  }
}

function classCodes(node: AST.CharacterClass): number[] {
  const codes = new Set<number>();
  for (const e of node.elements) {
    if (e.type === "Character") codes.add(e.value);
    else if (e.type === "CharacterClassRange") for (const c of range(e.min.value, e.max.value)) codes.add(c);
    else if (e.type === "CharacterSet") for (const c of setCodes(e)) codes.add(c);
    else throw new Unsupported(e.type);
  }
  // A negated class matches every code unit outside ASCII that it does not list (none it lists here).
  return node.negate ? complement([...codes]) : [...codes];
}

function toNode(element: AST.Element): CharNode {
  switch (element.type) {
    case "Character":
      return { kind: "chars", codes: [element.value] };
    case "CharacterSet":
      return { kind: "chars", codes: setCodes(element) };
    case "CharacterClass":
      return { kind: "chars", codes: classCodes(element) };
    case "Assertion":
      return { kind: "assert", source: element.raw };
    case "Group":
    case "CapturingGroup":
      return { kind: "group", alternatives: element.alternatives.map(toSequence) };
    case "Quantifier":
      return { kind: "repeat", node: toNode(element.element), min: element.min, max: element.max };
    default:
      throw new Unsupported(element.type);
  }
}

function toSequence(alternative: AST.Alternative): CharNode[] {
  return alternative.elements.map(toNode);
}

/** The alternatives of a pattern read without the u or v flag, or null when they cannot be put in this form. */
export function charTree(source: string): CharNode[][] | null {
  const pattern = parsePattern(source);
  if (pattern === null) return null;
  try {
    return pattern.alternatives.map(toSequence);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
