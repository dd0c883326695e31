import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { AppError } from "@parapet/core/errors";
import { type Pack, parsePack } from "@parapet/core/packs";
import { defaultPacksDir, PackDirectory, readPackSources } from "./load-packs-from-disk.js";

/**
 * A `--pack` value names a shipped pack by its id (`eput`) or a trust's own pack by the path
 * of its directory or its pack.yaml (`./mypack`, `mypack/pack.yaml`). Ids are lower-case
 * letters, digits and hyphens, so anything with a slash, a dot or a `.yaml` ending is a path.
 */
export function isPackPath(ref: string): boolean {
  return /[/\\.]/.test(ref);
}

/** A trust's own pack: its pack.yaml, with its triage.yaml and inbox.yaml beside it. */
export interface OwnPackFiles {
  dir: string;
  packFile: string;
}

export function locateOwnPack(ref: string): OwnPackFiles {
  const path = resolve(ref);
  if (!existsSync(path)) throw new AppError("not_found", `there is no pack at ${ref}`);
  const packFile = statSync(path).isDirectory() ? join(path, "pack.yaml") : path;
  if (!existsSync(packFile))
    throw new AppError("not_found", `${ref} has no pack.yaml (packs/README.md says what goes in one)`);
  return { dir: dirname(packFile), packFile };
}

/**
 * The trust's pack.yaml read beside the shipped packs, so that `extends: nhs-core` resolves;
 * a shipped pack with the same id is replaced by it. Only the trust's pack is compiled.
 */
export function loadOwnPack(ref: string, shippedDir: string = defaultPacksDir()): Pack {
  const { packFile } = locateOwnPack(ref);
  const source = readFileSync(packFile, "utf8");
  // Errors name the file as the person gave it.
  const shown = packFile === resolve(ref) ? ref : join(ref, "pack.yaml");
  const own = parsePack(source, shown);
  const shipped = readPackSources(shippedDir).filter((s) => !s.file.endsWith(`/${own.id}/pack.yaml`));
  const pack = new PackDirectory([...shipped, { file: shown, source }]).compiled(own.id);
  if (!pack) throw new Error(`pack ${own.id} did not load`);
  return pack;
}
