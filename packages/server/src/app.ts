import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Clock } from "./clock.js";
import type { Database } from "./db/database.js";
import { DEFAULT_SESSION_SETTINGS, type ServiceDeps, type SessionSettings } from "./deps.js";
import { healthRoutes } from "./health/health.routes.js";
import { registerErrorEnvelope } from "./http/error-envelope.js";
import { registerGuard } from "./http/guard.js";
import { authRoutes } from "./users/auth.routes.js";
import { checkRoutes } from "./check/check.routes.js";
import { packsRoutes } from "./packs/packs.routes.js";
import { triageRoutes } from "./triage/triage.routes.js";
import { webUiRoutes } from "./web-ui/web-ui.routes.js";

export interface AppOptions {
  database: Database;
  clock: Clock;
  /** pino options, or false for no logs (tests). */
  logger?: boolean | { level: string };
  sessions?: SessionSettings;
  secureCookies?: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Serve the built web UI (off in route tests). */
  serveWebUi?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The composition root: builds the dependencies once and registers every domain's routes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  const deps: ServiceDeps = {
    db: options.database.db,
    clock: options.clock,
    settings: options.sessions ?? DEFAULT_SESSION_SETTINGS,
  };

  registerErrorEnvelope(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
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

  await app.register(healthRoutes, { deps, databaseKind: options.database.kind });
  await app.register(authRoutes, { deps, secureCookies: options.secureCookies ?? false });
  await app.register(checkRoutes);
  await app.register(packsRoutes);
  await app.register(triageRoutes, { clock: options.clock });
  if (options.serveWebUi) await app.register(webUiRoutes);

  app.get("/api/v1/openapi.json", { config: { permission: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.ready();
  return app;
}
