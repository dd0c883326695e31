import type { FastifyInstance } from "fastify";

/**
 * JSON bodies as Fastify parses them (with its guards against `__proto__` and
 * `constructor` poisoning), except that an empty body is no body. Clients and
 * libraries send `content-type: application/json` on every request, a DELETE or a
 * POST without fields too; refusing those with "body cannot be empty" would answer
 * before the permission check (a 400 where a 401 or the action's own reply is due).
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    // parseAs "string" always gives a string; the type allows a Buffer for other settings.
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
