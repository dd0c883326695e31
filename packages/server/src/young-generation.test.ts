import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * What bin/parapet.js and releaseYoungGeneration rely on: V8 reads `--semi-space-growth-factor`
 * when it collects, so setting it at run time holds the young generation at its starting size
 * (a Node or V8 upgrade that stopped that would silently give the 30 MB back to an idle server).
 */
function youngGenerationAfterStartUpLikeWork(hold: boolean, releaseAfter: boolean): number {
  const script = `
    const v8 = require("node:v8");
    ${hold ? 'v8.setFlagsFromString("--semi-space-growth-factor=1");' : ""}
    const kept = [];
    const survive = () => { for (let i = 0; i < 400000; i++) kept.push({ i, s: "x" + i }); };
    survive();
    ${releaseAfter ? 'v8.setFlagsFromString("--semi-space-growth-factor=2"); survive();' : ""}
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    process.stdout.write(String(young.space_size));`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(result.status).toBe(0);
  return Number(result.stdout);
}

describe("holding V8's young generation while a server starts", () => {
  it("keeps it at its starting size when held, where the same work grows it unheld, and lets it grow once released", () => {
    const held = youngGenerationAfterStartUpLikeWork(true, false);
    const unheld = youngGenerationAfterStartUpLikeWork(false, false);
    const released = youngGenerationAfterStartUpLikeWork(true, true);
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(unheld).toBeGreaterThanOrEqual(4 * held);
    expect(released).toBeGreaterThan(held);
  });
});
