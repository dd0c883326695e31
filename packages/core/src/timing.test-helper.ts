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
