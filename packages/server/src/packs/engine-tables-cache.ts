import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  LANGUAGE_PREFILTER_INPUT,
  languagePrefilterTables,
  type PrefilterTables,
  useLanguagePrefilterTables,
} from "@parapet/core";
import { packCacheDir } from "./parsed-pack-cache.js";

/**
 * The language checker's prefilter tables (core/src/language/prefilter.ts) are worked out from
 * its patterns: each parsed, its keys enumerated, ~0.15 s of every start and the largest part of
 * a one-shot `parapet check` after the bundle's own loading. The build writes them beside the
 * bundle (precompile-packs.ts) and every process reads them from there, keyed as the parsed packs
 * are (parsed-pack-cache.ts): by a hash of the patterns and of the code that read them (the
 * bundle chunk's name carries a hash of its content), so a changed pattern or a rebuilt bundle
 * finds no file and works the tables out again, writing the file for the next process.
 * Run from the TypeScript sources (tests, benchmarks) nothing is read or written.
 */
const FORMAT = "language-prefilter-1";

function tablesDir(): string | undefined {
  const packs = packCacheDir();
  return packs ? join(dirname(packs), "engine-tables") : undefined;
}

function fileFor(dir: string): string {
  const key = createHash("sha256")
    .update(FORMAT)
    .update("\0")
    .update(fileURLToPath(import.meta.url))
    .update("\0")
    .update(LANGUAGE_PREFILTER_INPUT)
    .digest("hex")
    .slice(0, 32);
  return join(dir, `${FORMAT}-${key}.json`);
}

function isTables(value: unknown): value is PrefilterTables {
  const t = value as PrefilterTables;
  return (
    typeof t?.always === "number" &&
    typeof t.nonAscii === "number" &&
    Array.isArray(t.pairs) &&
    t.pairs.length === 3 &&
    t.pairs.every((p) => Array.isArray(p) && p.length % 2 === 0)
  );
}

let loaded = false;

/** Gives the language checker its prefilter tables from the file when current, else works them out and writes it. Once per process. */
export function loadEngineTables(dir: string | undefined = tablesDir()): void {
  if (loaded || !dir) return;
  loaded = true;
  const file = fileFor(dir);
  try {
    const tables: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (isTables(tables)) {
      useLanguagePrefilterTables(tables);
      return;
    }
  } catch {
    // Not written yet, or cut short by a process that died: work them out.
  }
  const tables = languagePrefilterTables();
  useLanguagePrefilterTables(tables);
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(tables));
    renameSync(temporary, file);
    for (const name of readdirSync(dir))
      if (name.startsWith(`${FORMAT}-`) && join(dir, name) !== file && !name.endsWith(".tmp"))
        unlinkSync(join(dir, name));
  } catch {
    // A read-only install still works; it works the tables out on every start.
  }
}
