import { foldEach, foldPhrase } from "./fold.js";

/** Longer than any phrase in folded code units (checked when the tables are built). */
const RING = 256;
/** Original spans of the last folded code units, reused: matching is synchronous. */
const RING_STARTS = new Int32Array(RING);
const RING_ENDS = new Int32Array(RING);

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
    const starts = RING_STARTS;
    const ends = RING_ENDS;
    const ring = RING;
    let n = 0;
    let state = 0;
    let steps = 0;
    foldEach(text, (code, start, end) => {
      starts[n % ring] = start;
      ends[n % ring] = end;
      n++;
      for (;;) {
        steps++;
        if (state === 0) {
          state = this.rootNext[code] as number;
          break;
        }
        const to = (this.next[state] as Map<number, number>).get(code);
        if (to !== undefined) {
          state = to;
          break;
        }
        state = this.fail[state] as number;
      }
      const out = this.outputs[state] as readonly number[];
      for (const entry of out) {
        const length = this.lengths[entry] as number;
        const first = n - length + (this.lead[entry] ? 1 : 0);
        const last = n - 1 - (this.trail[entry] ? 1 : 0);
        hits.push({ entry, start: starts[first % ring] as number, end: ends[last % ring] as number });
      }
    });
    if (work) work.steps += steps;
    return hits;
  }
}
