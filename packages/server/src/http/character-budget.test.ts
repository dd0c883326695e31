import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { CharacterBudget } from "./character-budget.js";

describe("a client's budget of characters", () => {
  it("lets short texts through free, charges long ones, refills over the minute, and caps a bucket at one minute's worth", () => {
    const budget = new CharacterBudget({ perMinute: 1000, freePerRequest: 100 });
    for (let i = 0; i < 1000; i += 1) expect(budget.take("a", 100, 0)).toBe(0);
    expect(budget.take("a", 700, 0)).toBe(0); // 600 charged, 400 left
    expect(budget.take("a", 600, 0)).toBe(6); // 500 needed: 100 short, 6 s at 1000 a minute
    expect(budget.take("b", 600, 0)).toBe(0); // another client has its own bucket
    expect(budget.take("a", 600, 6000)).toBe(0);
    // A text longer than a minute's worth costs a full bucket, no more: it can always be sent once.
    expect(budget.take("c", 1_000_000, 0)).toBe(0);
    expect(budget.take("c", 101, 0)).toBe(1);
    expect(budget.take("c", 101, 60_000 * 100)).toBe(0);
  });

  it("keeps a bounded number of clients", () => {
    const budget = new CharacterBudget({ perMinute: 10, freePerRequest: 0 }, 3);
    for (const client of ["a", "b", "c", "d"]) budget.take(client, 10, 0);
    // "a" was forgotten (its bucket full again); "d" is remembered empty.
    expect(budget.take("a", 10, 0)).toBe(0);
    expect(budget.take("d", 10, 0)).toBeGreaterThan(0);
  });
});

describe("/check and /triage charge long texts by length", () => {
  const t = useTestApp("pglite", {
    characters: {
      check: { perMinute: 3000, freePerRequest: 500 },
      triage: { perMinute: 1000, freePerRequest: 200 },
    },
  });

  it("answers 429 with the envelope and Retry-After once a client has sent its minute's worth", async () => {
    const post = (url: string, text: string, ip = "198.51.100.20") =>
      t.app.inject({ method: "POST", url, remoteAddress: ip, payload: { id: "p", text } });
    // 3,000 a minute beyond the first 500 of each: two posts of 1,500 take 2,000, a third of 2,000 needs 1,500.
    expect((await post("/api/v1/check", "x ".repeat(750))).statusCode).toBe(200);
    expect((await post("/api/v1/check", "x ".repeat(750))).statusCode).toBe(200);
    const refused = await post("/api/v1/check", "x ".repeat(1000));
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/Too much text/),
    });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // Short posts are never held up, and another address has its own budget.
    for (let i = 0; i < 20; i += 1)
      expect((await post("/api/v1/check", "A short draft post.")).statusCode).toBe(200);
    expect((await post("/api/v1/check", "x ".repeat(1000), "198.51.100.21")).statusCode).toBe(200);
    expect((await post("/api/v1/triage", "y ".repeat(300))).statusCode).toBe(200);
    expect((await post("/api/v1/triage", "y ".repeat(300))).statusCode).toBe(200);
    expect((await post("/api/v1/triage", "y ".repeat(300))).statusCode).toBe(429);
  });

  it("limits the body to what the route takes: 1 MiB for /check, 256 KiB for /triage, 64 KiB elsewhere", async () => {
    const big = (bytes: number) => JSON.stringify({ id: "p", text: "a".repeat(bytes) });
    const send = (url: string, payload: string) =>
      t.app.inject({ method: "POST", url, headers: { "content-type": "application/json" }, payload });
    // Over the route's limit: 413 before anything is parsed.
    expect((await send("/api/v1/check", big(1024 * 1024))).statusCode).toBe(413);
    expect((await send("/api/v1/triage", big(256 * 1024))).statusCode).toBe(413);
    expect((await send("/api/v1/auth/sign-in", big(64 * 1024))).statusCode).toBe(413);
    // Under it but over the text limit: 400 naming the field.
    const long = await send("/api/v1/check", big(100_001));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/text/);
  });
});
