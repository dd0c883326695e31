import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/parapet.js", import.meta.url));

function run(args: string[], stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("parapet triage", () => {
  it("--jsonl: one result per line, in order, with the contract's fields", async () => {
    const input = [
      {
        id: "a",
        text: "Thank you to the wonderful midwives on the delivery suite",
        receivedAt: "2026-11-23T10:00:00Z",
      },
      { id: "b", text: "i cant go on anymore. said goodbye to everyone", channel: "dm" },
      {
        id: "c",
        text: "FOI request: how much did you spend on agency staff in 2025?",
        receivedAt: "2026-11-23T11:00:00Z",
      },
    ]
      .map((o) => JSON.stringify(o))
      .join("\n");
    const { code, stdout } = await run(["triage", "--jsonl", "--pack", "tewv"], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", "b", "c"]);
    expect(out[0]).toMatchObject({ category: "compliment", urgency: "low" });
    expect(out[1]).toMatchObject({ category: "crisis", urgency: "critical", route: "crisis" });
    expect(out[2]).toMatchObject({ category: "foi", route: "foi", dueBy: "2026-12-22T17:00:00.000Z" });
    for (const o of out)
      expect(Object.keys(o)).toEqual(
        expect.arrayContaining(["id", "category", "urgency", "flags", "route", "dueBy"]),
      );
  });

  it("bad lines become error objects in place, name the line on stderr, and exit 2 at the end", async () => {
    const { code, stdout, stderr } = await run(
      ["triage", "--jsonl"],
      '{"id":"ok1","text":"hello"}\nnot json\n{"id":"x"}\n{"id":"ok2","text":"hello again"}\n',
    );
    expect(code).toBe(2);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].id).toBe("ok1");
    expect(out[1]).toEqual({ id: null, error: { code: "validation", message: "not valid JSON" } });
    expect(out[2]).toMatchObject({ id: "x", error: { code: "validation" } });
    expect(out[3].id).toBe("ok2");
    expect(stderr).toContain("line 2");
    expect(stderr).toContain("line 3");
  });

  it("single message mode prints the decision, template and deadline", async () => {
    const { code, stdout } = await run(["triage", "I'll be waiting for her in the car park"]);
    expect(code).toBe(0);
    expect(stdout).toContain("threat (critical)");
    expect(stdout).toContain("security");
  });

  it("an unknown pack is bad usage (exit 2, one line on stderr)", async () => {
    const { code, stderr } = await run(["triage", "--pack", "nope", "hello"]);
    expect(code).toBe(2);
    expect(
      stderr
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("parapet:")),
    ).toHaveLength(1);
  });
});
