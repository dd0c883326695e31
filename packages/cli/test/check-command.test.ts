import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "packages/cli/bin/parapet.js");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("parapet check", () => {
  it("blocks a valid NHS number, citing the pack's clause (--json)", () => {
    const r = run(["check", "--pack", "eput", "--json", "Patient NHS no 943 476 5919 seen today"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe("block");
    const nhs = out.findings.find((f: { category: string }) => f.category === "pii.nhs_number");
    expect(nhs).toMatchObject({ start: 15, end: 27, severity: "block", clause: "CPG58 §3.3" });
  });

  it("--fail-on block exits 1 when judged, 0 otherwise", () => {
    expect(run(["check", "--fail-on", "block", "NHS 943 476 5919"]).code).toBe(1);
    expect(run(["check", "--fail-on", "block", "Join us for our open day on 12 March"]).code).toBe(0);
  });

  it("--redact prints the text with personal data replaced", () => {
    const r = run(["check", "--redact", "call me on 07700 900123"]);
    expect(r.stdout).toBe("call me on [phone number removed]\n");
  });

  it("reads the post from stdin", () => {
    const r = run(["check", "--json"], "DOB 12/03/1950\n");
    expect(JSON.parse(r.stdout).findings[0].category).toBe("pii.date_of_birth");
  });

  it("refuses text over 100,000 characters with exit 2 and one line on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "parapet-"));
    const file = join(dir, "big.txt");
    writeFileSync(file, "a".repeat(100_001));
    const r = run(["check", "--file", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/limit is 100,000/);
  });

  it("--jsonl keeps output aligned, reports bad lines by number and exits 2", () => {
    const input = [
      JSON.stringify({ id: "a", text: "hello world" }),
      "{not json",
      JSON.stringify({ id: "c" }),
      JSON.stringify({ id: "d", text: "NHS 943 476 5919", account: { type: "official" } }),
    ].join("\n");
    const r = run(["check", "--jsonl", "--pack", "tewv"], input);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, "c", "d"]);
    expect(lines[0].verdict).toBe("pass");
    expect(lines[1].error.code).toBe("validation");
    expect(lines[2].error.message).toMatch(/text/);
    expect(lines[3].verdict).toBe("block");
    expect(r.stderr).toMatch(/line 2:/);
    expect(r.stderr).toMatch(/line 3:/);
  });

  it("refuses empty input with exit 2 and a message instead of saying PASS", () => {
    for (const [args, input] of [
      [["check"], ""],
      [["check"], "\n"],
      [["check", "--json"], "   \n"],
      [["check", ""], undefined],
    ] as const) {
      const r = run([...args], input);
      expect(r.code, JSON.stringify([args, input])).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/text is empty/);
    }
  });

  it("--jsonl refuses a line with an empty text or an unknown platform, naming the field", () => {
    const input = [
      JSON.stringify({ id: "a", text: "" }),
      JSON.stringify({ id: "b", text: "Our clinic opens on Monday", platform: "myspace" }),
      JSON.stringify({ id: "c", text: "Our clinic opens on Monday", platform: "other" }),
    ].join("\n");
    const r = run(["check", "--jsonl"], input);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0].error.message).toMatch(/^text: text is empty/);
    expect(lines[1].error.message).toMatch(/^platform: /);
    expect(lines[2].verdict).toBe("pass");
    expect(r.stderr).toMatch(/line 1:/);
    expect(r.stderr).toMatch(/line 2:/);
    expect(r.stderr).not.toMatch(/line 3:/);
  });

  it("--platform refuses a platform outside the list", () => {
    const r = run(["check", "--platform", "myspace", "hello"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/platform/);
  });

  it("unknown pack is bad usage", () => {
    const r = run(["check", "--pack", "nope", "hi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown pack "nope"/);
  });
});

describe("parapet --version", () => {
  it("prints the version in package.json, with --version and -v", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = run([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });
});

describe("parapet packs", () => {
  it("--json lists the six packs with the contract's fields", () => {
    const r = run(["packs", "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, string>>;
    expect(list.map((p) => p.id).sort()).toEqual(["cmft", "eput", "nhs-core", "rwt", "tewv", "thh"]);
    for (const p of list)
      expect(Object.keys(p).sort()).toEqual(["document", "id", "nextReviewDate", "organisation", "version"]);
  });

  it("validate accepts a trust's own pack and names the problem in a bad one", () => {
    const dir = mkdtempSync(join(tmpdir(), "parapet-"));
    const good = join(dir, "good.yaml");
    writeFileSync(
      good,
      "id: mytrust\nextends: nhs-core\norganisation: My Trust\ndocument: Policy\nversion: '1'\nratified: '2025-01-01'\nnextReviewDate: '2028-01-01'\nallow:\n  phones: ['01632 960000']\n",
    );
    expect(run(["packs", "validate", good]).code).toBe(0);
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      "id: mytrust\norganisation: My Trust\ndocument: Policy\nversion: '1'\nratified: 'soon'\nnextReviewDate: '2028-01-01'\n",
    );
    const r = run(["packs", "validate", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml: ratified: dates are YYYY-MM-DD/);
  });
});
