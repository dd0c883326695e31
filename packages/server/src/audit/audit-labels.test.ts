import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditChangeLines } from "@parapet/core/labels";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../repo-paths.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every action and entity type the server writes, read from its sources. */
function written(pattern: RegExp): Set<string> {
  const found = new Set<string>();
  for (const file of sources(join(REPO_ROOT, "packages", "server", "src"))) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return found;
}

describe("the audit trail reads as words", () => {
  it("has a label for every action the server records", () => {
    // Every quoted code on a line that sets an action (ternaries included) or names one.
    const lines = written(/((?:\baction: |_ACTION = )[^\n]*)/g);
    const actions = new Set(
      [...lines].flatMap((line) => [...line.matchAll(/"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1] ?? "")),
    );
    expect(actions.size).toBeGreaterThanOrEqual(15);
    const missing = [...actions].filter((a) => !(a in AUDIT_ACTION_LABELS));
    expect(missing).toEqual([]);
  });

  it("has a label for every kind of thing an entry is about", () => {
    const types = written(/entity: \{ type: "([a-z_]+)"/g);
    expect(types.size).toBeGreaterThanOrEqual(3);
    expect([...types].filter((t) => !(t in AUDIT_ENTITY_LABELS))).toEqual([]);
  });

  it("shows a change as before → after in words", () => {
    expect(
      auditChangeLines({ before: { roles: ["staff"] }, after: { roles: ["staff", "line_manager"] } }),
    ).toEqual(["Roles: Staff member → Staff member, Line manager"]);
    expect(auditChangeLines({ after: { revoked: true, reason: "leaver" } })).toEqual([
      "Revoked: yes",
      "Reason: leaver",
    ]);
    expect(auditChangeLines({ before: { status: "active" }, after: {} })).toEqual(["Status: was Active"]);
    expect(auditChangeLines({})).toEqual([]);
    expect(auditChangeLines({ after: { scopes: ["audit.read", "inbox.read"] } })).toEqual([
      "Allowed actions: Read and export the audit trail, Read the inbox",
    ]);
    expect(auditChangeLines({ after: { packId: "nhs-core", demo: true } })).toEqual([
      "Policy pack: nhs-core",
      "Demonstration: yes",
    ]);
    // Given names for ids (the server's packs), a pack change never shows an id.
    const names = { packId: (id: string) => ({ tewv: "Tees, Esk and Wear Valleys" })[id] };
    expect(auditChangeLines({ before: { packId: "tewv" }, after: { packId: "gone" } }, names)).toEqual([
      "Policy pack: Tees, Esk and Wear Valleys → one no longer on this server",
    ]);
  });

  it("names each id in a list (a person's training modules), never showing the module's code", () => {
    const modules: Record<string, string> = {
      social_media_policy: "Social media policy (induction)",
      information_governance: "Information governance",
    };
    const names = { training: (id: string) => modules[id], module: (id: string) => modules[id] };
    // "information_governance" is also a role's code: the module's own name wins.
    expect(
      auditChangeLines({ after: { training: ["social_media_policy", "information_governance"] } }, names),
    ).toEqual(["Training: Social media policy (induction), Information governance"]);
    expect(auditChangeLines({ after: { module: "retired_module", training: [] } }, names)).toEqual([
      "Training module: one no longer on this server",
      "Training: none",
    ]);
  });
});
