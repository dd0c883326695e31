/**
 * One pass over a text that reports which of many literal strings occur in it
 * (Aho–Corasick over UTF-16 code units). Each literal carries the ids of the
 * things it stands for; `scan` marks every id whose literal occurs.
 */
export class LiteralScanner {
  /** Code unit → letter; 0 for code units no literal contains. */
  private readonly letters = new Uint16Array(0x10000);
  private readonly alphabetSize: number;
  /** Goto edges in an open-addressed table: key state * alphabetSize + letter, value the next state. */
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly fail: Int32Array;
  /** Ids reported on reaching each state, including those of shorter literals that end there too. */
  private readonly output: (readonly number[] | undefined)[];

  constructor(literals: ReadonlyMap<string, readonly number[]>) {
    let size = 1;
    for (const literal of literals.keys()) {
      if (literal.length === 0) throw new Error("empty literal");
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.letters[code] === 0) this.letters[code] = size++;
      }
    }
    this.alphabetSize = size;
    const edges: Map<number, number>[] = [new Map()];
    const output: (number[] | undefined)[] = [undefined];
    for (const [literal, ids] of literals) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const letter = this.letters[literal.charCodeAt(i)] as number;
        const from = edges[state] as Map<number, number>;
        let to = from.get(letter);
        if (to === undefined) {
          to = edges.length;
          edges.push(new Map());
          output.push(undefined);
          from.set(letter, to);
        }
        state = to;
      }
      output[state] = [...new Set([...(output[state] ?? []), ...ids])];
    }
    const fail = new Int32Array(edges.length);
    // Breadth first: a state's failure link is the longest proper suffix that is also a prefix of some literal.
    const queue: number[] = [...(edges[0] as Map<number, number>).values()];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      for (const [letter, to] of edges[state] as Map<number, number>) {
        queue.push(to);
        let f = fail[state] as number;
        while (f !== 0 && !(edges[f] as Map<number, number>).has(letter)) f = fail[f] as number;
        const link = (edges[f] as Map<number, number>).get(letter) ?? 0;
        fail[to] = link;
        const inherited = output[link];
        if (inherited) output[to] = [...new Set([...(output[to] ?? []), ...inherited])];
      }
    }
    let edgeCount = 0;
    for (const e of edges) edgeCount += e.size;
    let capacity = 1;
    while (capacity < edgeCount * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    for (let state = 0; state < edges.length; state++)
      for (const [letter, to] of edges[state] as Map<number, number>) {
        const key = state * size + letter;
        let slot = hash(key) & this.mask;
        while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
        this.keys[slot] = key;
        this.values[slot] = to;
      }
    this.fail = fail;
    this.output = output;
  }

  private goto(state: number, letter: number): number {
    const key = state * this.alphabetSize + letter;
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot] as number;
      if (k === key) return this.values[slot] as number;
      if (k === -1) return -1;
    }
  }

  /** Sets found[id] = 1 for the ids of every literal that occurs in text. */
  scan(text: string, found: Uint8Array): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const letter = this.letters[text.charCodeAt(i)] as number;
      if (letter === 0) {
        state = 0;
        continue;
      }
      let to = this.goto(state, letter);
      while (to < 0 && state !== 0) {
        state = this.fail[state] as number;
        to = this.goto(state, letter);
      }
      state = Math.max(to, 0);
      const ids = this.output[state];
      if (ids) for (const id of ids) found[id] = 1;
    }
  }
}

function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 15;
}
