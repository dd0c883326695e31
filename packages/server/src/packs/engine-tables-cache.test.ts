import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseLanguage, languagePrefilterTables } from "@parapet/core";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngineTables } from "./engine-tables-cache.js";

describe("the language prefilter's tables kept in a file", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-engine-tables-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are worked out and written when no current file exists, and the checker then uses them", () => {
    const text = "you are a total idiot and the staff are scum";
    const before = analyseLanguage(text);
    expect(before.length).toBeGreaterThan(0);
    loadEngineTables(dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, files[0] as string), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(languagePrefilterTables())),
    );
    expect(analyseLanguage(text)).toEqual(before);
  });
});
