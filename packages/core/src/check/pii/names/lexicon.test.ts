import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_WORDS, FAMILY_NAMES, GIVEN_NAMES, NOT_NAMES } from "./data/names.js";
import { inSortedLines, isCommonWord, isFamilyName, isGivenName, isNotAName } from "./lexicon.js";

describe("inSortedLines", () => {
  it("finds exactly the lines of a sorted list (property)", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z']{1,8}$/), { maxLength: 40 }),
        fc.stringMatching(/^[a-z']{0,8}$/),
        (words, probe) => {
          const sorted = [...words].sort();
          const data = sorted.join("\n");
          for (const w of sorted) expect(inSortedLines(data, w)).toBe(true);
          expect(inSortedLines(data, probe)).toBe(sorted.includes(probe));
          checked++;
        },
      ),
      { numRuns: 500 },
    );
    expect(checked).toBe(500);
  });

  it("agrees with a Set over the packaged lists", () => {
    for (const data of [GIVEN_NAMES, FAMILY_NAMES, COMMON_WORDS, NOT_NAMES]) {
      const lines = data.split("\n");
      expect(lines.length).toBeGreaterThan(200);
      expect([...lines].sort()).toEqual(lines);
      for (let i = 0; i < lines.length; i += 37) expect(inSortedLines(data, lines[i] as string)).toBe(true);
      for (const miss of ["", "zzzzzzzz", "aaaaaaaa", "qxj", `${lines[5]}x`]) {
        expect(inSortedLines(data, miss)).toBe(lines.includes(miss));
      }
    }
  });
});

describe("packaged name lists", () => {
  it("know names of the communities NHS patients and staff come from", () => {
    const given =
      "doreen maureen siobhan aoife niamh harpreet gurpreet priya mohammed fatima ayesha oliwia zuzanna bartosz chidi ngozi kwame delroy wei bronwen dafydd hodan ionut giedre";
    for (const name of given.split(" "))
      expect({ name, given: isGivenName(name) }).toEqual({ name, given: true });
    const family =
      "patel khan begum hussain singh kaur okafor adeyemi mensah murphy o'brien obrien kowalski wisniewska nowak popescu nguyen wong chen warsame uddin chowdhury pritchard";
    for (const name of family.split(" "))
      expect({ name, family: isFamilyName(name) }).toEqual({ name, family: true });
  });

  it("mark names that are everyday words", () => {
    for (const w of ["will", "grace", "ward", "hope", "may", "bill"]) expect(isCommonWord(w)).toBe(true);
    for (const w of ["doreen", "priya", "okafor"]) expect(isCommonWord(w)).toBe(false);
    for (const w of ["essex", "manchester", "mon", "santa"]) expect(isNotAName(w)).toBe(true);
    for (const w of ["doreen", "kwame"]) expect(isNotAName(w)).toBe(false);
  });
});

describe("data/names.ts", () => {
  it("is what build-names.mjs compiles sources/ to (not stale, not edited by hand)", () => {
    const script = fileURLToPath(new URL("./build-names.mjs", import.meta.url));
    const run = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
