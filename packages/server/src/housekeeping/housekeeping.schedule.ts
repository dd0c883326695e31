import type { FastifyBaseLogger } from "fastify";
import type { ServiceDeps } from "../deps.js";
import { purgeExpiredRecords } from "./housekeeping.service.js";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Purges expired records now and every hour. Returns a function that stops and
 * waits for a purge in progress, so the database is never closed under one.
 */
export function scheduleHousekeeping(
  deps: ServiceDeps,
  log: FastifyBaseLogger,
  everyMs = HOUR_MS,
): () => Promise<void> {
  const run = () =>
    purgeExpiredRecords(deps).then(
      (counts) => log.info({ purged: counts }, "housekeeping"),
      (error: unknown) => log.warn({ err: error }, "housekeeping failed; it will try again"),
    );
  let running = run();
  const timer = setInterval(() => {
    running = run();
  }, everyMs).unref();
  return () => {
    clearInterval(timer);
    return running;
  };
}
