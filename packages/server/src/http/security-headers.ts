import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/** A strict policy: the web UI loads nothing from anywhere but its own origin. */
const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // The same rule as frame-ancestors 'none', for browsers that predate CSP level 2.
  xFrameOptions: { action: "deny" },
  // Sent only when the server is known to be behind HTTPS (registerSecurityHeaders).
  strictTransportSecurity: false,
};

/** One year, as the HSTS preload list asks; subdomains are the operator's to decide. */
const HSTS = "max-age=31536000";

/**
 * The headers helmet sets for our options, worked out once. The headers never
 * vary by request, and @fastify/helmet rebuilds helmet's middleware (parsing
 * the CSP directives again) for every request, a measurable share of a
 * request's cost on the public /check and /triage routes.
 */
/**
 * Strict-Transport-Security only when `https` says the server is reached over HTTPS
 * (PARAPET_SECURE_COOKIES=true): RFC 6797 §7.2 has browsers ignore it over plain
 * HTTP, and sending it there claims a protection the connection does not have.
 */
export function securityHeaders(options: { https: boolean }): Readonly<Record<string, string>> {
  const headers = helmetHeaders();
  return options.https ? Object.freeze({ ...headers, "strict-transport-security": HSTS }) : headers;
}

export function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/** Every response carries the security headers and the request's id (errors and static files too). */
export function registerSecurityHeaders(
  app: FastifyInstance,
  headers: Readonly<Record<string, string>>,
): void {
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(headers);
    reply.header("x-request-id", request.id);
    done();
  });
}
