import { describe, expect, it } from "vitest";
import { compilePrefilter } from "../language/prefilter.js";
import { charTree } from "./char-tree.js";
import { parsePattern } from "./parse.js";
import { requiredLiterals } from "./required-literals.js";

describe("one regular-expression analysis (issue 11 §6)", () => {
  it("reads a valid pattern the hand-written parsers could not: a class holding an escaped letter", () => {
    // Without the u flag "\p" is the letter p, so every match of help[\p]lease is "helpplease".
    expect(/help[p]lease/.test("helpplease")).toBe(true);
    expect(requiredLiterals("help[\\p]lease")).toEqual(["helpplease"]);
  });

  it("reads \\p{…} as a property under the u flag and as letters without it, as JavaScript does", () => {
    expect(requiredLiterals("\\p{L}+ ward", "u")).toEqual([" ward"]);
    expect(requiredLiterals("\\p{L}", "u")).toBeNull();
    expect(/ap{L}/.test("ap{L}")).toBe(true);
    expect(requiredLiterals("a\\p{L}")).toEqual(["ap{L}"]);
  });

  it("errs towards running the pattern where it cannot promise a literal", () => {
    expect(requiredLiterals("(unclosed")).toBeNull();
    expect(requiredLiterals("[^a]bc")).toEqual(["bc"]);
    expect(requiredLiterals("\\D")).toBeNull();
    expect(parsePattern("(unclosed")).toBeNull();
    expect(charTree("\\p{L}x")).not.toBeNull();
    expect(parsePattern("\\p{Lu}", "u")).not.toBeNull();
  });

  it("builds a language prefilter from patterns with \\p{…}, backreferences or flags without throwing, and runs them always", () => {
    const patterns = [/\p{L}+ idiot/gu, /(a)\1/g, /moron/g, /\p{Lu}/gu];
    const prefilter = compilePrefilter(patterns);
    const none = prefilter.candidates("a quiet afternoon on the ward");
    // The u-flag patterns and the backreference always run; "moron" is ruled out.
    expect(none & 0b1011).toBe(0b1011);
    expect(none & 0b0100).toBe(0);
    expect(prefilter.candidates("what a moron") & 0b0100).toBe(0b0100);
  });
});
