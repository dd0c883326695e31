import { createRequire } from "node:module";
import { dirname } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";

const require = createRequire(import.meta.url);
/** swagger-ui-dist: the viewer's files, served from this server (no CDN, and the CSP allows only 'self'). */
const SWAGGER_UI_DIR = dirname(require.resolve("swagger-ui-dist/package.json"));

/** Only these of the package's files are served; everything else under /api/docs is 404. */
const FILES = ["swagger-ui.css", "swagger-ui-bundle.js"] as const;

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parapet API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"><h1>Parapet API</h1><p>The API's reference is loading. Its machine-readable form is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

// A file of its own, not an inline script: the Content Security Policy allows only 'self'.
const START = `window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  tryItOutEnabled: false,
});
`;

/**
 * Human-readable API documentation at /api/docs, drawn in the browser from the same
 * OpenAPI document the server publishes at /api/v1/openapi.json.
 */
export const apiDocsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyStatic, { root: SWAGGER_UI_DIR, serve: false });
  const route = { config: { permission: "public" as const }, schema: { hide: true } };

  app.get("/api/docs", route, (_request, reply) =>
    reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(PAGE),
  );
  app.get("/api/docs/start.js", route, (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").send(START),
  );
  for (const file of FILES) {
    app.get(`/api/docs/${file}`, route, (_request, reply) =>
      reply.sendFile(file, SWAGGER_UI_DIR, { maxAge: 86_400_000 }),
    );
  }
};
