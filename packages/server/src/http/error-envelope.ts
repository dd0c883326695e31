import { type AppError, type ErrorCode, isAppError } from "@parapet/core";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import FindMyWay, { type HTTPMethod } from "find-my-way";
import { isDatabaseUnavailable } from "../db/database-errors.js";

const STATUS: Readonly<Record<ErrorCode, number>> = {
  validation: 400,
  csrf: 403,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  conflict: 409,
  invalid_transition: 409,
  rate_limited: 429,
};

/** The one place where error codes become HTTP statuses (docs/architecture.md). */
export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) {
  const error: Record<string, unknown> = { code, message };
  if (details !== undefined) error.details = details;
  return reply.status(STATUS[code]).send({ error });
}

export function sendAppError(reply: FastifyReply, error: AppError) {
  return sendError(reply, error.code, error.message, error.details);
}

/**
 * Every error leaves as `{ error: { code, message } }` (docs/interfaces.md §5). Bad input is
 * always a 4xx; only a fault of ours is a 500, and its reply carries no stack or SQL.
 */
export function registerErrorEnvelope(app: FastifyInstance): void {
  const knownRoutes = FindMyWay();
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const upper = method.toUpperCase() as HTTPMethod;
      if (upper === "HEAD") continue;
      knownRoutes.on(upper, route.url, () => undefined);
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const allowed = (["GET", "POST", "PUT", "PATCH", "DELETE"] as const).filter(
      (method) => knownRoutes.find(method, path) !== null,
    );
    if (allowed.length > 0) {
      reply.header("allow", allowed.join(", "));
      return sendError(
        reply,
        "method_not_allowed",
        `${request.method} is not allowed on ${path}; use ${allowed.join(" or ")}.`,
      );
    }
    return sendError(reply, "not_found", `There is no ${request.method} ${path}.`);
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isAppError(error)) return sendAppError(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: `${error.validationContext ?? "body"}${issue.instancePath.replaceAll("/", ".")}`,
        message: issue.message,
      }));
      const first = issues[0];
      const summary = first ? `${first.path}: ${first.message}` : "the request is not valid";
      return sendError(reply, "validation", `Invalid request: ${summary}`, { issues });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: { message: error.message, code: error.code } }, "database unavailable");
      return reply
        .status(503)
        .header("retry-after", "5")
        .send({
          error: { code: "unavailable", message: "The database is not answering. Try again in a moment." },
        });
    }
    if (error.code === "23505") {
      // A unique constraint: two requests made the same thing at the same moment.
      return sendError(reply, "conflict", "That already exists: it was made a moment ago. Reload and check.");
    }
    if (error.code === "FST_ERR_HANDLER_TIMEOUT") {
      request.log.warn({ url: request.routeOptions.url }, "request timed out");
      return reply
        .status(503)
        .header("retry-after", "5")
        .send({
          error: { code: "timeout", message: "The server could not answer in time. Try again in a moment." },
        });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendError(reply, "payload_too_large", "The request body is too large.");
    if (status === 429)
      return sendError(reply, "rate_limited", "Too many requests: wait a moment and try again.");
    if (status >= 400 && status < 500) {
      const message =
        error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError
          ? "The request body is not valid JSON."
          : error.message;
      return reply
        .status(status)
        .send({ error: { code: status === 415 ? "unsupported_media_type" : "validation", message } });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({
      error: { code: "internal", message: "Something went wrong on our side. It has been logged." },
    });
  });
}
