/**
 * Shared by the linear-time tests: they compare the best of several runs at two input sizes,
 * so a busy machine slows both sizes alike and the ratio still says whether the work is linear.
 */

/** The fastest of `times` runs, in milliseconds. */
export function fastest(run: () => void, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** `unit` repeated and cut to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
