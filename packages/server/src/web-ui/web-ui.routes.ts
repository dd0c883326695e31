import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fastifyStatic from "@fastify/static";
import { isWebPagePath } from "@parapet/core/web-pages";
import type { FastifyPluginAsync } from "fastify";
import { WEB_DIST_DIR } from "./web-build.js";

const require = createRequire(import.meta.url);
const NHSUK_ASSETS = join(dirname(require.resolve("nhsuk-frontend/package.json")), "dist/nhsuk/assets");

/**
 * Serves the built web UI and the NHS design system's images. The UI's own pages
 * get index.html, so that they survive a reload; any other path is 404 (a person's
 * browser still gets the UI's "Page not found" page, with the 404 status).
 */
export const webUiRoutes: FastifyPluginAsync = async (app) => {
  const built = existsSync(join(WEB_DIST_DIR, "index.html"));
  await app.register(fastifyStatic, { root: [WEB_DIST_DIR, NHSUK_ASSETS], serve: false });

  app.get(
    "/nhsuk-assets/*",
    { config: { permission: "public" }, schema: { hide: true } },
    (request, reply) => {
      const path = (request.params as { "*": string })["*"];
      return reply.sendFile(path, NHSUK_ASSETS, { maxAge: 86_400_000 });
    },
  );

  app.get("/*", { config: { permission: "public" }, schema: { hide: true } }, (request, reply) => {
    const path = (request.params as { "*": string })["*"];
    if (path.startsWith("api/")) {
      return reply.status(404).send({ error: { code: "not_found", message: `There is no GET /${path}.` } });
    }
    if (!built) {
      return reply
        .status(503)
        .type("text/plain")
        .send("The web UI has not been built. Run `npm start` (it builds it) or `npm run build:web`.");
    }
    if (path.startsWith("assets/") && existsSync(join(WEB_DIST_DIR, path))) {
      return reply.sendFile(path, WEB_DIST_DIR, { immutable: true, maxAge: 31_536_000_000 });
    }
    if (
      path !== "" &&
      !path.includes("..") &&
      /\.[a-z0-9]+$/i.test(path) &&
      existsSync(join(WEB_DIST_DIR, path))
    ) {
      return reply.sendFile(path, WEB_DIST_DIR);
    }
    const page = reply.header("cache-control", "no-cache");
    if (isWebPagePath(`/${path}`)) return page.sendFile("index.html", WEB_DIST_DIR);
    if (/\.[a-z0-9]+$/i.test(path) || !request.headers.accept?.includes("text/html")) {
      return reply.status(404).send({ error: { code: "not_found", message: `There is no GET /${path}.` } });
    }
    return page.status(404).sendFile("index.html", WEB_DIST_DIR);
  });
};
