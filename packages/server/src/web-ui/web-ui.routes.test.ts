import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { buildWebUi, webBuildIsStale } from "./web-build.js";

describe("what the server answers outside the API", () => {
  let t: TestApp;
  beforeAll(async () => {
    // The real build, as `npm start` makes it when the UI is missing or older than its sources.
    if (webBuildIsStale()) await buildWebUi(() => undefined);
    t = await startTestApp("pglite", { serveWebUi: true });
  }, 300_000);
  afterAll(() => t?.close());

  const get = (url: string, accept = "text/html") =>
    t.app.inject({ method: "GET", url, headers: { accept } });

  it("serves the UI for each of its pages, reloads and trailing slashes included", async () => {
    for (const url of ["/", "/check", "/triage", "/people", "/audit/", "/account/security"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/text\/html/);
      expect(response.body, url).toContain('id="root"');
    }
  });

  it("is 404 for paths that are not pages, rather than the UI with 200", async () => {
    for (const url of ["/robots.txt", "/site.webmanifest", "/favicon.ico", "/wp-login.php"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: { code: "not_found" } });
    }
    // A person who follows a wrong link still sees the UI (its "Page not found"), with the 404.
    const docs = await get("/docs");
    expect(docs.statusCode).toBe(404);
    expect(docs.body).toContain('id="root"');
    const scripted = await get("/docs", "application/json");
    expect(scripted.statusCode).toBe(404);
    expect(scripted.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("serves readable API documentation from the OpenAPI document at /api/docs, all from itself", async () => {
    const page = await get("/api/docs");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("/api/v1/openapi.json");
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) {
      expect(source, "no CDN: every file from this server").toMatch(/^\//);
      const file = await get(source, "*/*");
      expect(file.statusCode, source).toBe(200);
    }
    expect((await get("/api/docs/swagger-ui-bundle.js", "*/*")).body.length).toBeGreaterThan(100_000);
    expect((await get("/api/docs/package.json", "*/*")).statusCode).toBe(404);
  });
});
