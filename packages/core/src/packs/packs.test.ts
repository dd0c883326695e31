import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../check/categories.js";
import { checkPost } from "../check/check-post.js";
import { isAppError } from "../errors.js";
import { loadPacks, type PackSource } from "./index.js";

const packsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../packs");
const shipped: PackSource[] = readdirSync(packsDir)
  .filter((d) => existsSync(join(packsDir, d, "pack.yaml")))
  .map((d) => ({
    file: `packs/${d}/pack.yaml`,
    source: readFileSync(join(packsDir, d, "pack.yaml"), "utf8"),
  }));
const packs = loadPacks(shipped);

function loadError(sources: PackSource[]): string {
  try {
    loadPacks(sources);
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
  throw new Error("expected the load to fail");
}

const core = shipped.find((s) => s.file.includes("nhs-core")) as PackSource;

describe("shipped packs", () => {
  it("are the six ids of docs/interfaces.md §2", () => {
    expect([...packs.keys()].sort()).toEqual(["cmft", "eput", "nhs-core", "rwt", "tewv", "thh"]);
  });

  it("cover every canonical category and cite a listed clause in every rule", () => {
    for (const pack of packs.values()) {
      const covered = new Set<string>(pack.rules.map((r) => r.category));
      expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
      const clauses = new Set(pack.clauses.map((c) => c.id));
      for (const rule of pack.rules)
        expect(clauses.has(rule.clause), `${pack.id} ${rule.id} ${rule.clause}`).toBe(true);
    }
  });

  it("trust packs extend nhs-core and cite their own clauses", () => {
    const eput = packs.get("eput");
    expect(eput?.extends).toBe("nhs-core");
    const result = checkPost(eput as NonNullable<typeof eput>, { text: "NHS no 943 476 5919" });
    expect(result.findings[0]).toMatchObject({
      category: "pii.nhs_number",
      clause: "CPG58 §3.3",
      rule: "eput.pii.nhs-number",
    });
  });

  it("treat each trust's published switchboard as allowed", () => {
    const rwt = packs.get("rwt");
    const text = "Our main switchboard is 01902 307999";
    expect(checkPost(rwt as NonNullable<typeof rwt>, { text, account: { type: "official" } }).verdict).toBe(
      "pass",
    );
  });
});

describe("pack validation errors name the file, the path and the reason", () => {
  it("bad severity", () => {
    const bad = core.source.replace("severity: block", "severity: blocker");
    expect(loadError([{ file: "packs/nhs-core/pack.yaml", source: bad }])).toMatch(
      /^packs\/nhs-core\/pack\.yaml: rules\[0\]\.severity: /,
    );
  });

  it("unknown detector parameter", () => {
    const bad = core.source.replace(
      "detector: nhs-number",
      "detector: nhs-number\n    params: { strict: true }",
    );
    expect(loadError([{ file: "x.yaml", source: bad }])).toMatch(/^x\.yaml: rules\[0\]\.params: .*strict/);
  });

  it("YAML syntax with a line number", () => {
    expect(loadError([{ file: "y.yaml", source: "id: a\n  bad: [" }])).toMatch(/^y\.yaml:\d+: YAML syntax/);
  });

  it("extends an unknown pack", () => {
    const child =
      "id: mine\nextends: nope\norganisation: A\ndocument: B\nversion: '1'\nratified: '2024-01-01'\nnextReviewDate: '2025-01-01'\n";
    expect(loadError([{ file: "mine.yaml", source: child }])).toBe('mine.yaml: extends: unknown pack "nope"');
  });

  it("patches a rule the parent does not have", () => {
    const child =
      "id: mine\nextends: nhs-core\norganisation: A\ndocument: B\nversion: '1'\nratified: '2024-01-01'\nnextReviewDate: '2025-01-01'\npatches:\n  - rule: nhs-core.nope\n    clause: X\n";
    expect(loadError([core, { file: "mine.yaml", source: child }])).toMatch(
      /^mine\.yaml: patches\[0\]\.rule: no rule/,
    );
  });

  it("compiled packs are frozen", () => {
    const pack = packs.get("nhs-core");
    expect(Object.isFrozen(pack)).toBe(true);
    expect(Object.isFrozen(pack?.rules)).toBe(true);
  });
});
