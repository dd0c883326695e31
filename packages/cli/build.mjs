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

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
export const BUNDLE = join(here, "dist", "parapet.mjs");
export const SOURCE_DIRS = ["packages/core/src", "packages/server/src", "packages/cli/src"].map((dir) =>
  join(root, dir),
);

/**
 * Pure-JavaScript packages bundled in rather than imported at run time: each is dozens of small
 * CommonJS files (yaml alone is 74), and resolving, reading and compiling them one by one was
 * ~0.1 s of every start; bundled, only what runs is compiled.
 */
const BUNDLED = new Set(["yaml", "obscenity", "commander"]);

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
  for (const file of result.outputFiles) if (file !== entry) write(file.path, file.contents);
  write(BUNDLE, entry.contents);
  const current = new Set(result.outputFiles.map((file) => basename(file.path)));
  for (const name of readdirSync(dist)) {
    if (!name.startsWith("chunk-") || current.has(name)) continue;
    const path = join(dist, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_CHUNK_MS) unlinkSync(path);
    } catch {
      // Another build removed it first.
    }
  }
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
