import {
  AppError,
  type TriageResult,
  triageInputSchema,
  triageMessage,
  triageResultSchema,
} from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Clock } from "../clock.js";
import { type EnginePool, OFF_THREAD_CHARACTERS } from "../engine/engine-pool.js";
import { CharacterBudget, type CharacterBudgetSettings } from "../http/character-budget.js";
import { packQuerySchema } from "../packs/packs.schema.js";
import { loadTriageConfig } from "./triage-config.reader.js";

/**
 * Like /check, triage is pure and cheap, and evaluators send thousands of
 * messages from one address: a high per-route limit replaces the global one.
 */
export const TRIAGE_PER_MINUTE = 120_000;

/** Per client: 2,000 characters of each message free, 200,000 more a minute (ten of the 20,000 maximum). */
export const TRIAGE_CHARACTERS: CharacterBudgetSettings = { perMinute: 200_000, freePerRequest: 2_000 };

/** Room for the longest message JSON-escaped (6 bytes a character) and the other fields. */
export const TRIAGE_BODY_LIMIT = 256 * 1024;

/**
 * POST /api/v1/triage (docs/interfaces.md §5): one inbound message in, one decision
 * out, stored nowhere. Public like /check: evaluators and the "Try triage"
 * page call it without a session. The clock is only used when the message
 * has no receivedAt.
 */
export const triageRoutes: FastifyPluginAsyncZod<{
  clock: Clock;
  engine: EnginePool;
  characters?: CharacterBudgetSettings | undefined;
}> = async (app, { clock, engine, characters }) => {
  const budget = new CharacterBudget(characters ?? TRIAGE_CHARACTERS);
  app.post(
    "/api/v1/triage",
    {
      config: { permission: "public", rateLimit: { max: TRIAGE_PER_MINUTE, timeWindow: 60_000 } },
      bodyLimit: TRIAGE_BODY_LIMIT,
      preHandler: budget.hook((request) => (request.body as { text: string }).text.length),
      schema: {
        tags: ["triage"],
        summary: "Triage one inbound public message: category, urgency, flags, route and deadline",
        querystring: packQuerySchema,
        body: triageInputSchema,
        response: { 200: triageResultSchema },
      },
    },
    // Long messages are triaged on the worker thread (engine/engine-pool.ts).
    async (request) => {
      const now = clock.now();
      assertPlausibleReceipt(request.body.receivedAt, now);
      return request.body.text.length > OFF_THREAD_CHARACTERS.triage
        ? ((await engine.triage(request.query.pack, request.body, now)) as TriageResult)
        : triageMessage(request.body, loadTriageConfig(request.query.pack), { now });
    },
  );
};

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * A message received before 2000 or more than a year from now is a mistake or an attack:
 * the deadline of a far year makes the calendar work out that year's bank holidays (1.5 s
 * for the year 0000, measured), and JavaScript dates past 9999 print in a form that is not
 * ISO 8601's usual one.
 */
function assertPlausibleReceipt(receivedAt: string | null | undefined, now: Date): void {
  if (!receivedAt) return;
  const at = Date.parse(receivedAt);
  if (at < Date.UTC(2000, 0, 1) || at > now.getTime() + YEAR_MS)
    throw new AppError(
      "validation",
      "Invalid request: body.receivedAt: must be between 2000 and a year from now",
      {
        issues: [{ path: "body.receivedAt", message: "must be between 2000 and a year from now" }],
      },
    );
}
