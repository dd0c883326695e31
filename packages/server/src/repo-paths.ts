import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository's root directory. Found by walking up from this module, so it
 * is the same whether the code runs from its TypeScript sources or from the
 * CLI's bundle in packages/cli/dist.
 */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "packs")) && existsSync(join(dir, "packages", "server"))) return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        "cannot find the Parapet repository root (a directory with packs/ and packages/server/)",
      );
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();
export const PACKS_DIR = join(REPO_ROOT, "packs");
export const MIGRATIONS_DIR = join(REPO_ROOT, "packages", "server", "src", "db", "migrations");
export const WEB_ROOT = join(REPO_ROOT, "packages", "web");
export const CORE_SRC_DIR = join(REPO_ROOT, "packages", "core", "src");
