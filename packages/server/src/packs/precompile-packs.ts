import { writeTriageTables } from "../triage/triage-tables-cache.js";
import { writeEngineTables } from "./engine-tables-cache.js";
import { PackDirectory, readPackSources } from "./load-packs-from-disk.js";
import { packCacheDir, parsePackSources } from "./parsed-pack-cache.js";

/**
 * Run by packages/cli/build.mjs as soon as it has written the bundle: the shipped packs, parsed
 * and validated, are written beside it (parsed-pack-cache.ts), so the build's output includes
 * them (and the language prefilter's tables, and each pack's phrase index) and even the first command after a build reads one JSON file instead of parsing YAML.
 * The file is keyed by a hash of every pack's content and of the code, so a pack edited after
 * the build is simply parsed again (and cached) by the next process. Returns the directory
 * written, or undefined when this code does not cache (run from the TypeScript sources).
 */
export function precompilePacks(): string | undefined {
  const dir = packCacheDir();
  if (dir) parsePackSources(readPackSources(), dir);
  // The language prefilter's tables and the lexicons' entries too (engine-tables-cache.ts).
  writeEngineTables();
  // And the triage cues' literals (triage/triage-tables-cache.ts).
  writeTriageTables();
  // And each pack's phrase index: compiling a pack writes it (engine-tables-cache.ts).
  if (dir) {
    const packs = new PackDirectory(readPackSources());
    for (const id of packs.ids()) packs.compiled(id);
  }
  return dir;
}
