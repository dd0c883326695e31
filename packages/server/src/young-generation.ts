import { setFlagsFromString } from "node:v8";

/**
 * V8's young generation (where new objects are allocated) starts at 1 MB a half and doubles each
 * time many of its objects survive a collection, up to 16 MB a half. Starting a server is nearly all
 * survivors (code, parsed packs, the schema of every route), so by the time it listens the young
 * generation has grown to 32 MB that an idle server never uses again: 30 of the ~230 MB a server
 * nobody has opened held (docs/benchmarks.md, 4 December, branch u1). Held at its starting size
 * while the server starts and until someone uses it, then free to grow again for the requests'
 * short-lived garbage, which is what the larger size is for.
 *
 * `--semi-space-growth-factor` is read at each collection, so setting it at run time takes effect
 * (the maximum size, `--max-semi-space-size`, is fixed when the heap is made and cannot be).
 * Process-wide: packages/cli/bin/parapet.js holds it (before the bundle loads, which is when most
 * of the growth happened) only for `parapet serve` and `start`; the server's first request other
 * than a health probe releases it here.
 */
const V8_DEFAULT_GROWTH_FACTOR = 2;

export function releaseYoungGeneration(): void {
  setFlagsFromString(`--semi-space-growth-factor=${V8_DEFAULT_GROWTH_FACTOR}`);
}
