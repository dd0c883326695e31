import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parsePack } from "@parapet/core";
import { afterEach, describe, expect, it } from "vitest";
import { readPackSources } from "./load-packs-from-disk.js";
import { parsePackSources } from "./parsed-pack-cache.js";

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parapet-pack-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the parsed-pack cache", () => {
  const sources = readPackSources();
  const parsed = sources.map((s) => parsePack(s.source, s.file));

  it("gives back exactly what parsing gives, for every shipped pack, once read from the cache", () => {
    const dir = cacheDir();
    expect(sources.length).toBeGreaterThanOrEqual(6);
    expect(isDeepStrictEqual(parsePackSources(sources, dir), parsed)).toBe(true);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    // The second call must come from the file: a marker written into it shows through.
    const file = join(dir, files[0] as string);
    const cached = JSON.parse(readFileSync(file, "utf8"));
    expect(isDeepStrictEqual(cached, parsed)).toBe(true);
    cached[0].version = "read from the cache";
    writeFileSync(file, JSON.stringify(cached));
    expect(parsePackSources(sources, dir)[0]?.version).toBe("read from the cache");
  });

  it("parses again when a pack file changes", () => {
    const dir = cacheDir();
    parsePackSources(sources, dir);
    const first = sources[0];
    if (!first) throw new Error("no packs");
    const edited = [
      { ...first, source: first.source.replace(/^version: .*$/m, 'version: "edited"') },
      ...sources.slice(1),
    ];
    expect(edited[0]?.source).not.toBe(first.source);
    expect(parsePackSources(edited, dir)[0]?.version).toBe("edited");
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("never caches an invalid pack: it fails every time", () => {
    const dir = cacheDir();
    const broken = [...sources, { file: "packs/broken/pack.yaml", source: "id: broken\nrules: [" }];
    expect(() => parsePackSources(broken, dir)).toThrow(/broken\/pack.yaml/);
    expect(() => parsePackSources(broken, dir)).toThrow(/broken\/pack.yaml/);
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it("parses when the cache file is cut short or unreadable", () => {
    const dir = cacheDir();
    parsePackSources(sources, dir);
    const file = join(dir, readdirSync(dir)[0] as string);
    writeFileSync(file, "[{");
    expect(isDeepStrictEqual(parsePackSources(sources, dir), parsed)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
