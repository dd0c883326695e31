import { foldedTextBuffer, foldInto, foldPhrase } from "./fold.js";

/** Longer than any phrase in folded code units (checked when the tables are built). */
const RING = 256;
/** The folded text being matched, reused: matching is synchronous. */
const FOLDED = foldedTextBuffer();

/** A phrase found: which entry, and its span in the original text. */
export interface PhraseHit {
  readonly entry: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Many phrases, one pass (Aho-Corasick over folded code units): the work is linear in the text and
 * the number of hits, whatever the phrases, so hostile input up to the largest message costs the
 * same per character as a greeting. No regular expression runs on the text.
 */
export class PhraseMatcher {
  /** Transitions out of the root, dense: most characters of most messages start no phrase. */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Entries ending at a state, its own and those reached by failure links, flattened. */
  private outputs: (readonly number[])[] = [[]];
  /** Per entry: folded length, and whether the phrase begins or ends with a word-edge space. */
  private readonly lengths: number[] = [];
  private readonly lead: boolean[] = [];
  private readonly trail: boolean[] = [];
  /**
   * The transitions of `next` flattened for matching: state s's edges are edgeCodes/edgeTargets
   * [edgeStart[s], edgeStart[s + 1]), by code. A Map per state cost a hash probe per code unit.
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeCodes: Uint16Array;
  private readonly edgeTargets: Int32Array;

  constructor(phrases: readonly string[]) {
    const own: number[][] = [[]];
    phrases.forEach((phrase, entry) => {
      const folded = foldPhrase(phrase);
      if (folded.trim().length === 0) throw new Error(`empty phrase at entry ${entry}`);
      if (folded.length >= RING) throw new Error(`phrase at entry ${entry} is longer than ${RING - 1}`);
      this.lengths.push(folded.length);
      this.lead.push(folded.startsWith(" "));
      this.trail.push(folded.endsWith(" "));
      let state = 0;
      for (let i = 0; i < folded.length; i++) {
        const code = folded.charCodeAt(i);
        const edges = this.next[state] as Map<number, number>;
        let to = edges.get(code);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          own.push([]);
          edges.set(code, to);
        }
        state = to;
      }
      (own[state] as number[]).push(entry);
    });
    // Breadth first: a state's failure link is the longest proper suffix that is also a prefix.
    const queue: number[] = [];
    for (const [code, to] of this.next[0] as Map<number, number>) {
      this.rootNext[code] = to;
      queue.push(to);
    }
    this.outputs = own.map(() => []);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      this.outputs[state] = [
        ...(own[state] as number[]),
        ...(this.outputs[this.fail[state] as number] ?? []),
      ];
      for (const [code, to] of this.next[state] as Map<number, number>) {
        let f = this.fail[state] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(code)) f = this.fail[f] as number;
        const target =
          f === 0 ? this.rootNext[code] || 0 : ((this.next[f] as Map<number, number>).get(code) ?? 0);
        this.fail[to] = target === to ? 0 : target;
        queue.push(to);
      }
    }
    // Outputs were filled in breadth-first order, so each state's failure target was done first.
    this.edgeStart = new Int32Array(this.next.length + 1);
    let total = 0;
    for (const edges of this.next) total += edges.size;
    this.edgeCodes = new Uint16Array(total);
    this.edgeTargets = new Int32Array(total);
    let at = 0;
    this.next.forEach((edges, state) => {
      this.edgeStart[state] = at;
      // Most states have one edge or none: only the others need a sorted copy (this runs at start-up).
      const sorted = edges.size > 1 ? [...edges].sort((a, b) => a[0] - b[0]) : edges;
      for (const [code, to] of sorted) {
        this.edgeCodes[at] = code;
        this.edgeTargets[at] = to;
        at++;
      }
    });
    this.edgeStart[this.next.length] = at;
  }

  /** The state `code` leads to from `state` (not the root), or -1 when there is no edge. */
  private edge(state: number, code: number): number {
    const codes = this.edgeCodes;
    let lo = this.edgeStart[state] as number;
    let hi = (this.edgeStart[state + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid] as number;
      if (c === code) return this.edgeTargets[mid] as number;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** States the automaton has: a measure of the phrase tables' size. */
  get size(): number {
    return this.next.length;
  }

  /**
   * Every phrase occurrence in `text`, by end position. `work`, when given, counts the automaton's
   * steps (transitions and failure links followed), for tests that bound the work, not the clock.
   */
  match(text: string, work?: { steps: number }): PhraseHit[] {
    const hits: PhraseHit[] = [];
    foldInto(text, FOLDED);
    const { codes, starts, ends, length: n } = FOLDED;
    const { rootNext, fail, outputs, lengths, lead, trail } = this;
    let state = 0;
    let steps = 0;
    for (let k = 0; k < n; k++) {
      const code = codes[k] as number;
      for (;;) {
        steps++;
        if (state === 0) {
          state = rootNext[code] as number;
          break;
        }
        const to = this.edge(state, code);
        if (to !== -1) {
          state = to;
          break;
        }
        state = fail[state] as number;
      }
      const out = outputs[state] as readonly number[];
      for (let o = 0; o < out.length; o++) {
        const entry = out[o] as number;
        // k + 1 folded code units read so far; the phrase covers the last lengths[entry] of them.
        const first = k + 1 - (lengths[entry] as number) + (lead[entry] ? 1 : 0);
        const last = k - (trail[entry] ? 1 : 0);
        hits.push({ entry, start: starts[first] as number, end: ends[last] as number });
      }
    }
    if (work) work.steps += steps;
    return hits;
  }
}
