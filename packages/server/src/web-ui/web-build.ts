import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { CORE_SRC_DIR, PACKS_DIR, WEB_ROOT } from "../repo-paths.js";

export const WEB_DIST_DIR = join(WEB_ROOT, "dist");

/** True when there is no build, or a source file the UI is made from is newer than it. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST_DIR, "index.html");
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return [join(WEB_ROOT, "src"), join(WEB_ROOT, "index.html"), CORE_SRC_DIR, PACKS_DIR].some((path) =>
    newerThan(path, builtAt),
  );
}

function newerThan(path: string, time: number): boolean {
  if (!existsSync(path)) return false;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return readdirSync(path).some((name) => newerThan(join(path, name), time));
}

/**
 * Builds the web UI with Vite so that `npm start` needs no other step. In a
 * child process: a build leaves a few hundred megabytes of the bundler in the
 * process that ran it, which the server would otherwise carry for its lifetime.
 */
export async function buildWebUi(log: (line: string) => void): Promise<void> {
  log("Building the web UI (once; this takes a few seconds)…");
  const child = spawn(process.execPath, [join(WEB_ROOT, "build.mjs")], {
    cwd: WEB_ROOT,
    stdio: ["ignore", "inherit", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`Building the web UI failed (exit ${code}):\n${stderr.trim()}`);
  if (stderr.trim()) log(stderr.trim());
}
