import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  httpSettings,
  type LoopbackPlatform,
  startLoopbackPlatform,
  TEST_NOW,
} from "../../../test/helpers/loopback-platform.js";
import { clampRetryAt, MAX_RATE_LIMIT_WAIT_MS, parseResetHeader } from "./connector-error.js";
import { buildUrl, httpCall } from "./http.js";

describe("outbound HTTP", () => {
  let platform: LoopbackPlatform;
  beforeEach(async () => {
    platform = await startLoopbackPlatform();
  });
  afterEach(() => platform.close());

  it("never follows a redirect: a 3xx is a permanent error naming the address to check", async () => {
    platform.on("GET /moved", {
      status: 302,
      headers: { location: "http://169.254.169.254/latest/meta-data" },
    });
    expect(await httpCall(httpSettings(platform), { method: "GET", path: "/moved" })).toMatchObject({
      ok: false,
      error: { kind: "permanent", status: 302 },
    });
    expect(platform.received).toHaveLength(1);
  });

  it("refuses a link to another origin before sending anything", async () => {
    expect(buildUrl("https://graph.facebook.com", "https://evil.example/x")).toBeNull();
    expect(
      buildUrl("https://graph.facebook.com", "/v23.0/1/comments", { fields: "id", "types[]": ["a", "b"] })
        ?.href,
    ).toBe("https://graph.facebook.com/v23.0/1/comments?fields=id&types%5B%5D=a&types%5B%5D=b");
    expect(
      await httpCall(httpSettings(platform), { method: "GET", path: "https://evil.example/x" }),
    ).toMatchObject({
      ok: false,
      error: { kind: "permanent" },
    });
  });

  it("refuses a body whose declared or actual length passes the limit", async () => {
    platform.on("GET /big", { text: "x".repeat(10_000) });
    expect(
      await httpCall(httpSettings(platform, { maxResponseBytes: 1000 }), { method: "GET", path: "/big" }),
    ).toMatchObject({
      ok: false,
      error: { kind: "transient" },
    });
    expect(
      await httpCall(httpSettings(platform, { maxResponseBytes: 20_000 }), { method: "GET", path: "/big" }),
    ).toMatchObject({
      ok: true,
      value: { status: 200 },
    });
  });

  it("reads every documented form of reset time, and clamps it to a day", () => {
    const now = TEST_NOW;
    expect(parseResetHeader("30", now)?.toISOString()).toBe("2026-11-20T10:00:30.000Z");
    expect(parseResetHeader("1795687200", now)?.toISOString()).toBe(
      new Date(1_795_687_200_000).toISOString(),
    );
    expect(parseResetHeader("1795687200000", now)?.toISOString()).toBe(
      new Date(1_795_687_200_000).toISOString(),
    );
    expect(parseResetHeader("2026-11-20T10:05:00.000Z", now)?.toISOString()).toBe("2026-11-20T10:05:00.000Z");
    expect(parseResetHeader("Fri, 20 Nov 2026 10:10:00 GMT", now)?.toISOString()).toBe(
      "2026-11-20T10:10:00.000Z",
    );
    expect(parseResetHeader("soon", now)).toBeNull();
    expect(clampRetryAt(new Date("2099-01-01T00:00:00Z"), now, 0)).toBe(
      new Date(now.getTime() + MAX_RATE_LIMIT_WAIT_MS).toISOString(),
    );
    expect(clampRetryAt(new Date("2000-01-01T00:00:00Z"), now, 0)).toBe("2026-11-20T10:00:01.000Z");
  });
});
