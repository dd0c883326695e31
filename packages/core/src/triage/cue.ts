import { requiredLiterals } from "../regex/required-literals.js";
import { LiteralScanner } from "./literal-scan.js";

/** A cue: [id, regular-expression source over lower-cased text, weight]. Weight 2 decides alone; 1 needs company. */
export type Cue = readonly [id: string, source: string, weight: number];
export type CueList = readonly Cue[];

export interface CueHit {
  cue: string;
  start: number;
  end: number;
  weight: number;
}

export interface CompiledCues {
  readonly ids: readonly string[];
  readonly weights: readonly number[];
  readonly regex: RegExp;
  /** Each cue's own regex, for matching only the cues the prefilter leaves in. */
  readonly single: readonly RegExp[];
  /** Per cue, strings one of which every match contains; null where the cue must always run. */
  readonly literals: readonly (readonly string[] | null)[];
}

/**
 * The capturing groups of a pattern source read without the "u" or "v" flag, counted from its
 * text: "(" unescaped, outside a class, and not "(?" unless it names the group ("(?<name>").
 * Counted by executing `source|` on "", as it was, it compiled every cue's regex once more at start
 * (~0.5 s of CPU for triage's 526 cues), a regex that was never used again.
 */
export function captureGroups(source: string): number {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x5c)
      i++; // "\": the next character is escaped
    else if (inClass)
      inClass = code !== 0x5d; // a class ends at its first unescaped "]"
    else if (code === 0x5b) inClass = true;
    else if (code === 0x28) {
      if (source.charCodeAt(i + 1) !== 0x3f) groups++;
      else if (source.charCodeAt(i + 2) === 0x3c) {
        const after = source.charCodeAt(i + 3);
        if (after !== 0x3d && after !== 0x21) groups++; // "(?<=" and "(?<!" look behind
      }
    }
  }
  return groups;
}

/** All of a category's cues in one regex, one capture group per cue, compiled once per process. */
export function compileCues(cues: CueList, flags = "g"): CompiledCues {
  for (const [id, source] of cues) {
    // Cue group numbers identify the cue, so a cue may not add capture groups of its own.
    const groups = captureGroups(source);
    if (groups !== 0) throw new Error(`cue ${id} has ${groups} capture group(s); use (?:…)`);
  }
  // Strong cues first: where two cues match at the same place, the alternation keeps the first,
  // and a weak cue must never hide a decisive one.
  cues = [...cues].sort((a, b) => b[2] - a[2]);
  return {
    ids: cues.map((c) => c[0]),
    weights: cues.map((c) => c[2]),
    regex: new RegExp(cues.map((c) => `(${c[1]})`).join("|"), flags),
    single: cues.map((c) => new RegExp(c[1], flags.includes("g") ? flags : `${flags}g`)),
    literals: cues.map((c) => (/[imsuyv]/.test(flags) ? null : literalsOf(c[1]))),
  };
}

/** A cue's source and the literals requiredLiterals gives for it, as the build's file holds them. */
export type CueLiterals = readonly (readonly [source: string, literals: readonly string[] | null])[];

/** Where literals worked out earlier are read from, on the first compileCues after useCueLiterals. */
let readCueLiterals: (() => CueLiterals | undefined) | undefined;
let knownLiterals: Map<string, readonly string[] | null> | undefined;
/** Every source's literals this process has, for cueLiterals(). */
const literalsBySource = new Map<string, readonly string[] | null>();

/**
 * Uses literals worked out earlier (a file the build writes, server/src/triage/triage-tables-cache.ts)
 * for the sources it lists: requiredLiterals parses each cue's pattern, ~0.25 s of CPU for
 * triage's 526 cues at the start of every process that triages. A source not listed is
 * worked out as before, so a stale file costs time, never a wrong prefilter.
 */
export function useCueLiterals(read: () => CueLiterals | undefined): void {
  readCueLiterals = read;
  knownLiterals = undefined;
}

/** The literals of every cue compiled so far in this process (what useCueLiterals reads back). */
export function cueLiterals(): CueLiterals {
  return [...literalsBySource];
}

function literalsOf(source: string): readonly string[] | null {
  if (readCueLiterals) {
    const read = readCueLiterals;
    readCueLiterals = undefined;
    knownLiterals = new Map(read() ?? []);
  }
  let literals = knownLiterals?.get(source);
  if (literals === undefined) literals = requiredLiterals(source);
  literalsBySource.set(source, literals);
  return literals;
}

/**
 * Which cues could match a text: one scan for the literals of every cue of
 * several lists. A cue none of whose literals occurs cannot match anywhere, so
 * leaving it out of the alternation changes no match of the others.
 */
export class CuePrefilter {
  private readonly offsets = new Map<CompiledCues, number>();
  private readonly always: Uint8Array;
  private readonly scanner: LiteralScanner;
  private readonly found: Uint8Array;
  private readonly candidates: CueCandidates;

  constructor(lists: readonly CompiledCues[]) {
    let total = 0;
    for (const list of lists) {
      this.offsets.set(list, total);
      total += list.ids.length;
    }
    this.always = new Uint8Array(total);
    const byLiteral = new Map<string, number[]>();
    for (const list of lists) {
      const offset = this.offsets.get(list) as number;
      list.literals.forEach((literals, i) => {
        if (!literals) this.always[offset + i] = 1;
        else for (const l of literals) byLiteral.set(l, [...(byLiteral.get(l) ?? []), offset + i]);
      });
    }
    this.scanner = new LiteralScanner(byLiteral);
    this.found = new Uint8Array(total);
    this.candidates = { found: this.found, offsets: this.offsets };
  }

  /** The candidates of one text, valid until the next scan (one buffer, reused: triage is synchronous). */
  scan(lower: string): CueCandidates {
    this.found.set(this.always);
    this.scanner.scan(lower, this.found);
    return this.candidates;
  }
}

export interface CueCandidates {
  readonly found: Uint8Array;
  readonly offsets: ReadonlyMap<CompiledCues, number>;
}

/**
 * Cue hits in a text, as the category's one alternation finds them: leftmost
 * first, the first-listed cue where several match at the same place, scanning
 * on from the end of each match. With candidates, only the cues the prefilter
 * left in run, each on its own regex, merged in that same order.
 */
export function matchCues(compiled: CompiledCues, lower: string, candidates?: CueCandidates): CueHit[] {
  const offset = candidates?.offsets.get(compiled);
  if (!candidates || offset === undefined) return matchAll(compiled, lower);
  const cues: number[] = [];
  for (let i = 0; i < compiled.ids.length; i++) if (candidates.found[offset + i] === 1) cues.push(i);
  if (cues.length === 0) return [];
  return matchSome(compiled, lower, cues);
}

function matchAll(compiled: CompiledCues, lower: string): CueHit[] {
  const hits: CueHit[] = [];
  const re = compiled.regex;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        hits.push({
          cue: compiled.ids[g - 1] ?? "",
          start: m.index,
          end: m.index + m[0].length,
          weight: compiled.weights[g - 1] ?? 1,
        });
        break;
      }
    }
  }
  return hits;
}

/** The alternation's scan over a subset of its cues (in list order); see matchCues. */
function matchSome(compiled: CompiledCues, lower: string, cues: readonly number[]): CueHit[] {
  const hits: CueHit[] = [];
  const next: (RegExpExecArray | null)[] = cues.map((c) => {
    const re = compiled.single[c] as RegExp;
    re.lastIndex = 0;
    return re.exec(lower);
  });
  for (;;) {
    // A cue's next match is the leftmost at or after the scan position; ties go to the earlier cue.
    let best = -1;
    for (let k = 0; k < next.length; k++) {
      const m = next[k];
      if (m && (best < 0 || m.index < (next[best] as RegExpExecArray).index)) best = k;
    }
    if (best < 0) return hits;
    const m = next[best] as RegExpExecArray;
    const cue = cues[best] as number;
    let position: number;
    if (m[0].length === 0) position = m.index + 1;
    else {
      position = m.index + m[0].length;
      hits.push({
        cue: compiled.ids[cue] ?? "",
        start: m.index,
        end: position,
        weight: compiled.weights[cue] ?? 1,
      });
    }
    for (let k = 0; k < next.length; k++) {
      const other = next[k];
      if (other && other.index < position) {
        const re = compiled.single[cues[k] as number] as RegExp;
        re.lastIndex = position;
        next[k] = re.exec(lower);
      }
    }
  }
}

export function score(hits: readonly CueHit[]): number {
  let total = 0;
  for (const h of hits) total += h.weight;
  return total;
}
