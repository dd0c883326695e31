import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseLanguage, languagePrefilterTables, lexiconTables } from "@parapet/core";
import { groupSources } from "@parapet/core/language";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngineTables, writeEngineTables } from "./engine-tables-cache.js";

describe("the language prefilter's tables and the lexicon index kept in files", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-engine-tables-"));
  const built = mkdtempSync(join(tmpdir(), "parapet-engine-tables-built-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  });

  it("are read on the first text, not when the process is told where they are, and written when missing", () => {
    // Before anything in this process has checked a text (each test file has its own modules).
    loadEngineTables(dir);
    // Told where the files are, nothing is read or written yet: a server that checks nothing pays nothing.
    expect(readdirSync(dir)).toEqual([]);
    const found = analyseLanguage("you are a total idiot and the staff are scum");
    expect(found.map((f) => f.kind)).toContain("abusive");
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    const [groups, prefilter, lexicons] = [
      files.find((f) => f.startsWith("language-groups-1-")),
      files.find((f) => f.startsWith("language-prefilter-1-")),
      files.find((f) => f.startsWith("lexicons-1-")),
    ];
    expect(JSON.parse(readFileSync(join(dir, groups as string), "utf8"))).toEqual(groupSources());
    expect(JSON.parse(readFileSync(join(dir, prefilter as string), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(languagePrefilterTables())),
    );
    expect(JSON.parse(readFileSync(join(dir, lexicons as string), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(lexiconTables())),
    );
    // A text only the multilingual lexicons judge, with the index now read from the file's data.
    expect(analyseLanguage("Ich hasse alle Ausländer, sie sind Abschaum").length).toBeGreaterThan(0);
  });

  it("are written at once by the build (writeEngineTables), with the same content", () => {
    writeEngineTables(built);
    const files = readdirSync(built).sort();
    expect(files).toEqual(readdirSync(dir).sort());
    for (const file of files)
      expect(readFileSync(join(built, file), "utf8")).toEqual(readFileSync(join(dir, file), "utf8"));
  });
});
