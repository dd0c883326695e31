// Bundles the CLI (and through it the server and core) into ES modules, so
// that starting Parapet does not pay for compiling TypeScript file by file.
// bin/parapet.js rebuilds it whenever a source file is newer than the bundle.
// Code that only some commands need (the server, triage) is split into chunks
// loaded by dynamic import, so `parapet check` does not load Fastify or PGlite.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dataModulesPlugin, escapeBeyondLatin1, holidaysPlugin } from "./bundle-memory.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
export const BUNDLE = join(here, "dist", "parapet.mjs");
export const SOURCE_DIRS = ["packages/core/src", "packages/server/src", "packages/cli/src"].map((dir) =>
  join(root, dir),
);

/**
 * Pure-JavaScript packages bundled in rather than imported at run time: each is dozens of small
 * CommonJS files (yaml alone is 74), and resolving, reading and compiling them one by one was
 * ~0.1 s of every start; bundled, only what runs is compiled. The core's own (zod, libphonenumber-js,
 * stdnum, postcode, regexpp) were ~45 files a one-shot check resolved and read one by one. zod goes
 * with every package that imports it (fastify-type-provider-zod, regexp-ast-analysis with regexpp):
 * its schemas' metadata lives in one registry per copy, and two copies would lose the OpenAPI
 * document's descriptions (it is byte for byte the same as before).
 */
const BUNDLED = new Set([
  "yaml",
  "obscenity",
  "commander",
  "libphonenumber-js",
  "stdnum",
  "postcode",
  "zod",
  "fastify-type-provider-zod",
  "@eslint-community/regexpp",
  "regexp-ast-analysis",
]);

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
        if (
          !name.startsWith("@parapet/") &&
          !BUNDLED.has(name) &&
          existsSync(join(root, "node_modules", name))
        )
          names.add(name);
      }
    }
  }
  return [...names, "vite", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
}

/** Chunks an older build wrote, kept a while for a process of that build still starting (it imports chunks as a command runs). */
const STALE_CHUNK_MS = 10 * 60 * 1000;

/** Builds dist/ and returns the paths of the modules this build wrote (entry and chunks; their source maps beside them). */
export async function buildBundle() {
  const { build } = await import("esbuild");
  const dist = dirname(BUNDLE);
  /** The generated data modules' long literals, read from dist/data/ at run time (bundle-memory.mjs). */
  const dataFiles = new Map();
  const result = await build({
    entryPoints: {
      parapet: join(here, "src", "main.ts"),
      // The worker thread long texts are checked on (server/src/engine/engine-pool.ts finds it beside its chunk).
      "engine-worker": join(root, "packages", "server", "src", "engine", "engine-worker.ts"),
      // Run below, once the bundle is written: the parsed packs become part of the build.
      "precompile-packs": join(root, "packages", "server", "src", "packs", "precompile-packs.ts"),
    },
    bundle: true,
    splitting: true,
    outdir: dist,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    // Beside each module, not inline: an inline map doubled what every start reads and decodes.
    sourcemap: "linked",
    external: externalPackages().flatMap((name) => [name, `${name}/*`]),
    logLevel: "silent",
    plugins: [dataModulesPlugin(dataFiles), await holidaysPlugin(dataFiles)],
    // Bundled CommonJS packages require Node built-ins; ESM has no `require` of its own.
    banner: {
      js: 'import { createRequire as __parapetRequire } from "node:module"; const require = __parapetRequire(import.meta.url);',
    },
  });
  const entry = result.outputFiles.find((file) => file.path === BUNDLE);
  if (!entry) throw new Error("esbuild produced no parapet.mjs");
  mkdirSync(dist, { recursive: true });
  // Several processes may build at once (tests start many): write aside, then rename, which is atomic.
  // Chunk names carry a hash of their content, so the entry, written last, only ever names complete chunks.
  const write = (path, contents) => {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  };
  // Named by a hash of their contents, written before the modules that read them.
  const data = join(dist, "data");
  mkdirSync(data, { recursive: true });
  for (const [name, contents] of dataFiles)
    if (!existsSync(join(data, name))) write(join(data, name), contents);
  // A module is written with its characters beyond Latin-1 escaped where that means the same
  // (bundle-memory.mjs); V8 then holds its source at half the size. Source maps stay esbuild's:
  // a column after an escape on the same line is off by a few characters.
  const contentsOf = (file) =>
    file.path.endsWith(".mjs") ? (escapeBeyondLatin1(file.text) ?? file.text) : file.contents;
  for (const file of result.outputFiles) if (file !== entry) write(file.path, contentsOf(file));
  write(BUNDLE, contentsOf(entry));
  const current = new Set(result.outputFiles.map((file) => basename(file.path)));
  const removeStale = (dir, isOld) => {
    for (const name of readdirSync(dir)) {
      if (!isOld(name)) continue;
      const path = join(dir, name);
      try {
        if (Date.now() - statSync(path).mtimeMs > STALE_CHUNK_MS) unlinkSync(path);
      } catch {
        // Another build removed it first.
      }
    }
  };
  removeStale(dist, (name) => name.startsWith("chunk-") && !current.has(name));
  removeStale(data, (name) => !dataFiles.has(name));
  await precompilePacks(dist);
  return result.outputFiles.map((file) => file.path).filter((path) => path.endsWith(".mjs"));
}

/**
 * The shipped packs parsed and validated into dist/pack-cache/ (server/src/packs/precompile-packs.ts),
 * by the code just built. Best effort: an invalid pack, or a read-only install, leaves the
 * packs to be parsed at run time, where the error is reported as it always was.
 */
async function precompilePacks(dist) {
  try {
    const { precompilePacks } = await import(pathToFileURL(join(dist, "precompile-packs.mjs")).href);
    precompilePacks();
  } catch {
    // Parsed (and cached) by the first command instead.
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle();
}
