import type { Pack } from "./compile-pack.js";
import { compilePack } from "./compile-pack.js";
import { type ParsedPack, parsePack } from "./parse-pack.js";
import { resolvePack } from "./resolve-pack.js";

export type { CompiledRule, Pack, PackSummary } from "./compile-pack.js";
export { compilePack, summarisePack } from "./compile-pack.js";
export * from "./pack.schema.js";
export type { ParsedPack } from "./parse-pack.js";
export { parsePack } from "./parse-pack.js";
export { type ResolvedPack, resolvePack } from "./resolve-pack.js";

/** One pack source: the YAML text and the name to report errors against. */
export interface PackSource {
  readonly file: string;
  readonly source: string;
}

/** Parses, resolves and compiles a set of pack files; any invalid pack fails the whole load. */
export function loadPacks(sources: readonly PackSource[]): ReadonlyMap<string, Pack> {
  const parsed = new Map<string, ParsedPack>();
  for (const s of sources) {
    const pack = parsePack(s.source, s.file);
    parsed.set(pack.id, pack);
  }
  const compiled = new Map<string, Pack>();
  for (const id of [...parsed.keys()].sort()) compiled.set(id, compilePack(resolvePack(id, parsed)));
  return compiled;
}
