/** 32-bit FNV-1a over UTF-16 code units: the word hashes tokens.ts computes while it scans. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** A set of 32-bit hashes, open addressing: a few nanoseconds a probe, no allocation. */
export class HashSet {
  private table = new Int32Array(1024);
  private size = 0;
  private mask = 1023;

  add(h: number): void {
    const v = h === 0 ? 1 : h;
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    let i = Math.imul(v, 0x9e3779b1) >>> 0;
    for (;;) {
      const slot = i & this.mask;
      const cur = this.table[slot] as number;
      if (cur === v) return;
      if (cur === 0) {
        this.table[slot] = v;
        this.size++;
        return;
      }
      i = slot + 1;
    }
  }

  has(h: number): boolean {
    const v = h === 0 ? 1 : h;
    let i = Math.imul(v, 0x9e3779b1) >>> 0;
    for (;;) {
      const slot = i & this.mask;
      const cur = this.table[slot] as number;
      if (cur === v) return true;
      if (cur === 0) return false;
      i = slot + 1;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = this.table.length - 1;
    this.size = 0;
    for (const v of old) if (v !== 0) this.add(v);
  }
}
