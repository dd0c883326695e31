import { describe, expect, it } from "vitest";
import { LEXICONS } from "./lexicons/index.js";
import {
  compileLexicons,
  type Entry,
  restoreLexicons,
  type SerialisedLexicons,
  serialiseLexicons,
} from "./word-index.js";

describe("the lexicon index from its build-time data", () => {
  const compiled = compileLexicons(LEXICONS);
  // Through JSON, as the build's file is written and read.
  const data = JSON.parse(JSON.stringify(serialiseLexicons(LEXICONS))) as SerialisedLexicons;

  it("holds every entry of the lexicons (not an empty or cut-short form)", () => {
    expect(data.words.length).toBeGreaterThan(5_000);
    expect(data.skeletons.length).toBeGreaterThan(100);
    expect(data.han.length).toBeGreaterThan(50);
    expect(data.langs).toEqual(LEXICONS.map((l) => l.lang));
  });

  it("restores the very indexes compileLexicons builds: same maps, same order, same gates", () => {
    expect(restoreLexicons(data)).toStrictEqual(compiled);
  });

  it("differs when an entry differs, so the comparison above can fail", () => {
    const flip = (row: readonly (string | number)[]): (string | number)[] => [
      row[0] as number,
      row[1] as number,
      1 - (row[2] as number),
      ...row.slice(3),
    ];
    const changed = { ...data, words: data.words.map((row, i) => (i === 0 ? flip(row) : row)) };
    expect(restoreLexicons(changed)).not.toStrictEqual(compiled);
  });

  it("gives the same lookups for words of several scripts and for stems", () => {
    const restored = restoreLexicons(data);
    let seen = 0;
    for (const [key] of compiled.words.keys()) {
      if (seen++ % 37 !== 0) continue;
      const a: Entry[] = [];
      const b: Entry[] = [];
      compiled.words.lookup(`${key}s`, a);
      restored.words.lookup(`${key}s`, b);
      expect(b).toStrictEqual(a);
    }
    expect(seen).toBeGreaterThan(5_000);
  });
});
