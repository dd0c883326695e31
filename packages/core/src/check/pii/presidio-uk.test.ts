import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findPii } from "./index.js";

interface PresidioCase {
  id: string;
  entity: "NHS_NUMBER" | "NINO";
  text: string;
  expect: "found" | "not_found";
  span?: [number, number];
}

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(here, "../../../../../eval/public/presidio-uk/cases.jsonl");
const cases: PresidioCase[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as PresidioCase);

const CATEGORY = { NHS_NUMBER: "pii.nhs_number", NINO: "pii.nino" } as const;

describe("Presidio UK cases (eval/public/presidio-uk)", () => {
  it("has all 21 cases", () => expect(cases).toHaveLength(21));
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const hits = findPii(c.text).filter((m) => m.category === CATEGORY[c.entity]);
    if (c.expect === "found") {
      const [start, end] = c.span ?? [0, 0];
      // The evaluation counts a hit that overlaps the span; we hold ourselves to the exact span.
      expect(hits.map((h) => [h.start, h.end])).toContainEqual([start, end]);
    } else {
      expect(hits).toEqual([]);
    }
  });
});
