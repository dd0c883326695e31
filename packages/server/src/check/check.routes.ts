import { type CheckResult, checkInputSchema, checkPost, checkResultSchema } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type EnginePool, OFF_THREAD_CHARACTERS } from "../engine/engine-pool.js";
import { CharacterBudget, type CharacterBudgetSettings } from "../http/character-budget.js";
import { packQuerySchema } from "../packs/packs.schema.js";
import { findPackOrThrow } from "../packs/packs.service.js";

/** Per client; the general API limit is far lower. */
export const CHECKS_PER_MINUTE = 120_000;

/**
 * Per client: the first 5,000 characters of each post are free (a tweet is 280, a long
 * Facebook post a few thousand), and 600,000 more a minute may follow (six posts of the
 * 100,000-character maximum, each some 100-200 ms of checking: docs/benchmarks.md).
 */
export const CHECK_CHARACTERS: CharacterBudgetSettings = { perMinute: 600_000, freePerRequest: 5_000 };

/** Room for the longest text JSON-escaped (6 bytes a character) and the other fields. */
export const CHECK_BODY_LIMIT = 1024 * 1024;

/**
 * POST /api/v1/check (docs/interfaces.md §5): one draft post in, one result out. A pure
 * function that stores nothing, so it is public: no session and no CSRF token,
 * as external evaluators and the browser page call it the same way.
 */
export const checkRoutes: FastifyPluginAsyncZod<{
  engine: EnginePool;
  characters?: CharacterBudgetSettings | undefined;
}> = async (app, options) => {
  const budget = new CharacterBudget(options.characters ?? CHECK_CHARACTERS);
  app.post(
    "/api/v1/check",
    {
      // Checking is pure CPU with nothing stored; batch callers and the 500 req/s
      // target need more than the general per-client limit, but long texts pay by length.
      config: { permission: "public", rateLimit: { max: CHECKS_PER_MINUTE, timeWindow: 60_000 } },
      bodyLimit: CHECK_BODY_LIMIT,
      preHandler: budget.hook((request) => {
        const body = request.body as { text: string; account?: { bio?: string } };
        return body.text.length + (body.account?.bio?.length ?? 0);
      }),
      schema: {
        tags: ["check"],
        summary: "Check a draft post against a policy pack",
        querystring: packQuerySchema,
        body: checkInputSchema,
        response: { 200: checkResultSchema },
      },
    },
    // Long posts are checked on the worker thread, so that others' short ones are not kept waiting.
    async (request) =>
      request.body.text.length > OFF_THREAD_CHARACTERS.check
        ? ((await options.engine.check(request.query.pack, request.body)) as CheckResult)
        : checkPost(findPackOrThrow(request.query.pack), request.body),
  );
};
