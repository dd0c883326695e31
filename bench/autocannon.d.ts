// autocannon ships no types; the benchmarks use this much of it.
declare module "autocannon" {
  interface Result {
    requests: { total: number };
    non2xx: number;
    errors: number;
    latency: { p50: number; p90: number; p99: number; max: number };
  }
  function autocannon(options: Record<string, unknown>): Promise<Result>;
  export default autocannon;
}
