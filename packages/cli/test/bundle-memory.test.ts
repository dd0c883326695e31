import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the build, without types
import { escapeBeyondLatin1, holidaysPlugin, moveLiteralsOut } from "../bundle-memory.mjs";

const escapeWide = escapeBeyondLatin1 as (code: string) => string | undefined;
const move = moveLiteralsOut as (
  source: string,
  stem: string,
  files: Map<string, string>,
) => string | undefined;

/** Runs a script (an expression's value, as JSON) the way a module would. */
function evaluate(code: string): unknown {
  return JSON.parse(new Function(`${code}; return JSON.stringify(result);`)() as string);
}

describe("escaping characters beyond Latin-1 in the bundle", () => {
  it("leaves a module that has none as it is", () => {
    const code = 'const a = /x/g; // café\nconst b = "naïve";';
    expect(escapeWide(code)).toBe(code);
  });

  it("escapes comments, regular expressions and strings, and they mean the same", () => {
    const code = [
      "// a comment → with an arrow",
      "/* a block – with a dash */",
      "const quote = /[’']s$/i;",
      "const money = /^[£$€]\\d+/;",
      "const laugh = /😂|🤣/u;",
      "const range = /[😂-😆]/u;",
      "const old = /😂/;",
      "const escaped = /\\’/;",
      'const text = "\\’ok’";',
      "const plain = `a’$" + "{1 / 2}b→`;",
      "const half = 1 / 2; const third = half / 3; // ’",
      "function f(x) { return /ł/.test(x); }",
      'const result = [quote.test("Sam’s"), money.test("€20"), laugh.test("x🤣"), range.test("😄"), old.test("😂"),',
      '  escaped.test("’"), text, plain, third, f("łódź"), money.test("¥20")];',
    ].join("\n");
    const escaped = escapeWide(code);
    expect(escaped).toBeDefined();
    expect([...(escaped as string)].filter((c) => (c.codePointAt(0) as number) > 0xff)).toEqual([]);
    expect(evaluate(escaped as string)).toEqual(evaluate(code));
    expect(evaluate(code)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      "’ok’",
      "a’0.5b→",
      1 / 6,
      true,
      false,
    ]);
  });

  it("keeps a module whose tagged template holds one: the tag may read the raw text", () => {
    expect(escapeWide("const a = String.raw`it’s`;")).toBeUndefined();
    expect(escapeWide("const a = tag`x$" + "{b}it’s`;")).toBeUndefined();
  });

  it("keeps a module it cannot follow to the end", () => {
    expect(escapeWide('const a = "unterminated’')).toBeUndefined();
    expect(escapeWide("const a = `open $" + "{b ’")).toBeUndefined();
  });

  it("leaves every module of the built bundle at one byte a character", () => {
    const built = spawnSync(process.execPath, [fileURLToPath(new URL("../build.mjs", import.meta.url))], {
      encoding: "utf8",
    });
    expect(built.status).toBe(0);
    const dist = fileURLToPath(new URL("../dist/", import.meta.url));
    const modules = readdirSync(dist).filter((name) => name.endsWith(".mjs"));
    expect(modules.length).toBeGreaterThan(5);
    const wide = modules.filter((name) =>
      [...readFileSync(join(dist, name), "utf8")].some((c) => (c.codePointAt(0) as number) > 0xff),
    );
    expect(wide).toEqual([]);
  }, 60_000);
});

describe("moving a data module's long literals out of the bundle", () => {
  const long = "ab+/".repeat(20_000);

  it("makes a property on its own line a getter, and a constant a read at load", () => {
    const files = new Map<string, string>();
    const source = [
      "export const MODEL = {",
      '  ...{"version":1},',
      "  weights:",
      `    "${long}",`,
      "};",
      `export const NAMES = "${"anna\\nbob\\n".repeat(8000)}";`,
    ].join("\n");
    const moved = move(source, "model", files) as string;
    expect(moved).toContain("get weights() {");
    expect(moved).toMatch(/export const NAMES = __parapetReadData\("model-[0-9a-f]{16}\.txt"\);/);
    expect(moved.length).toBeLessThan(1000);
    expect([...files.values()].sort()).toEqual(["anna\nbob\n".repeat(8000), long].sort());
  });

  it("leaves a module without long literals alone", () => {
    expect(move('export const A = "short";', "a", new Map())).toBeUndefined();
  });
});

describe("the bundle's holiday calendars", () => {
  it("answers the UK's from its table as date-holidays does, and hands anything else to it", async () => {
    const files = new Map<string, string>();
    const plugin = (await holidaysPlugin(files)) as {
      setup(build: {
        onResolve(o: unknown, f: unknown): void;
        onLoad(o: unknown, f: () => { contents: string }): void;
      }): void;
    };
    let contents = "";
    plugin.setup({ onResolve() {}, onLoad: (_o, load) => (contents = load().contents) });
    // Beside the bundle's chunks, where its module sits, so that it finds dist/data/ and node_modules.
    const dist = fileURLToPath(new URL("../dist/", import.meta.url));
    mkdirSync(join(dist, "data"), { recursive: true });
    for (const [name, text] of files) writeFileSync(join(dist, "data", name), text);
    const tableModule = join(dist, `holidays-test-${process.pid}.mjs`);
    writeFileSync(tableModule, contents);
    try {
      type Engine = { getHolidays(year: number, lang?: string): unknown[]; isHoliday(date: Date): unknown };
      type Calendars = new (country: string, state?: string) => Engine;
      const Tabled = (await import(tableModule)).default as Calendars;
      const Library = (await import("date-holidays")).default as unknown as Calendars;
      let compared = 0;
      const regions = ["ENG", "WLS", "SCT", "NIR"];
      for (const region of regions) {
        const tabled = new Tabled("GB", region);
        const library = new Library("GB", region);
        for (let year = 2015; year <= 2060; year += 1) {
          expect(tabled.getHolidays(year)).toEqual(library.getHolidays(year));
          compared += 1;
        }
      }
      // The table answered: the library's CommonJS build (what the bundle would load) is not loaded yet.
      const loaded = () =>
        Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes("date-holidays"));
      expect(loaded()).toBe(false);
      for (const region of regions) {
        const tabled = new Tabled("GB", region);
        const library = new Library("GB", region);
        // Outside the table, in another language, and any other method: the library's answer.
        expect(tabled.getHolidays(2070)).toEqual(library.getHolidays(2070));
        expect(tabled.getHolidays(2026, "de")).toEqual(library.getHolidays(2026, "de"));
        expect(tabled.isHoliday(new Date("2026-12-25T12:00:00Z"))).toEqual(
          library.isHoliday(new Date("2026-12-25T12:00:00Z")),
        );
      }
      expect(compared).toBe(4 * 46);
      expect(loaded()).toBe(true);
      expect(new Tabled("FR").getHolidays(2026)).toEqual(new Library("FR").getHolidays(2026));
    } finally {
      rmSync(tableModule, { force: true });
    }
  }, 60_000);
});
