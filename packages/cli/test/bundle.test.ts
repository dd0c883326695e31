import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BUILD = fileURLToPath(new URL("../build.mjs", import.meta.url));

describe("the CLI bundle", () => {
  // bin/parapet.js falls back to the slow tsx path when the bundle breaks, so
  // nothing else would notice a package the bundle cannot resolve.
  it("builds and loads every command's modules from dist/", () => {
    // Server and triage code sits in chunks imported only when their command runs: load each here.
    const script = `const { BUNDLE, buildBundle } = await import(${JSON.stringify(BUILD)});
      const files = await buildBundle();
      if (files.length < 2) throw new Error("expected the entry and its chunks");
      for (const file of files) await import(file);
      const bundle = await import(BUNDLE);
      if (typeof bundle.main !== "function") throw new Error("no main");
      process.exitCode = await bundle.main(["node", "parapet", "--help"]);`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);

  it("writes the parsed packs as part of the build, and a command then reads them, not the YAML", () => {
    const cache = fileURLToPath(new URL("../dist/pack-cache", import.meta.url));
    rmSync(cache, { recursive: true, force: true });
    const built = spawnSync(process.execPath, [BUILD], { encoding: "utf8" });
    expect(built.status).toBe(0);
    const written = readdirSync(cache);
    expect(written).toHaveLength(1);
    const packs = JSON.parse(readFileSync(join(cache, written[0] as string), "utf8")) as { id: string }[];
    expect(packs.map((p) => p.id).sort()).toEqual(["cmft", "eput", "nhs-core", "rwt", "tewv", "thh"]);
    // The bundle's own key for the shipped packs is the file the build wrote: no second file appears.
    const bin = fileURLToPath(new URL("../bin/parapet.js", import.meta.url));
    const checked = spawnSync(process.execPath, [bin, "check", "--json", "Clinic open today."], {
      encoding: "utf8",
    });
    expect(checked.status).toBe(0);
    expect(readdirSync(cache)).toEqual(written);
  }, 60_000);

  it("keeps a one-shot check off the triage engine, the holiday calendars and the server", () => {
    const built = spawnSync(process.execPath, [BUILD], { encoding: "utf8" });
    expect(built.status).toBe(0);
    const dist = fileURLToPath(new URL("../dist/", import.meta.url));
    // Every module the entry imports statically (`import … from "./chunk-…"` and `import "./chunk-…"`),
    // which Node loads before `parapet check` runs; chunks behind `import("./…")` load on demand.
    const reached = new Set<string>();
    const visit = (name: string): void => {
      if (reached.has(name)) return;
      reached.add(name);
      const code = readFileSync(join(dist, name), "utf8");
      for (const m of code.matchAll(/^(?:import|export)\s[^;]*?["']\.\/([\w.-]+\.mjs)["']/gms))
        visit(m[1] as string);
    };
    visit("parapet.mjs");
    expect(reached.size).toBeGreaterThan(2);
    const statics = [...reached].map((name) => readFileSync(join(dist, name), "utf8")).join("\n");
    // The packs' code is there (so the search above found the chunks); the triage engine is not.
    expect(statics).toContain("function compilePack(");
    for (const unwanted of [
      /from "date-holidays"/, // the triage deadlines' calendars, ~0.1 s to load
      /from "franc-min"/, // triage's language guess
      /function classify\(/, // the triage engine
      /READER_ARTEFACT/, // the reader's weights (triage/reader), ~2 MB
      /THREAT_HEAD_ARTEFACT/, // the threat head's weights (triage/reader), ~0.2 MB
      /from "@electric-sql\/pglite"/,
      /from "fastify"/,
      /from "kysely"/, // the database
      /from "pg"/,
    ])
      expect(statics).not.toMatch(unwanted);
    // Nothing the one-shot check loads is resolved from node_modules at run time: the packages it
    // needs (zod, libphonenumber-js, …) are in the bundle, compiled once as part of its chunks
    // instead of being found, read and compiled file by file (~45 files, ~0.1 s of CPU).
    const packages = new Set<string>();
    for (const m of statics.matchAll(
      /^(?:(?:import|export)\s[^;]*?\bfrom\s*|import\s*)["']([^"'.][^"']*)["']/gm,
    ))
      packages.add(m[1] as string);
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages].filter((name) => !name.startsWith("node:"))).toEqual([]);
    // The multilingual lexicon index is one of the build's files.
    const tables = readdirSync(join(dist, "engine-tables"));
    expect(tables.some((f) => f.startsWith("lexicons-1-"))).toBe(true);
    expect(tables.some((f) => f.startsWith("language-prefilter-1-"))).toBe(true);
  }, 60_000);
});
