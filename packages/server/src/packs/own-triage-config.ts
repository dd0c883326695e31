import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { AppError } from "@parapet/core/errors";
import { parsePack } from "@parapet/core/packs";
import { parseTriageFile, resolveTriageConfig, type TriageConfig } from "@parapet/core/triage-config";
import { defaultPacksDir } from "./load-packs-from-disk.js";
import { locateOwnPack } from "./own-pack.js";

// Apart from own-pack.ts: the triage configuration brings the holiday calendars (date-holidays),
// which `parapet check --pack ./mypack` has no use for.

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
