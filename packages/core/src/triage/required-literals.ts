/**
 * Which literal strings must a regular expression's every match contain?
 * `requiredLiterals(source)` returns a list such that any match of the source
 * (case-sensitive, no flags but "g") contains at least one of them, or null when
 * it cannot promise that (a match may contain none). The cue prefilter runs a
 * cue's regex only when one of its literals occurs in the text; null means the
 * cue always runs, so anything this parser does not understand errs towards
 * running the regex, never towards skipping it.
 */

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
const UNCONSTRAINED: Info = { exact: null, any: null };
const EMPTY: Info = { exact: [""], any: null };

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

const HEX = /^[0-9a-fA-F]+$/;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives.length === 1 ? (alternatives[0] as Info) : alternate(alternatives);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) {
      const part = this.quantified(this.atom());
      const last = parts[parts.length - 1];
      // Runs of plain characters join into one string here, so the products below stay short.
      if (last?.exact?.length === 1 && part.exact?.length === 1)
        last.exact = [`${last.exact[0]}${part.exact[0]}`];
      else parts.push(part.exact ? { exact: [...part.exact], any: null } : part);
    }
    return parts.length === 0 ? EMPTY : concat(parts);
  }

  private quantified(atom: Info): Info {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported("bad {");
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === "?") this.i++; // lazy: same set of possible matches
    return this.quantified(repeat(atom, min, max));
  }

  private atom(): Info {
    const c = this.src[this.i++];
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case "\\":
        return this.escape();
      case "^":
      case "$":
        return EMPTY;
      case ".":
        return UNCONSTRAINED;
      case "*":
      case "+":
      case "?":
      case "{":
      case "}":
      case "]":
      case ")":
      case undefined:
        throw new Unsupported(`unexpected ${c}`);
      default:
        return { exact: [c], any: null };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.peek() === "?") {
      const kind = this.src.slice(this.i, this.i + 3);
      if (kind.startsWith("?:")) this.i += 2;
      else if (kind.startsWith("?=") || kind.startsWith("?!")) {
        this.i += 2;
        lookaround = true;
      } else if (kind === "?<=" || kind === "?<!") {
        this.i += 3;
        lookaround = true;
      } else throw new Unsupported("named or unknown group");
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ")") throw new Unsupported("unclosed group");
    // A lookaround matches no characters of its own; ignoring its condition only loosens the promise.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if (c === "b" || c === "B") return EMPTY;
    if (c === "d") return { exact: "0123456789".split(""), any: null };
    if ("wWDsS".includes(c)) return UNCONSTRAINED;
    if (c === "p" || c === "P") {
      const end = this.src.indexOf("}", this.i);
      if (this.src[this.i] !== "{" || end < 0) throw new Unsupported("bad \\p");
      this.i = end + 1;
      return UNCONSTRAINED;
    }
    const simple: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", "0": "\0" };
    if (simple[c] !== undefined) return { exact: [simple[c] as string], any: null };
    if (c === "u" || c === "x") {
      const hex = this.src.slice(this.i, this.i + (c === "u" ? 4 : 2));
      if (!HEX.test(hex) || hex.length !== (c === "u" ? 4 : 2)) throw new Unsupported("bad hex escape");
      this.i += hex.length;
      return { exact: [String.fromCharCode(Number.parseInt(hex, 16))], any: null };
    }
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`escape \\${c}`);
    return { exact: [c], any: null };
  }

  /** A class of a few listed characters is an exact set; anything wider promises nothing. */
  private charClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.i++;
    const chars = new Set<string>();
    let wide = false;
    let first = true;
    for (;;) {
      let c = this.src[this.i++];
      if (c === undefined) throw new Unsupported("unclosed class");
      if (c === "]" && !first) break;
      first = false;
      if (c === "\\") {
        const e = this.src[this.i++];
        if (e === undefined) throw new Unsupported("bad class escape");
        if ("dDwWsSpP".includes(e)) {
          if (e === "p" || e === "P") this.i = this.src.indexOf("}", this.i) + 1;
          wide = true;
          continue;
        }
        if (e === "u" || e === "x") {
          const hex = this.src.slice(this.i, this.i + (e === "u" ? 4 : 2));
          if (!HEX.test(hex)) throw new Unsupported("bad class hex");
          this.i += hex.length;
          c = String.fromCharCode(Number.parseInt(hex, 16));
        } else if (/[A-Za-z0-9]/.test(e)) {
          const simple: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v" };
          if (simple[e] === undefined) throw new Unsupported(`class escape \\${e}`);
          c = simple[e] as string;
        } else c = e;
      }
      if (this.peek() === "-" && this.src[this.i + 1] !== "]" && this.src[this.i + 1] !== undefined) {
        this.i++;
        let to = this.src[this.i++] as string;
        if (to === "\\") {
          const e = this.src[this.i++] as string;
          if (e === "u" || e === "x") {
            const hex = this.src.slice(this.i, this.i + (e === "u" ? 4 : 2));
            this.i += hex.length;
            to = String.fromCharCode(Number.parseInt(hex, 16));
          } else if (/[A-Za-z0-9]/.test(e)) throw new Unsupported("class range escape");
          else to = e;
        }
        const from = c.charCodeAt(0);
        const end = to.charCodeAt(0);
        if (end - from > 32) wide = true;
        else for (let k = from; k <= end; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      chars.add(c);
    }
    if (negated || wide || chars.size === 0) return UNCONSTRAINED;
    return { exact: [...chars], any: null };
  }
}

/** A literal that contains another of the same list adds nothing: the shorter one occurs too. */
function minimal(literals: readonly string[]): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

export function requiredLiterals(source: string): string[] | null {
  try {
    const literals = anyOf(new Parser(source).parse());
    return literals && minimal(literals.map((l) => l.slice(0, LITERAL_LENGTH)));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
