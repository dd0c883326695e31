import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * packs/README.md, "Writing a pack for your trust", followed as a trust would: its three
 * files written out as the README shows them, then its commands run as it gives them.
 * When the README and the code part, this fails.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "packages/cli/bin/parapet.js");
const readme = readFileSync(join(root, "packs/README.md"), "utf8");
const work = mkdtempSync(join(tmpdir(), "parapet-own-pack-"));

/** The README's YAML blocks whose first line names the file they are, `# mytrust/pack.yaml`. */
const files = [...readme.matchAll(/```yaml\n# (mytrust\/[a-z]+\.yaml)\n([\s\S]*?)```/g)].map((m) => ({
  path: m[1] ?? "",
  text: m[2] ?? "",
}));

/** The README's `npx parapet …` lines, split into arguments as a shell would (double quotes only). */
const commands = [...readme.matchAll(/^npx parapet (.+)$/gm)].map((m) =>
  [...(m[1] ?? "").matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2] ?? ""),
);

function parapet(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writePack(dir: string, edit: (path: string, text: string) => string = (_p, t) => t) {
  for (const file of files) {
    const path = join(dir, file.path.replace(/^mytrust\//, ""));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(file.path, file.text));
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each test spawns the command a few times (up to eight); allow 20 s a spawn on a busy machine. */
const SPAWNS_TIMEOUT = 160_000;

describe("packs/README.md: a trust's own pack", () => {
  it("shows all three files and the commands to try them", () => {
    expect(files.map((f) => f.path)).toEqual([
      "mytrust/pack.yaml",
      "mytrust/triage.yaml",
      "mytrust/inbox.yaml",
    ]);
    expect(commands.map((c) => c.slice(0, 2))).toEqual([
      ["packs", "validate"],
      ["check", "--pack"],
      ["triage", "--pack"],
    ]);
  });

  it(
    "validates, checks and triages with the pack's directory given as --pack",
    () => {
      writePack(join(work, "mytrust"));
      const [validate, check, triage] = commands as [string[], string[], string[]];

      const valid = parapet(validate);
      expect(valid.code, valid.stderr).toBe(0);
      expect(valid.stdout).toMatch(/valid pack "mytrust"/);
      expect(valid.stdout).toMatch(/triage\.yaml: valid/);
      expect(valid.stdout).toMatch(/inbox\.yaml: valid/);

      // The README's check, as JSON: the trust's own rule, citing its own clause.
      const checked = parapet([...check, "--json"]);
      expect(checked.code, checked.stderr).toBe(0);
      expect(JSON.parse(checked.stdout).findings).toContainEqual(
        expect.objectContaining({ category: "x.mytrust.charity_appeal", clause: "SM01 §6.1" }),
      );
      expect(parapet(check).stdout).toMatch(/SM01 §6\.1/);

      // Its allow-list: the published number is not personal data, another number is.
      const pack = check[2] ?? "";
      const published = JSON.parse(
        parapet(["check", "--pack", pack, "--json", "Ring us on 01632 960000"]).stdout,
      );
      expect(published.findings.map((f: { category: string }) => f.category)).not.toContain("pii.phone");
      const personal = JSON.parse(
        parapet(["check", "--pack", pack, "--json", "Ring me on 07700 900123"]).stdout,
      );
      expect(personal.findings.map((f: { category: string }) => f.category)).toContain("pii.phone");
      // The pack.yaml's own path works as the directory does; its inherited rules cite the patch.
      const nhs = JSON.parse(
        parapet(["check", "--pack", join(pack, "pack.yaml"), "--json", "NHS number 943 476 5919"]).stdout,
      );
      expect(nhs.findings).toContainEqual(
        expect.objectContaining({
          category: "pii.nhs_number",
          rule: "mytrust.pii.nhs-number",
          clause: "SM01 §4.2",
        }),
      );

      // The README's triage, as JSON: the trust's route and template.
      const triaged = parapet([...triage, "--json"]);
      expect(triaged.code, triaged.stderr).toBe(0);
      expect(JSON.parse(triaged.stdout)).toMatchObject({
        category: "complaint",
        route: "pals",
        template: { id: "mytrust.complaint.pals", clause: "SM01 §7.3" },
      });
      const batch = spawnSync(process.execPath, [bin, "triage", "--jsonl", "--pack", pack], {
        cwd: work,
        encoding: "utf8",
        input: `${JSON.stringify({ id: "m1", text: "I want to complain about the car park" })}\n`,
      });
      expect(batch.status, batch.stderr).toBe(0);
      expect(JSON.parse(batch.stdout)).toMatchObject({ id: "m1", route: "pals" });
    },
    SPAWNS_TIMEOUT,
  );

  it(
    "names the file, the field and the reason of a mistake, and exits 2",
    () => {
      const dir = join(work, "broken", "mytrust");
      writePack(dir, (path, text) =>
        path.endsWith("pack.yaml")
          ? text.replace("severity: { official: advice", "severity: { official: urgent")
          : text,
      );
      const r = parapet(["packs", "validate", dir]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/pack\.yaml: rules\[0\]\.severity/);

      const triageDir = join(work, "broken-triage", "mytrust");
      writePack(triageDir, (path, text) =>
        path.endsWith("triage.yaml") ? text.replace("route: pals", "route: the-bin") : text,
      );
      const t = parapet(["packs", "validate", triageDir]);
      expect(t.code).toBe(2);
      expect(t.stderr).toMatch(/triage\.yaml: categories\.complaint\.route/);
    },
    SPAWNS_TIMEOUT,
  );

  it(
    "refuses to triage with a pack that has no triage.yaml, saying what is missing",
    () => {
      const dir = join(work, "no-triage", "mytrust");
      writePack(dir);
      rmSync(join(dir, "triage.yaml"));
      expect(parapet(["check", "--pack", dir, "hello"]).code).toBe(0);
      const r = parapet(["triage", "--pack", dir, "I want to complain"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no triage\.yaml/);
    },
    SPAWNS_TIMEOUT,
  );
});
