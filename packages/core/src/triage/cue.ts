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
}

/** All of a category's cues in one regex, one capture group per cue, compiled once per process. */
export function compileCues(cues: CueList, flags = "g"): CompiledCues {
  for (const [id, source] of cues) {
    // Cue group numbers identify the cue, so a cue may not add capture groups of its own.
    const groups = (new RegExp(`${source}|`).exec("")?.length ?? 1) - 1;
    if (groups !== 0) throw new Error(`cue ${id} has ${groups} capture group(s); use (?:…)`);
  }
  // Strong cues first: where two cues match at the same place, the alternation keeps the first,
  // and a weak cue must never hide a decisive one.
  cues = [...cues].sort((a, b) => b[2] - a[2]);
  return {
    ids: cues.map((c) => c[0]),
    weights: cues.map((c) => c[2]),
    regex: new RegExp(cues.map((c) => `(${c[1]})`).join("|"), flags),
  };
}

export function matchCues(compiled: CompiledCues, lower: string): CueHit[] {
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

export function score(hits: readonly CueHit[]): number {
  let total = 0;
  for (const h of hits) total += h.weight;
  return total;
}
