import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseLanguage, languagePrefilterTables, lexiconTables } from "@parapet/core";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngineTables } from "./engine-tables-cache.js";

describe("the language prefilter's tables and the lexicon index kept in files", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-engine-tables-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are worked out and written when no current file exists, and the checker then uses them", () => {
    const text = "you are a total idiot and the staff are scum";
    const before = analyseLanguage(text);
    expect(before.length).toBeGreaterThan(0);
    loadEngineTables(dir);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    const [prefilter, lexicons] = [
      files.find((f) => f.startsWith("language-prefilter-1-")),
      files.find((f) => f.startsWith("lexicons-1-")),
    ];
    expect(JSON.parse(readFileSync(join(dir, prefilter as string), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(languagePrefilterTables())),
    );
    expect(JSON.parse(readFileSync(join(dir, lexicons as string), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(lexiconTables())),
    );
    expect(analyseLanguage(text)).toEqual(before);
    // A text only the multilingual lexicons judge, with the index now read from the file's data.
    expect(analyseLanguage("Ich hasse alle Ausländer, sie sind Abschaum").length).toBeGreaterThan(0);
  });
});
