import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPacks, PII_CATEGORIES } from "../../src/index.js";
import { evaluatePack, type LabelledPost } from "./evaluate.js";

const here = dirname(fileURLToPath(import.meta.url));
const packsDir = resolve(here, "../../../../packs");
const packs = loadPacks(
  readdirSync(packsDir)
    .filter((d) => existsSync(join(packsDir, d, "pack.yaml")))
    .map((d) => ({
      file: `packs/${d}/pack.yaml`,
      source: readFileSync(join(packsDir, d, "pack.yaml"), "utf8"),
    })),
);
const read = (file: string): LabelledPost[] =>
  readFileSync(join(here, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as LabelledPost);
const posts = read("posts.jsonl");
// The kinds of miss of issue 11, written by kind with their near misses (build-kinds.mjs).
const kinds = read("kinds.jsonl");

// Targets of issue 4; tune the detectors, never these numbers.
const TARGETS = { verdictAccuracy: 0.85, criticalRecall: 0.95, macroRecall: 0.9, cleanFlagged: 0.1 };
const CRITICAL = ["clinical.patient_information", ...PII_CATEGORIES];

function meetsTargets(id: string, set: readonly LabelledPost[]): void {
  const pack = packs.get(id);
  if (!pack) throw new Error(`no pack ${id}`);
  const f = evaluatePack(pack, set);
  const lines = [
    `pack ${id}: ${f.posts} posts, verdict accuracy ${f.verdictAccuracy.toFixed(3)}, macro recall ${f.macroRecall.toFixed(3)}, clean flagged ${f.cleanFlagged}/${f.cleanTotal} (${((100 * f.cleanFlagged) / Math.max(1, f.cleanTotal)).toFixed(1)}%)`,
    ...Object.entries(f.recall).map(
      ([c, r]) => `  ${c.padEnd(30)} ${r.found}/${r.total} ${r.recall.toFixed(3)}`,
    ),
  ];
  console.log(lines.join("\n"));
  expect(f.verdictAccuracy).toBeGreaterThanOrEqual(TARGETS.verdictAccuracy);
  expect(f.macroRecall).toBeGreaterThanOrEqual(TARGETS.macroRecall);
  expect(f.cleanFlagged / Math.max(1, f.cleanTotal)).toBeLessThanOrEqual(TARGETS.cleanFlagged);
  for (const c of CRITICAL) {
    const r = f.recall[c];
    if (r)
      expect({ category: c, recall: r.recall }).toEqual({
        category: c,
        recall: expect.toSatisfy((v: number) => v >= TARGETS.criticalRecall),
      });
  }
}

describe("check-eval: the kinds of issue 11 through every pack", () => {
  it("has patients, staff, topics and near misses", () => {
    expect(kinds.length).toBeGreaterThan(50);
    expect(kinds.filter((p) => p.expect.categories.length === 0).length).toBeGreaterThan(12);
    expect(kinds.filter((p) => p.expect.categories.includes("pii.person_name")).length).toBeGreaterThan(20);
  });

  for (const id of [...packs.keys()]) {
    it(`meets the targets with pack ${id}`, () => meetsTargets(id, kinds));
  }
});

describe("check-eval: labelled posts through every pack", () => {
  it("has a labelled set with clean posts and every canonical category", () => {
    expect(posts.length).toBeGreaterThan(300);
    expect(posts.some((p) => p.expect.categories.length === 0)).toBe(true);
  });

  for (const id of [...packs.keys()]) {
    it(`meets the targets with pack ${id}`, () => {
      const pack = packs.get(id);
      if (!pack) throw new Error(`no pack ${id}`);
      const f = evaluatePack(pack, posts);
      const lines = [
        `pack ${id}: ${f.posts} posts, verdict accuracy ${f.verdictAccuracy.toFixed(3)}, macro recall ${f.macroRecall.toFixed(3)}, clean flagged ${f.cleanFlagged}/${f.cleanTotal} (${((100 * f.cleanFlagged) / Math.max(1, f.cleanTotal)).toFixed(1)}%)`,
        ...Object.entries(f.recall).map(
          ([c, r]) => `  ${c.padEnd(30)} ${r.found}/${r.total} ${r.recall.toFixed(3)}`,
        ),
      ];
      console.log(lines.join("\n"));
      expect(f.verdictAccuracy).toBeGreaterThanOrEqual(TARGETS.verdictAccuracy);
      expect(f.macroRecall).toBeGreaterThanOrEqual(TARGETS.macroRecall);
      expect(f.cleanFlagged / Math.max(1, f.cleanTotal)).toBeLessThanOrEqual(TARGETS.cleanFlagged);
      for (const c of CRITICAL) {
        const r = f.recall[c];
        if (r)
          expect({ category: c, recall: r.recall }).toEqual({
            category: c,
            recall: expect.toSatisfy((v: number) => v >= TARGETS.criticalRecall),
          });
      }
    });
  }
});
