import { checkPost, triageMessage } from "@parapet/core";
import { describe, expect, it } from "vitest";
import { loadPacksFromDisk } from "./packs/load-packs-from-disk.js";
import { loadTriageConfig } from "./triage/triage-config.reader.js";
import { WARM_UP_TEXTS, warmUpEngines } from "./warm-up.js";

describe("warming the engines before the server listens", () => {
  it("runs without error over every shipped pack", () => {
    expect(() => warmUpEngines(new Date("2026-11-24T10:00:00Z"))).not.toThrow();
  });

  // Warm-up only helps if it reaches the code real traffic reaches.
  it("reaches most triage categories and the personal-data, language and topic detectors", () => {
    const config = loadTriageConfig("nhs-core");
    const categories = new Set(
      WARM_UP_TEXTS.map((text, id) => triageMessage({ id, text }, config, { now: new Date() }).category),
    );
    expect(categories.size).toBeGreaterThanOrEqual(11);
    const pack = loadPacksFromDisk().get("nhs-core");
    if (!pack) throw new Error("nhs-core pack missing");
    const families = new Set(
      WARM_UP_TEXTS.flatMap((text) =>
        checkPost(pack, { text }).findings.map((f) => f.category.split(".")[0]),
      ),
    );
    expect([...families]).toEqual(expect.arrayContaining(["pii", "language", "topic"]));
  });
});
