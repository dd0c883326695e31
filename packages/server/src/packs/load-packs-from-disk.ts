import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  compilePack,
  type Pack,
  type PackSource,
  type ParsedPack,
  type ResolvedPack,
  resolvePack,
} from "@parapet/core/packs";
import { PACKS_DIR } from "../repo-paths.js";
import { loadEngineTables } from "./engine-tables-cache.js";
import { parsePackSources } from "./parsed-pack-cache.js";

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

/**
 * The packs in one directory: every file parsed, validated and resolved against
 * the pack it extends up front (an invalid pack fails the load), each compiled
 * only when first asked for. A compiled pack holds its phrase index, the costly
 * part of starting up and most of the memory a pack takes.
 */
export class PackDirectory {
  readonly #resolved: ReadonlyMap<string, ResolvedPack>;
  readonly #compiled = new Map<string, Pack>();

  constructor(sources: readonly PackSource[]) {
    const parsed = new Map<string, ParsedPack>();
    for (const pack of parsePackSources(sources)) parsed.set(pack.id, pack);
    this.#resolved = new Map([...parsed.keys()].sort().map((id) => [id, resolvePack(id, parsed)]));
  }

  ids(): string[] {
    return [...this.#resolved.keys()];
  }

  /** What a pack says about itself, without compiling it. */
  resolved(id: string): ResolvedPack | undefined {
    return this.#resolved.get(id);
  }

  compiled(id: string): Pack | undefined {
    let pack = this.#compiled.get(id);
    if (!pack) {
      const resolved = this.#resolved.get(id);
      if (!resolved) return undefined;
      // Whoever compiles a pack is about to check with it: the language tables from the build, if
      // current. Not when the directory is read: a server reads it before listening, and reading
      // the tables then delayed the first /healthz answer (docs/benchmarks.md, start-up).
      loadEngineTables();
      pack = compilePack(resolved);
      this.#compiled.set(id, pack);
    }
    return pack;
  }
}

const directories = new Map<string, PackDirectory>();
let shippedDirectory: PackDirectory | undefined;

/** The packs of a directory (the shipped `packs/` by default), read once. */
export function packDirectory(dir?: string): PackDirectory {
  // Asked on every /check and /triage request: the shipped directory skips path resolution.
  if (dir === undefined) {
    shippedDirectory ??= packDirectory(defaultPacksDir());
    return shippedDirectory;
  }
  const key = resolve(dir);
  let packs = directories.get(key);
  if (!packs) {
    packs = new PackDirectory(readPackSources(key));
    directories.set(key, packs);
  }
  return packs;
}
