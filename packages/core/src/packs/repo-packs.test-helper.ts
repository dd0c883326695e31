// The repository's own packs (packs/*/pack.yaml), loaded as the CLI loads them, for the tests
// that check posts against them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Pack } from "./compile-pack.js";
import { loadPacks } from "./index.js";

const PACKS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../packs");

export function repoPacks(): ReadonlyMap<string, Pack> {
  return loadPacks(
    readdirSync(PACKS_DIR)
      .filter((d) => existsSync(join(PACKS_DIR, d, "pack.yaml")))
      .map((d) => ({
        file: `packs/${d}/pack.yaml`,
        source: readFileSync(join(PACKS_DIR, d, "pack.yaml"), "utf8"),
      })),
  );
}

/** One of the repository's packs by id; throws when there is none. */
export function repoPack(id: string, packs: ReadonlyMap<string, Pack> = repoPacks()): Pack {
  const pack = packs.get(id);
  if (!pack) throw new Error(`no pack ${id} in packs/`);
  return pack;
}
