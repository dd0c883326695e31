import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../packs/index.js";
import { checkPost } from "../check-post.js";

const packsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../packs");
const packs = loadPacks(
  readdirSync(packsDir)
    .filter((d) => existsSync(join(packsDir, d, "pack.yaml")))
    .map((d) => ({
      file: `packs/${d}/pack.yaml`,
      source: readFileSync(join(packsDir, d, "pack.yaml"), "utf8"),
    })),
);
const core = packs.get("nhs-core") as NonNullable<ReturnType<typeof packs.get>>;
const staff = { type: "personal", identifiesAsEmployee: true } as const;

/** The words reported as a person's name in a post, and the post's verdict. */
function namesIn(text: string): { verdict: string; names: string[] } {
  const r = checkPost(core, { text, account: staff });
  const names = r.findings
    .filter((f) => f.category === "pii.person_name" && f.start !== undefined)
    .map((f) => text.slice(f.start, f.end));
  return { verdict: r.verdict, names };
}

// Written for Parapet by kind: a patient described by their care, with a first name the name rules
// alone do not tie to it (a thank-you post, a lower-case handover).
describe("names in a post found to be about a patient (patient-post-name)", () => {
  it("reports the patient's first name in a well-done post about their treatment", () => {
    expect(namesIn("Well done Oskar for finishing six rounds of chemo at 8 years old, bravest boy")).toEqual({
      verdict: "block",
      names: ["Oskar"],
    });
  });

  it("reports a lower-case titled name in a handover about a relative", () => {
    expect(namesIn("mr kowalski in resus 1 his wife is in the relatives room").names).toEqual([
      "mr kowalski",
    ]);
  });

  it("does not read a town after 'from' as a name", () => {
    const r = namesIn("The gentleman from Morpeth on our ward with the rare blood condition is doing better");
    expect(r.verdict).toBe("block");
    expect(r.names).toEqual([]);
  });

  it("does not read a common word opening the sentence as a name", () => {
    const r = namesIn("Man in his 60s who came off his bike by the quarry is on our trauma ward now");
    expect(r.names).toEqual([]);
  });

  it("leaves a post about no patient alone: a colleague congratulated stays clean of names", () => {
    expect(namesIn("Congratulations to Priya on her nursing award, so proud of our team").names).toEqual([]);
  });
});
