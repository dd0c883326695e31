import { checkPost } from "@parapet/core";
import { afterAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { findPackOrThrow } from "../packs/packs.service.js";
import { EnginePool, OFF_THREAD_CHARACTERS } from "./engine-pool.js";

const longPost = (n: number) =>
  `Patient John Smith on ward 7, NHS number 943 476 5919, call 07700 900123. ${"The clinic runs as usual. ".repeat(n)}`;

describe("the worker thread for long texts", () => {
  const pool = new EnginePool({ maxWaiting: 2 });
  afterAll(() => pool.close());

  it("gives exactly the result the main thread gives", async () => {
    const input = { id: "long", text: longPost(1000), platform: "x" as const };
    expect(await pool.check("tewv", input)).toEqual(checkPost(findPackOrThrow("tewv"), input));
  }, 120_000);

  it("passes the checker's own refusals back as they are, and refuses to queue without end", async () => {
    await expect(pool.check("no-such-pack", { id: "x", text: "hello" })).rejects.toMatchObject({
      code: "not_found",
    });
    const queued = [1, 2, 3].map(() => pool.check("nhs-core", { id: "q", text: longPost(2000) }));
    const settled = await Promise.allSettled(queued);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((settled[2] as PromiseRejectedResult).reason).toMatchObject({ code: "rate_limited" });
  }, 120_000);
});

describe("the worker's life", () => {
  it("starts on the first long text, not before, stops when idle and starts again for the next", async () => {
    const pool = new EnginePool({ idleMs: 50 });
    try {
      expect(pool.running).toBe(false);
      const input = { id: "long", text: longPost(100) };
      const expected = checkPost(findPackOrThrow("nhs-core"), input);
      expect(await pool.check("nhs-core", input)).toEqual(expected);
      expect(pool.running).toBe(true);
      await expect.poll(() => pool.running, { timeout: 10_000 }).toBe(false);
      expect(await pool.check("nhs-core", input)).toEqual(expected);
      expect(pool.running).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe("/check and /triage send long texts to it", () => {
  const t = useTestApp("pglite");

  it("answers a long post and a long message with the same results as in process", async () => {
    const text = longPost(Math.ceil(OFF_THREAD_CHARACTERS.check / 20));
    expect(text.length).toBeGreaterThan(OFF_THREAD_CHARACTERS.check);
    const check = await t.app.inject({
      method: "POST",
      url: "/api/v1/check?pack=rwt",
      payload: { id: "p", text },
    });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual(
      JSON.parse(JSON.stringify(checkPost(findPackOrThrow("rwt"), { id: "p", text }))),
    );
    const message = `I want to end my life. ${"Nobody at the ward listens. ".repeat(300)}`.slice(0, 19_000);
    expect(message.length).toBeGreaterThan(OFF_THREAD_CHARACTERS.triage);
    const triage = await t.app.inject({
      method: "POST",
      url: "/api/v1/triage",
      payload: { id: "m", text: message },
    });
    expect(triage.statusCode).toBe(200);
    expect(triage.json()).toMatchObject({ category: "crisis", urgency: "critical" });
    const missing = await t.app.inject({
      method: "POST",
      url: "/api/v1/check?pack=nope",
      payload: { id: "p", text },
    });
    expect(missing.statusCode).toBe(404);
  }, 120_000);
});
