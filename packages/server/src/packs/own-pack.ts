import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import {
  AppError,
  type Pack,
  parsePack,
  parseTriageFile,
  resolveTriageConfig,
  type TriageConfig,
} from "@parapet/core";
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

/**
 * The triage rules of a trust's pack: its own triage.yaml, over the shipped pack it extends.
 * Without one, triage cannot know the trust's routes, templates and deadlines: say so.
 */
export function loadOwnTriageConfig(ref: string, shippedDir: string = defaultPacksDir()): TriageConfig {
  const { dir, packFile } = locateOwnPack(ref);
  const ownId = parsePack(readFileSync(packFile, "utf8"), basename(packFile)).id;
  const ownTriage = join(dir, "triage.yaml");
  if (!existsSync(ownTriage))
    throw new AppError(
      "not_found",
      `${ref} has no triage.yaml beside its pack.yaml: triage needs one (packs/README.md, "triage.yaml")`,
    );
  return resolveTriageConfig(ownId, (packId) => {
    const path = packId === ownId ? ownTriage : join(shippedDir, packId, "triage.yaml");
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(packId) || !existsSync(path))
      throw new AppError("not_found", `unknown pack "${packId}" (no ${packId}/triage.yaml)`);
    const file = parseTriageFile(readFileSync(path, "utf8"), path === ownTriage ? "triage.yaml" : path);
    if (packId === ownId && file.pack !== ownId)
      throw new AppError("validation", `triage.yaml: pack is "${file.pack}"; pack.yaml's id is "${ownId}"`);
    return file;
  });
}
