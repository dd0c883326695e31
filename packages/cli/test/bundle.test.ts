import { spawnSync } from "node:child_process";
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
});
