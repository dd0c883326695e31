import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError, parseTriageFile, resolveTriageConfig, type TriageConfig } from "@parapet/core";
import { loadEngineTables } from "../packs/engine-tables-cache.js";
import { defaultPacksDir } from "../packs/load-packs-from-disk.js";
import { loadTriageTables } from "./triage-tables-cache.js";

const cache = new Map<string, TriageConfig>();

/**
 * Reads packs/<id>/triage.yaml (and the packs it extends) from disk, once per
 * pack and directory. Core stays pure; this is the only place that touches files.
 */
export function loadTriageConfig(id: string, dir: string = defaultPacksDir()): TriageConfig {
  // Whoever loads a triage config is about to triage: the language tables from the build, if current.
  loadEngineTables();
  loadTriageTables();
  const key = `${dir}\u0000${id}`;
  let config = cache.get(key);
  if (!config) {
    config = resolveTriageConfig(id, (packId) => {
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(packId))
        throw new AppError("validation", `invalid pack id "${packId}"`);
      const path = join(dir, packId, "triage.yaml");
      if (!existsSync(path))
        throw new AppError("not_found", `unknown pack "${packId}" (no ${packId}/triage.yaml)`);
      return parseTriageFile(readFileSync(path, "utf8"), `packs/${packId}/triage.yaml`);
    });
    cache.set(key, config);
  }
  return config;
}
