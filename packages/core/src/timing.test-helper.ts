import { expect } from "vitest";

/**
 * Shared by the linear-time tests: they compare the best of several runs at two input sizes, and
 * the ratio says whether the work is linear. Each run is timed in CPU time, not wall time: on a
 * busy machine the process waits for a core between slices, which stretches wall time by however
 * many other processes there are (a ratio of wall times failed at load 30), while the CPU the work
 * itself takes stays the same.
 */

/** Milliseconds of CPU this process has used (user and system). */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of `times` runs, in milliseconds of CPU. */
export function fastest(run: () => void, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t0 = cpuMilliseconds();
    run();
    best = Math.min(best, cpuMilliseconds() - t0);
  }
  return best;
}

/** `unit` repeated and cut to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * Asserts that `run` takes about ten times as long on 100,000 characters of `unit` repeated as on
 * 10,000: a pattern that backtracks goes quadratic or worse and fails the bound by far.
 */
export function expectLinear(run: (text: string) => unknown, unit: string): void {
  const small = repeatTo(unit, 10_000);
  const large = repeatTo(unit, 100_000);
  run(small);
  const tSmall = fastest(() => run(small), 5);
  const tLarge = fastest(() => run(large), 3);
  expect(tLarge).toBeLessThan(Math.max(60 * tSmall, 400));
}
