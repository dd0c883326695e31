import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { checkPost, triageMessage } from "@parapet/core";
import { describe, expect, it } from "vitest";
import { packDirectory } from "./packs/load-packs-from-disk.js";
import { loadTriageConfig } from "./triage/triage-config.reader.js";
import { WARM_UP_TEXTS, warmUpDefaultPackInSteps, warmUpOnFirstUse, warmUpPack } from "./warm-up.js";

describe("warming the engines before the server listens", () => {
  it("runs without error over every shipped pack", () => {
    for (const id of packDirectory().ids()) expect(() => warmUpPack(id)).not.toThrow();
  });

  // Warm-up only helps if it reaches the code real traffic reaches.
  it("reaches most triage categories and the personal-data, language and topic detectors", () => {
    const config = loadTriageConfig("nhs-core");
    const categories = new Set(
      WARM_UP_TEXTS.map((text, id) => triageMessage({ id, text }, config, { now: new Date() }).category),
    );
    expect(categories.size).toBeGreaterThanOrEqual(11);
    const pack = packDirectory().compiled("nhs-core");
    if (!pack) throw new Error("nhs-core pack missing");
    const families = new Set(
      WARM_UP_TEXTS.flatMap((text) =>
        checkPost(pack, { text }).findings.map((f) => f.category.split(".")[0]),
      ),
    );
    expect([...families]).toEqual(expect.arrayContaining(["pii", "language", "topic"]));
  });

  it("after listening, warms in steps that leave the event loop free, and stops when told", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    try {
      await warmUpDefaultPackInSteps(() => false, 1);
    } finally {
      clearInterval(ticker);
    }
    // Timers ran between the steps: a request arriving meanwhile would have been answered.
    expect(ticks).toBeGreaterThan(0);
    let asked = 0;
    await warmUpDefaultPackInSteps(() => ++asked > 3, 8);
    expect(asked).toBe(4);
  });

  it("starts on the first request other than a health probe, once", async () => {
    const server = createServer((_request, response) => response.end("ok"));
    let warmUps = 0;
    warmUpOnFirstUse(server, () => {
      warmUps += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ["/healthz", "/healthz?probe=1", "/healthz"])
        await (await fetch(base + path)).text();
      expect(warmUps, "a load balancer's probes alone do not warm the engines").toBe(0);
      for (const path of ["/", "/api/v1/me", "/api/v1/check"]) await (await fetch(base + path)).text();
      expect(warmUps).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
