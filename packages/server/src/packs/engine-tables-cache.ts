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
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type SavedPhraseIndex, usePhraseIndexStore } from "@parapet/core/check";
import {
  groupSources,
  languagePrefilterInput,
  languagePrefilterTables,
  lexiconTables,
  type PrefilterTables,
  type SerialisedLexicons,
  useGroupSources,
  useLanguagePrefilterTables,
  useLexiconTables,
} from "@parapet/core/language";
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
/**
 * The multilingual lexicons' entries (core/src/language/multilingual/word-index.ts), folded,
 * merged and classified: ~0.2 s of a one-shot check when worked out from the lexicons, which
 * are data in the bundle, so the chunk's name (a hash of its content) keys them.
 */
const LEXICONS_FORMAT = "lexicons-1";
/**
 * The English checker's sixteen patterns (core/src/language/compile.ts), worked out from its
 * lexicons with their misspelling variants and tries: ~0.05 s of every process that checks. Also
 * data and code in the bundle, keyed by the chunk's name like the lexicons.
 */
const GROUPS_FORMAT = "language-groups-1";

/**
 * A pack's phrase index in its saved form (core/src/check/phrases/phrase-index.ts): every phrase
 * of its lists expanded and every word parsed, ~20 % of a one-shot check's CPU when worked out
 * from the lists. One file per pack, keyed by its lists (names and phrases, in order) and by the
 * code, as the tables above: a changed pack or list gives a new key, and is compiled again.
 */
const PHRASES_FORMAT = "phrase-index-1";
/** Other packs' files stay (each key is one pack's lists); a file this old is no one's any more. */
const OLD_PHRASE_INDEX_MS = 24 * 60 * 60 * 1000;

export function tablesDir(): string | undefined {
  const packs = packCacheDir();
  return packs ? join(dirname(packs), "engine-tables") : undefined;
}

function fileFor(dir: string, format: string, input: string): string {
  const key = createHash("sha256")
    .update(format)
    .update("\0")
    .update(fileURLToPath(import.meta.url))
    .update("\0")
    .update(input)
    .digest("hex")
    .slice(0, 32);
  return join(dir, `${format}-${key}.json`);
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

function isGroupSources(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === "string");
}

function isLexicons(value: unknown): value is SerialisedLexicons {
  const t = value as SerialisedLexicons;
  return (
    t?.format === 1 &&
    Array.isArray(t.words) &&
    Array.isArray(t.skeletons) &&
    Array.isArray(t.han) &&
    Array.isArray(t.allCommon) &&
    t.allCommon.length % 2 === 0 &&
    Array.isArray(t.langs) &&
    typeof t.hanLongest === "number" &&
    typeof t.skeletonLangs === "number" &&
    typeof t.prodropLangs === "number"
  );
}

function isSavedPhraseIndex(value: unknown): value is SavedPhraseIndex {
  const t = value as SavedPhraseIndex;
  return (
    t?.format === 1 &&
    Array.isArray(t.slots) &&
    Array.isArray(t.phrases) &&
    t.phrases.every((p) => Array.isArray(p) && typeof p[0] === "string")
  );
}

/** The file name of one pack's phrase index (its lists as the key's input), for the store and the tests. */
export function phraseIndexFile(dir: string, lists: ReadonlyMap<string, readonly string[]>): string {
  return fileFor(dir, PHRASES_FORMAT, JSON.stringify([...lists]));
}

/** A previous phrase-index file is removed only once old: the others are other packs' files. */
function isOldPhraseIndex(path: string): boolean {
  return Date.now() - statSync(path).mtimeMs > OLD_PHRASE_INDEX_MS;
}

/** The store compilePhraseIndex is given (usePhraseIndexStore): one file a pack's lists in `dir`. */
export function phraseIndexStore(
  dir: string,
): (lists: ReadonlyMap<string, readonly string[]>, workOut: () => SavedPhraseIndex) => SavedPhraseIndex {
  return (lists, workOut) =>
    loadTable(dir, PHRASES_FORMAT, JSON.stringify([...lists]), isSavedPhraseIndex, workOut, isOldPhraseIndex);
}

/** One table: read from its file when current, else worked out and written for the next process. */
export function loadTable<T>(
  dir: string,
  format: string,
  input: string,
  valid: (value: unknown) => value is T,
  workOut: () => T,
  /** Whether another file of the format may go once this one is written: by default, every one. */
  removable: (path: string) => boolean = () => true,
): T {
  const file = fileFor(dir, format, input);
  try {
    const table: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (valid(table)) return table;
  } catch {
    // Not written yet, or cut short by a process that died: work it out.
  }
  const table = workOut();
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(table));
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith(`${format}-`) && path !== file && !name.endsWith(".tmp") && removable(path))
        unlinkSync(path);
    }
  } catch {
    // A read-only install still works; it works the table out on every start.
  }
  return table;
}

let loaded = false;

/**
 * Tells the language checker to take its prefilter tables and its multilingual lexicon index from
 * the build's files when current, else to work them out and write the files. Once per process.
 * Nothing is read here: each file is read when the checker first needs it, so a process that
 * never checks a text (a server's escalation job reading a pack's answering hours, a server nobody
 * has used yet) pays neither the reading nor the memory of the index (docs/benchmarks.md).
 */
export function loadEngineTables(dir: string | undefined = tablesDir()): void {
  if (loaded || !dir) return;
  loaded = true;
  // The patterns first: the prefilter's file is keyed by them.
  useGroupSources(() => loadTable(dir, GROUPS_FORMAT, "", isGroupSources, groupSources));
  useLanguagePrefilterTables(() =>
    loadTable(dir, FORMAT, languagePrefilterInput(), isTables, languagePrefilterTables),
  );
  useLexiconTables(() => loadTable(dir, LEXICONS_FORMAT, "", isLexicons, lexiconTables));
  usePhraseIndexStore(phraseIndexStore(dir));
}

/** Writes the three files now when not current (the build, precompile-packs.ts), so the first command finds them. */
export function writeEngineTables(dir: string | undefined = tablesDir()): void {
  if (!dir) return;
  loadTable(dir, GROUPS_FORMAT, "", isGroupSources, groupSources);
  loadTable(dir, FORMAT, languagePrefilterInput(), isTables, languagePrefilterTables);
  loadTable(dir, LEXICONS_FORMAT, "", isLexicons, lexiconTables);
}
