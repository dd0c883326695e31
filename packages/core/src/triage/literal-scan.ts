/** Fields of a state in LiteralScanner's packed node array (four slots: four states to a cache line). */
const NODE_SIZE = 4;
const NODE_ONLY = 0;
const NODE_ONLY_NEXT = 1;
const NODE_FAIL = 2;
const NODE_IDS_FROM = 3;

/**
 * One pass over a text that reports which of many literal strings occur in it
 * (Aho–Corasick over UTF-16 code units). Each literal carries the ids of the
 * things it stands for; `scan` marks every id whose literal occurs.
 */
export class LiteralScanner {
  /** Code unit → letter; 0 for code units no literal contains. */
  private readonly letters = new Uint16Array(0x10000);
  private readonly alphabetSize: number;
  /** Goto edges of deeper states, open-addressed: [key, next] pairs with key state * alphabetSize + letter. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /**
   * Per state (numbered breadth first), packed so one visit touches one cache line (NODE_* offsets): its
   * only edge's letter (0 for none, -1 for several, then see table) and target; its failure link; and where
   * the ids it reports (with those of shorter literals ending there) start in ids, up to the next state's.
   */
  private readonly node: Int32Array;
  /** States below this (the root and those one letter deep) have a full row of next states in rows. */
  private readonly shallow: number;
  private readonly rows: Int32Array;
  private readonly ids: Int32Array;

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
    // The trie: every edge in one map keyed state * size + letter, and each state's edges as [letter, next] pairs.
    const next = new Map<number, number>();
    const children: number[][] = [[]];
    const output: (number[] | undefined)[] = [undefined];
    for (const [literal, ids] of literals) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const letter = this.letters[literal.charCodeAt(i)] as number;
        let to = next.get(state * size + letter);
        if (to === undefined) {
          to = children.length;
          children.push([]);
          output.push(undefined);
          next.set(state * size + letter, to);
          (children[state] as number[]).push(letter, to);
        }
        state = to;
      }
      output[state] = [...new Set([...(output[state] ?? []), ...ids])];
    }
    const states = children.length;
    const fail = new Int32Array(states);
    // Breadth first: a state's failure link is the longest proper suffix that is also a prefix of some literal.
    const queue: number[] = [];
    const root = children[0] as number[];
    for (let c = 1; c < root.length; c += 2) queue.push(root[c] as number);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      const edges = children[state] as number[];
      for (let c = 0; c < edges.length; c += 2) {
        const letter = edges[c] as number;
        const to = edges[c + 1] as number;
        queue.push(to);
        let f = fail[state] as number;
        while (f !== 0 && !next.has(f * size + letter)) f = fail[f] as number;
        const link = next.get(f * size + letter) ?? 0;
        fail[to] = link;
        const inherited = output[link];
        if (inherited) output[to] = [...new Set([...(output[to] ?? []), ...inherited])];
      }
    }
    // States renumbered breadth first: the root and the states one letter deep (where a scan spends most
    // of its steps) come first and get full rows of next states, failures already followed.
    const order = [0, ...queue];
    const renumbered = new Int32Array(states);
    order.forEach((old, id) => {
      renumbered[old] = id;
    });
    this.shallow = 1 + root.length / 2;
    // Only states with several edges are looked up in the table; a single edge is kept with its state.
    let edgeCount = 0;
    for (const e of children) if (e.length > 2) edgeCount += e.length / 2;
    let capacity = 1;
    while (capacity < edgeCount * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = new Int32Array(capacity * 2).fill(-1);
    const node = new Int32Array((states + 1) * NODE_SIZE);
    const flat: number[] = [];
    order.forEach((old, id) => {
      const edges = children[old] as number[];
      const at = id * NODE_SIZE;
      node[at + NODE_FAIL] = renumbered[fail[old] as number] as number;
      node[at + NODE_IDS_FROM] = flat.length;
      flat.push(...(output[old] ?? []));
      if (edges.length === 2) {
        node[at + NODE_ONLY] = edges[0] as number;
        node[at + NODE_ONLY_NEXT] = renumbered[edges[1] as number] as number;
      }
      if (edges.length <= 2) return;
      node[at + NODE_ONLY] = -1;
      for (let c = 0; c < edges.length; c += 2) {
        const key = id * size + (edges[c] as number);
        let slot = hash(key) & this.mask;
        while (this.table[slot * 2] !== -1) slot = (slot + 1) & this.mask;
        this.table[slot * 2] = key;
        this.table[slot * 2 + 1] = renumbered[edges[c + 1] as number] as number;
      }
    });
    node[states * NODE_SIZE + NODE_IDS_FROM] = flat.length;
    this.ids = Int32Array.from(flat);
    this.node = node;
    this.rows = new Int32Array(this.shallow * size);
    // Root first: its row is the fallback every depth-1 state's failures end in.
    for (let id = 0; id < this.shallow; id++)
      for (let letter = 1; letter < size; letter++) {
        const to = next.get((order[id] as number) * size + letter);
        this.rows[id * size + letter] =
          to !== undefined ? (renumbered[to] as number) : id === 0 ? 0 : (this.rows[letter] as number);
      }
  }

  /** The edge of a state with several edges, or -1. */
  private edge(state: number, letter: number): number {
    const key = state * this.alphabetSize + letter;
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.table[slot * 2] as number;
      if (k === key) return this.table[slot * 2 + 1] as number;
      if (k === -1) return -1;
    }
  }

  /** Sets found[id] = 1 for the ids of every literal that occurs in text. */
  scan(text: string, found: Uint8Array): void {
    const { alphabetSize: size, letters, node, rows, ids, shallow } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const letter = letters[text.charCodeAt(i)] as number;
      if (letter === 0) {
        state = 0;
        continue;
      }
      // Deeper states follow their own edge or fail back until a state with a full row answers.
      while (state >= shallow) {
        const at = state * NODE_SIZE;
        const only = node[at + NODE_ONLY] as number;
        const next =
          only === letter ? (node[at + NODE_ONLY_NEXT] as number) : only < 0 ? this.edge(state, letter) : -1;
        if (next >= 0) {
          state = -1 - next;
          break;
        }
        state = node[at + NODE_FAIL] as number;
      }
      state = state < 0 ? -1 - state : (rows[state * size + letter] as number);
      const at = state * NODE_SIZE;
      const end = node[at + NODE_SIZE + NODE_IDS_FROM] as number;
      for (let k = node[at + NODE_IDS_FROM] as number; k < end; k++) found[ids[k] as number] = 1;
    }
  }
}

function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 15;
}
