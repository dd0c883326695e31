import { type AST, RegExpParser } from "@eslint-community/regexpp";

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The syntax tree of a pattern as JavaScript reads it with these flags (the "u" and "v" flags
 * change what escapes mean: "\p{L}" is a property only under them), or null when it is not a
 * valid pattern. Every analysis here treats null as "anything may match", so it errs towards
 * running the regex.
 */
export function parsePattern(source: string, flags = ""): AST.Pattern | null {
  try {
    return parser.parsePattern(source, 0, source.length, {
      unicode: flags.includes("u"),
      unicodeSets: flags.includes("v"),
    });
  } catch {
    return null;
  }
}

export type { AST };
