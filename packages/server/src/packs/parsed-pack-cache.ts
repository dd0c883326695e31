import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type PackSource, type ParsedPack, parsePack } from "@parapet/core/packs";

/**
 * Parsing and validating every pack's YAML is most of a one-shot `parapet check`'s start
 * (about 0.3 s of CPU). The CLI's bundle keeps the parsed packs as JSON beside itself,
 * keyed by a hash of every pack file's name and content and of the code that parsed
 * them, so the next process reads one JSON file instead: a pack edited, added or removed,
 * or a rebuilt bundle, gives a new key and the packs are parsed again.
 *
 * Only the bundle caches: its chunk names carry a hash of their content (and of the
 * chunks they import), so the code's identity is its file name. Run from the TypeScript
 * sources (tests, benchmarks) the packs are always parsed. Errors are never cached: an
 * invalid pack is parsed, and fails, every time.
 */
const FORMAT = "parsed-packs-1";

/**
 * The bundle's directory, or undefined when run from the sources; worked out once (this module's
 * place never changes): every triage asks for it (loadTriageConfig through loadEngineTables), and
 * fileURLToPath each time was a few per cent of a worker's CPU (docs/benchmarks.md, 6 December).
 */
const BUNDLE_DIR = ((here: string) =>
  here.endsWith(".mjs") && basename(dirname(here)) === "dist" ? dirname(here) : undefined)(
  fileURLToPath(import.meta.url),
);

function bundleDir(): string | undefined {
  return BUNDLE_DIR;
}

/** The cache directory of this process, or undefined when it must not cache (not the bundle). */
export function packCacheDir(): string | undefined {
  if (process.env.PARAPET_PACK_CACHE === "off") return undefined;
  const dist = bundleDir();
  return dist ? join(dist, "pack-cache") : undefined;
}

function keyOf(sources: readonly PackSource[]): string {
  const hash = createHash("sha256")
    .update(FORMAT)
    .update("\0")
    .update(fileURLToPath(import.meta.url));
  for (const s of sources) hash.update("\0").update(s.file).update("\0").update(s.source);
  return hash.digest("hex").slice(0, 32);
}

/** Every source parsed and validated (throws a validation AppError as parsePack does), from the cache when it can be. */
export function parsePackSources(
  sources: readonly PackSource[],
  cacheDir: string | undefined = packCacheDir(),
): ParsedPack[] {
  const file = cacheDir ? join(cacheDir, `${keyOf(sources)}.json`) : undefined;
  if (file) {
    try {
      const cached = JSON.parse(readFileSync(file, "utf8")) as ParsedPack[];
      if (Array.isArray(cached) && cached.length === sources.length) return cached;
    } catch {
      // Not cached yet (or a partial write by a process that died): parse.
    }
  }
  const parsed = sources.map((s) => parsePack(s.source, s.file));
  if (file && cacheDir) writeCache(cacheDir, file, parsed);
  return parsed;
}

/** Written aside and renamed (atomic), so a reader sees all of a file or none; older keys removed. */
function writeCache(dir: string, file: string, parsed: readonly ParsedPack[]): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(parsed));
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // Another process's key may be current for another directory of packs: only remove old ones.
      if (path !== file && Date.now() - statSync(path).mtimeMs > 24 * 60 * 60 * 1000) unlinkSync(path);
    }
  } catch {
    // A read-only install still works; it parses on every start.
  }
}
