// Every RegExp reachable from packages/core, for the linear-time test (issue 13 §1).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { loadPacks } from "../packs/index.js";
import { type CueList, compileCues } from "../triage/cue.js";

export const CORE_SRC = resolve(import.meta.dirname, "..");
/**
 * A module that awaits at its top level is a script, not a library: `await main();`, or the work
 * itself (cv-reader.ts's `const examples = await loadExamples();`, a five-fold cross-validation that
 * the linear-time test ran on import for minutes).
 */
const SCRIPT = /^(?:(?:const|let|var)\s+\w+\s*=\s*)?await\s/m;
const PACKS = resolve(CORE_SRC, "../../../packs");

export interface FoundPattern {
  readonly re: RegExp;
  /** Where it was found: a file for a literal, an export path, or a pack. */
  readonly where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-helper)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Regular-expression literals written in the source, exported or private to their module. */
function literalsIn(file: string): FoundPattern[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: FoundPattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf("/");
      out.push({
        re: new RegExp(literal.slice(1, end), literal.slice(end + 1)),
        where: `${relative(CORE_SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function isCueList(value: object): value is CueList {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (row) =>
        Array.isArray(row) &&
        row.length === 3 &&
        typeof row[0] === "string" &&
        typeof row[1] === "string" &&
        typeof row[2] === "number",
    )
  );
}

/** RegExp values inside a value (objects, arrays, maps, sets, class instances), built at run time or not. */
function regexesIn(
  value: unknown,
  where: string,
  out: FoundPattern[],
  seen: WeakSet<object>,
  depth = 0,
): void {
  if (value instanceof RegExp) {
    out.push({ re: value, where });
    return;
  }
  if (value === null || typeof value !== "object" || depth > 10 || seen.has(value)) return;
  seen.add(value);
  // A cue list ([id, source, weight] rows) is compiled by triage: each cue alone, and all in one alternation.
  if (isCueList(value)) {
    const compiled = compileCues(value);
    compiled.single.forEach((re, i) => {
      out.push({ re, where: `${where} cue ${compiled.ids[i]}` });
    });
    out.push({ re: compiled.regex, where: `${where} (all cues)` });
    return;
  }
  const children: [string, unknown][] =
    value instanceof Map
      ? [...value.entries()].map(([k, v]) => [String(k), v])
      : value instanceof Set
        ? [...value].map((v, i) => [String(i), v])
        : ArrayBuffer.isView(value)
          ? []
          : Object.entries(value);
  for (const [key, child] of children) regexesIn(child, `${where}.${key}`, out, seen, depth + 1);
}

/** Every pattern in core: literals in every source file, RegExps in every module's exports, and the compiled packs. */
export async function corePatterns(): Promise<FoundPattern[]> {
  const found: FoundPattern[] = [];
  const seen = new WeakSet<object>();
  for (const file of sourceFiles(CORE_SRC)) {
    found.push(...literalsIn(file));
    // A script (it runs its main on import, like the reader's trainer) is read for literals, never run.
    if (SCRIPT.test(readFileSync(file, "utf8"))) continue;
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      regexesIn(value, `${relative(CORE_SRC, file)}#${name}`, found, seen);
  }
  const packs = loadPacks(
    readdirSync(PACKS)
      .filter((d) => existsSync(join(PACKS, d, "pack.yaml")))
      .map((d) => ({
        file: `packs/${d}/pack.yaml`,
        source: readFileSync(join(PACKS, d, "pack.yaml"), "utf8"),
      })),
  );
  for (const [id, pack] of packs) regexesIn(pack, `pack ${id}`, found, seen);
  // One entry per distinct pattern and flags (the same pattern is often exported and compiled twice).
  const unique = new Map<string, FoundPattern>();
  for (const p of found) {
    const key = `${p.re.flags}/${p.re.source}`;
    if (!unique.has(key)) unique.set(key, p);
  }
  return [...unique.values()];
}
