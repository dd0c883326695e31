import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import { AppError } from "@parapet/core";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { accountsRoutes } from "./accounts/accounts.routes.js";
import { adminAuditRoutes } from "./accounts/admin-audit.routes.js";
import { trainingRoutes } from "./accounts/training.routes.js";
import { unofficialRoutes } from "./accounts/unofficial.routes.js";
import { apiDocsRoutes } from "./api-docs/api-docs.routes.js";
import { apiTokenRoutes } from "./api-tokens/api-tokens.routes.js";
import { auditRoutes } from "./audit/audit.routes.js";
import { checkRoutes } from "./check/check.routes.js";
import type { Deps } from "./create-deps.js";
import { EnginePool } from "./engine/engine-pool.js";
import { healthRoutes } from "./health/health.routes.js";
import type { CharacterBudgetSettings } from "./http/character-budget.js";
import { clientErrorHandler } from "./http/client-errors.js";
import { registerErrorEnvelope, sendError } from "./http/error-envelope.js";
import { registerGuard } from "./http/guard.js";
import { registerJsonBodyParser } from "./http/json-body.js";
import { lazySchemaCompilers } from "./http/lazy-schema-compilers.js";
import { registerSecurityHeaders, securityHeaders } from "./http/security-headers.js";
import { inboxRoutes } from "./inbox/inbox.routes.js";
import { inboxExtraRoutes } from "./inbox/inbox-extras.routes.js";
import { webhookRoutes } from "./inbox/webhooks.routes.js";
import { jobsRoutes } from "./jobs/jobs.routes.js";
import { notificationRoutes } from "./notifications/notifications.routes.js";
import { type StreamSettings, streamRoutes } from "./notifications/stream.routes.js";
import { organisationRoutes } from "./organisations/organisation.routes.js";
import { packsRoutes } from "./packs/packs.routes.js";
import { peopleRoutes } from "./people/people.routes.js";
import { systemRoutes } from "./system/system.routes.js";
import { triageRoutes } from "./triage/triage.routes.js";
import { authRoutes } from "./users/auth.routes.js";
import { oidcRoutes } from "./users/oidc.routes.js";
import { type OidcSettings, OidcSignIn } from "./users/oidc.service.js";
import { secondFactorRoutes } from "./users/second-factor.routes.js";
import { webUiRoutes } from "./web-ui/web-ui.routes.js";

export interface AppOptions {
  /** From createDeps: the database, clock, logger, jobs, secrets, audit trail… of this process. */
  deps: Deps;
  secureCookies?: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Serve the built web UI (off in route tests). */
  serveWebUi?: boolean;
  /** Requests per minute per client address, and sign-ins per minute per address. */
  rateLimit?: { perMinute: number; signInPerMinute: number };
  /** OpenID Connect single sign-on (config.ts reads it from the environment). */
  oidc?: OidcSettings;
  /** Whether this server was started with the demo organisation (`parapet start`). */
  demo?: boolean;
  /** How long a request may take to arrive and to be answered (DEFAULT_TIMEOUTS). */
  timeouts?: Partial<Timeouts>;
  /** Start the worker thread for long texts at once and compile the default pack in it (by default it starts on first use: engine-pool.ts says why). */
  warmEngine?: boolean;
  /** Characters per minute per client on /check and /triage (CHECK_CHARACTERS, TRIAGE_CHARACTERS). */
  characters?: { check?: CharacterBudgetSettings; triage?: CharacterBudgetSettings };
  /** The live stream's heartbeat, batching and per-person limit (DEFAULT_STREAM_SETTINGS). */
  stream?: Partial<StreamSettings>;
}

export interface Timeouts {
  /** The headers must have arrived within this (slow-header clients). */
  headersMs: number;
  /** The whole request, body included, must have arrived within this (slow-body clients). */
  requestMs: number;
  /** A handler that has not answered by then gets a 503; routes may set their own. */
  handlerMs: number;
}

/**
 * A 1 MB body at 1 Mbit/s arrives in 8 s; a client slower than the request limit is
 * either broken or holding connections open on purpose. Node checks the two arrival
 * limits once per CHECK_INTERVAL_MS (30 s by default, which is how 300 slow-body
 * connections were held for 35 s).
 */
export const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 10_000, requestMs: 15_000, handlerMs: 30_000 };
const CHECK_INTERVAL_MS = 1000;

/**
 * Per client address. The API-wide figure is a flood guard, set high enough for the
 * contract's evaluators to drive POST /api/v1/check and /triage hard; sign-in is
 * limited much harder (and sign-in-throttle.ts adds lockout with back-off).
 */
export const DEFAULT_RATE_LIMIT = { perMinute: 60_000, signInPerMinute: 30 } as const;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Every body but a text to check or triage is a small form: names, roles, a token's scopes. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** The HTTP server over the dependencies createDeps built: registers every domain's routes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const headers = securityHeaders({ https: options.secureCookies ?? false });
  const app = Fastify({
    loggerInstance: deps.log,
    // One line per request (logRequest below) instead of Fastify's two, which also
    // serialise the whole request: the log costs a third of a cheap request.
    logController: new LogController({ disableRequestLogging: true }),
    // Routes that take long texts (/check, /triage) set their own limit.
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    // zod's compilers are set below; Fastify's own load only if asked for (lazy-schema-compilers.ts).
    schemaController: { compilersFactory: lazySchemaCompilers() },
    requestTimeout: timeouts.requestMs,
    handlerTimeout: timeouts.handlerMs,
    http: {
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
    },
    clientErrorHandler: clientErrorHandler(headers),
    // A path Fastify cannot decode (`%ZZ`) never reaches a route or a hook: answer it here, in the envelope.
    frameworkErrors: (error, _request, reply) => {
      reply.headers(headers);
      return sendError(
        reply,
        "validation",
        error.code === "FST_ERR_BAD_URL"
          ? "The address is not valid: check its percent-encoding."
          : error.message,
      );
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerSecurityHeaders(app, headers);
  app.addHook("onResponse", logRequest);

  registerErrorEnvelope(app);
  registerJsonBodyParser(app);
  await app.register(fastifyCookie);
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  await app.register(fastifyRateLimit, {
    max: rateLimit.perMinute,
    timeWindow: 60_000,
    // Per client address: a key taken from the Authorization header would let a caller
    // dodge the limit by sending a different made-up token each time.
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        "rate_limited",
        `Too many requests: wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`,
      ),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Parapet API",
        version: "1",
        description: "Social media governance for NHS trusts. Errors are { error: { code, message } }.",
      },
    },
    transform: jsonSchemaTransform,
  });
  registerGuard(app, deps);

  await app.register(healthRoutes, { deps, databaseKind: deps.database.kind });
  await app.register(authRoutes, {
    deps,
    secureCookies: options.secureCookies ?? false,
    signInPerMinute: rateLimit.signInPerMinute,
  });
  await app.register(secondFactorRoutes, { deps });
  await app.register(oidcRoutes, {
    deps,
    oidc: options.oidc ? new OidcSignIn(options.oidc) : undefined,
    secureCookies: options.secureCookies ?? false,
  });
  await app.register(peopleRoutes, { deps });
  await app.register(auditRoutes, { deps });
  await app.register(apiTokenRoutes, { deps });
  // Long texts are checked and triaged on a worker thread; it starts on first use (engine-pool.ts says why), or now when warming.
  const engine = new EnginePool();
  app.addHook("onClose", () => engine.close());
  if (options.warmEngine)
    engine
      .warm()
      .catch((error: unknown) => app.log.warn({ err: error }, "the checker's worker did not warm up"));
  await app.register(checkRoutes, { engine, characters: options.characters?.check });
  await app.register(packsRoutes);
  await app.register(organisationRoutes, { deps });
  await app.register(jobsRoutes, { deps });
  await app.register(inboxRoutes, { deps });
  await app.register(inboxExtraRoutes, { deps });
  await app.register(webhookRoutes, { deps });
  await app.register(notificationRoutes, { deps });
  await app.register(streamRoutes, { deps, settings: options.stream });
  await app.register(accountsRoutes, { deps });
  await app.register(trainingRoutes, { deps });
  await app.register(adminAuditRoutes, { deps });
  await app.register(unofficialRoutes, { deps });
  await app.register(systemRoutes, { deps, demo: options.demo ?? false });
  await app.register(triageRoutes, { clock: deps.clock, engine, characters: options.characters?.triage });
  await app.register(apiDocsRoutes);
  if (options.serveWebUi) await app.register(webUiRoutes);

  app.get("/api/v1/openapi.json", { config: { permission: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.ready();
  return app;
}

/** The access log: one JSON line per request, without bodies, headers or query strings. */
function logRequest(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  request.log.info(
    {
      method: request.method,
      path: request.url.split("?", 1)[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    },
    "request",
  );
  done();
}
