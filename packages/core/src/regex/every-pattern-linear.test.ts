import { describe, expect, it } from "vitest";
import { fastest, repeatTo } from "../timing.test-helper.js";
import { corePatterns, type FoundPattern } from "./core-patterns.test-helper.js";
import { acceptedCharacters, literalPrefixes, matchingSamples } from "./generate.js";

/**
 * Every regular expression in core runs in linear time on the largest input, 100,000 characters
 * (issue 13 §1): the regex literals of every source file (private ones included), the RegExps in
 * every module's exports, every triage cue (alone and in its list's alternation) and every pattern
 * in the compiled packs. For each, from its regexpp syntax tree: long runs of each character it
 * accepts, its literal start repeated with nothing to finish it (alone and with a space), and a
 * match cut short by one character, repeated: the inputs that make a backtracking pattern
 * quadratic. Each runs as a global scan (every match, as the detectors loop) over 10,000 and
 * 100,000 characters; the larger may take at most 60 times the smaller (ten times the text: ten
 * times the work, with room for a loaded machine), or 150 ms, whichever is more. A quadratic
 * pattern takes 100 times as long, and the e-mail pattern of issue 13 took 22 s.
 */

const SMALL = 10_000;
const LARGE = 100_000;
const FLOOR_MS = 150;

/** Inputs built from the pattern, at most a couple of dozen. */
function adversarialUnits(re: RegExp, seed: number): string[] {
  const units = new Set<string>();
  for (const c of acceptedCharacters(re, 8)) units.add(c);
  for (const prefix of literalPrefixes(re).slice(0, 3)) {
    units.add(prefix);
    units.add(`${prefix} `);
  }
  for (const sample of matchingSamples(re, 2, seed, { tries: 200, frame: (s) => s })) {
    if (sample.length > 1) units.add(sample.slice(0, -1));
    units.add(`${sample} `);
  }
  return [...units].filter((u) => u !== "");
}

function scanAll(re: RegExp, text: string): number {
  let found = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found++;
    if (m[0] === "") re.lastIndex++;
  }
  return found;
}

interface Slow {
  where: string;
  pattern: string;
  unit: string;
  smallMs: number;
  largeMs: number;
}

function check(found: FoundPattern, seed: number): { inputs: number; slow: Slow[] } {
  const re = new RegExp(found.re.source, `${found.re.flags.replace(/[gy]/g, "")}g`);
  const slow: Slow[] = [];
  const units = adversarialUnits(found.re, seed);
  for (const unit of units) {
    const small = repeatTo(unit, SMALL);
    const large = repeatTo(unit, LARGE);
    // One run of each first; only a run over its budget is timed again, as the fastest of several.
    if (fastest(() => scanAll(re, large), 1) <= Math.max(60 * fastest(() => scanAll(re, small), 2), FLOOR_MS))
      continue;
    // Up to three rounds, each the fastest of several runs: a pause of the whole process (a
    // collection, another process on a loaded machine) does not last three rounds; quadratic work does.
    let smallMs = 0;
    let largeMs = 0;
    for (let round = 0; round < 3; round++) {
      smallMs = fastest(() => scanAll(re, small), 5);
      largeMs = fastest(() => scanAll(re, large), 3);
      if (largeMs <= Math.max(60 * smallMs, FLOOR_MS)) break;
    }
    if (largeMs > Math.max(60 * smallMs, FLOOR_MS))
      slow.push({ where: found.where, pattern: found.re.source.slice(0, 120), unit, smallMs, largeMs });
  }
  return { inputs: units.length, slow };
}

describe("every pattern in core runs in linear time on 100,000 characters", () => {
  it("finds no pattern over its linear budget on adversarial inputs", async () => {
    const patterns = await corePatterns();
    let inputs = 0;
    const slow: Slow[] = [];
    patterns.forEach((found, i) => {
      const result = check(found, i);
      inputs += result.inputs;
      slow.push(...result.slow);
    });
    console.log(
      `${patterns.length} patterns checked on ${inputs} adversarial inputs of 10,000 and 100,000 characters`,
    );
    expect(slow).toEqual([]);
    // Cues, lexicons, PII detectors, account and platform rules, packs: several hundred patterns.
    expect(patterns.length).toBeGreaterThanOrEqual(400);
    expect(inputs).toBeGreaterThanOrEqual(patterns.length * 5);
  }, 900_000);
});
