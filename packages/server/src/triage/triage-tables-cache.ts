import { type CueLiterals, TRIAGE_CUES_CODE, triageCueLiterals, useCueLiterals } from "@parapet/core";
import { loadTable, tablesDir } from "../packs/engine-tables-cache.js";

/**
 * The triage cues' required literals (core/src/triage/cue.ts useCueLiterals), worked out by
 * parsing each cue's pattern: ~0.25 s at the start of every process that triages. The build
 * writes them beside the bundle with the language tables (precompile-packs.ts), keyed by the
 * code of core's cue module (its bundle chunk's name is a hash of its content); a process reads
 * them on its first triage. Run from the TypeScript sources nothing is read or written.
 */
const FORMAT = "triage-cue-literals-1";

function isCueLiterals(value: unknown): value is CueLiterals {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === "string" &&
        (entry[1] === null ||
          (Array.isArray(entry[1]) && entry[1].every((literal: unknown) => typeof literal === "string"))),
    )
  );
}

let loaded = false;

/** Tells triage to take its cue literals from the build's file when current (once per process). */
export function loadTriageTables(dir: string | undefined = tablesDir()): void {
  if (loaded || !dir) return;
  loaded = true;
  useCueLiterals(() =>
    loadTable(dir, FORMAT, TRIAGE_CUES_CODE, isCueLiterals, () => triageCueLiterals().literals),
  );
}

/** Writes the file now when not current (the build, precompile-packs.ts). */
export function writeTriageTables(dir: string | undefined = tablesDir()): void {
  if (!dir) return;
  loadTable(dir, FORMAT, TRIAGE_CUES_CODE, isCueLiterals, () => triageCueLiterals().literals);
}
