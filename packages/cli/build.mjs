// Bundles the CLI (and through it the server and core) into one ES module, so
// that starting Parapet does not pay for compiling TypeScript file by file.
// bin/parapet.js rebuilds it whenever a source file is newer than the bundle.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
export const BUNDLE = join(here, "dist", "parapet.mjs");
export const SOURCE_DIRS = ["packages/core/src", "packages/server/src", "packages/cli/src"].map((dir) =>
  join(root, dir),
);

/**
 * Packages the bundle imports at run time. Only those npm hoisted to the root
 * node_modules can be found from dist/; a package npm nested under a
 * workspace (a version conflict) is bundled in instead.
 */
function externalPackages() {
  const names = new Set();
  for (const pkg of [
    "package.json",
    "packages/core/package.json",
    "packages/server/package.json",
    "packages/cli/package.json",
  ]) {
    const json = JSON.parse(readFileSync(join(root, pkg), "utf8"));
    for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
      for (const name of Object.keys(json[field] ?? {})) {
        if (!name.startsWith("@parapet/") && existsSync(join(root, "node_modules", name))) names.add(name);
      }
    }
  }
  return [...names, "vite", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
}

export async function buildBundle() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(here, "src", "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    sourcemap: "inline",
    external: externalPackages().flatMap((name) => [name, `${name}/*`]),
    logLevel: "silent",
    // Bundled CommonJS packages require Node built-ins; ESM has no `require` of its own.
    banner: {
      js: 'import { createRequire as __parapetRequire } from "node:module"; const require = __parapetRequire(import.meta.url);',
    },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  // Several processes may build at once (tests start many): write aside, then rename, which is atomic.
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  const { mkdirSync } = await import("node:fs");
  mkdirSync(dirname(BUNDLE), { recursive: true });
  writeFileSync(temporary, output.contents);
  renameSync(temporary, BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle();
}
