import { describe, expect, it } from "vitest";
import { BLNS, expectClientErrors, useTestApp } from "../../test/helpers/route-tests.js";

const t = useTestApp("pglite");

describe("POST /api/v1/check", () => {
  it("works without a session or CSRF token and returns the contract's object", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/check?pack=eput",
      payload: {
        id: "p1",
        text: "Patient NHS no 943 476 5919 seen today",
        platform: "x",
        account: { type: "personal" },
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: "p1", verdict: "block" });
    expect(body.findings).toContainEqual(
      expect.objectContaining({ category: "pii.nhs_number", start: 15, end: 27, clause: "CPG58 §3.3" }),
    );
  });

  it("defaults to nhs-core and passes a clean post", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/check",
      payload: { id: 2, text: "Join us at our open day on 12 March" },
    });
    expect(res.json()).toEqual({ id: 2, verdict: "pass", findings: [] });
  });

  it("bad input is a 4xx error envelope, never a 500", async () => {
    await expectClientErrors(t, "/api/v1/check", [
      {},
      { text: 5 },
      { text: "x", account: { type: "boss" } },
      { text: "a".repeat(100_001) },
    ]);
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/check?pack=nope",
      payload: { text: "hi" },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("refuses a platform outside the list with 400 naming the field, as the CLI does", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/check",
      payload: { text: "Our new clinic opens on Monday", platform: "myspace" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation");
    expect(res.json().error.message).toMatch(/platform/);
    const listed = await t.app.inject({
      method: "POST",
      url: "/api/v1/check",
      payload: { text: "Our new clinic opens on Monday", platform: "other" },
    });
    expect(listed.statusCode).toBe(200);
  });

  it("refuses an empty or blank draft with 400 naming text, instead of passing it", async () => {
    for (const text of ["", " ", "\n\t "]) {
      const res = await t.app.inject({ method: "POST", url: "/api/v1/check", payload: { text } });
      expect(res.statusCode, JSON.stringify(text)).toBe(400);
      expect(res.json().error.message).toMatch(/text.*empty/);
      expect(res.json().error.details.issues, "said once").toHaveLength(1);
    }
  });

  it("survives the Big List of Naughty Strings", async () => {
    for (const text of BLNS) {
      const res = await t.app.inject({ method: "POST", url: "/api/v1/check", payload: { id: "n", text } });
      // A blank string is refused as an empty draft (the test above); every other one is checked.
      expect(res.statusCode, text).toBe(text.trim() === "" ? 400 : 200);
      if (res.statusCode !== 200) continue;
      for (const f of res.json().findings) {
        if (f.start !== undefined) expect(f.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe("OpenAPI", () => {
  it("describes the check and packs endpoints", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/check", "/api/v1/packs", "/api/v1/packs/{id}"]));
  });
});

describe("GET /api/v1/packs", () => {
  it("lists the six packs", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/packs" });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual(["cmft", "eput", "nhs-core", "rwt", "tewv", "thh"]);
  });

  it("describes one pack and serves its YAML chain for the browser", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/packs/tewv" });
    expect(res.json()).toMatchObject({ id: "tewv", extends: "nhs-core" });
    const sources = await t.app.inject({ method: "GET", url: "/api/v1/packs/tewv/sources" });
    expect(
      sources
        .json()
        .map((s: { file: string }) => s.file)
        .sort(),
    ).toEqual(["packs/nhs-core/pack.yaml", "packs/tewv/pack.yaml"]);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/packs/nope" })).statusCode).toBe(404);
  });
});
