import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadPacks, type Pack, type PackSource, parsePack } from "@parapet/core";
import { PACKS_DIR } from "../repo-paths.js";

/** The repository's `packs/` directory. */
export function defaultPacksDir(): string {
  return PACKS_DIR;
}

/** Reads every `packs/<id>/pack.yaml` under `dir`. */
export function readPackSources(dir: string = defaultPacksDir()): PackSource[] {
  const root = resolve(dir, "..");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "pack.yaml")))
    .map((entry) => {
      const path = join(dir, entry.name, "pack.yaml");
      return { file: relative(root, path), source: readFileSync(path, "utf8") };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

const cache = new Map<string, ReadonlyMap<string, Pack>>();

/** Loads, validates and compiles the packs once per directory; an invalid pack fails the load. */
export function loadPacksFromDisk(dir: string = defaultPacksDir()): ReadonlyMap<string, Pack> {
  const key = resolve(dir);
  let packs = cache.get(key);
  if (!packs) {
    packs = loadPacks(readPackSources(key));
    cache.set(key, packs);
  }
  return packs;
}

/**
 * Validates a pack a trust writes itself. A pack that extends a shipped pack is
 * resolved against the shipped ones. Returns the compiled pack or throws AppError.
 */
export function validatePackFile(path: string, dir: string = defaultPacksDir()): Pack {
  const file = resolve(path);
  const source = readFileSync(file, "utf8");
  const own = parsePack(source, path);
  const shipped = readPackSources(dir).filter((s) => !s.file.endsWith(`${own.id}/pack.yaml`));
  const packs = loadPacks([...shipped, { file: path, source }]);
  const pack = packs.get(own.id);
  if (!pack) throw new Error(`pack ${own.id} did not load`);
  return pack;
}
