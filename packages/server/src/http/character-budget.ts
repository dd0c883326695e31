import { AppError } from "@parapet/core";
import type { FastifyReply, FastifyRequest } from "fastify";

export interface CharacterBudgetSettings {
  /** Characters a client may send in a minute, beyond each request's free allowance. */
  perMinute: number;
  /** Characters of each request that cost nothing: ordinary posts and messages are never held up. */
  freePerRequest: number;
}

/**
 * A rate limit by the work a request makes rather than by the request: the checker's
 * and triage's time grows with the text's length (linearly, but a 100,000-character
 * post is still ~3,000 times a tweet), so each client address has a bucket of characters
 * that refills at `perMinute` and each text's characters beyond `freePerRequest` are
 * taken from it before the text is looked at. A bucket holds one minute's worth, so a
 * client that has been quiet may send that much at once, and no more.
 */
export class CharacterBudget {
  readonly #settings: CharacterBudgetSettings;
  readonly #perMs: number;
  /** Client → characters left and when that was worked out; oldest first (Map order). */
  readonly #buckets = new Map<string, { left: number; at: number }>();
  readonly #maxClients: number;

  constructor(settings: CharacterBudgetSettings, maxClients = 50_000) {
    this.#settings = settings;
    this.#perMs = settings.perMinute / 60_000;
    this.#maxClients = maxClients;
  }

  get settings(): CharacterBudgetSettings {
    return this.#settings;
  }

  /** Takes the characters from the client's bucket: 0 if it had them, else seconds until it will. */
  take(client: string, characters: number, nowMs: number): number {
    const cost = Math.min(Math.max(0, characters - this.#settings.freePerRequest), this.#settings.perMinute);
    if (cost === 0) return 0;
    const bucket = this.#buckets.get(client);
    const left = bucket
      ? Math.min(this.#settings.perMinute, bucket.left + (nowMs - bucket.at) * this.#perMs)
      : this.#settings.perMinute;
    if (left < cost) {
      this.#remember(client, { left, at: nowMs });
      return Math.ceil((cost - left) / this.#perMs / 1000);
    }
    this.#remember(client, { left: left - cost, at: nowMs });
    return 0;
  }

  #remember(client: string, bucket: { left: number; at: number }): void {
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    // Bounded memory: forget the clients seen longest ago (a full bucket is the default anyway).
    if (this.#buckets.size > this.#maxClients) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
  }

  /** A preHandler (the body is parsed by then) that charges the characters `measure` counts. */
  hook(measure: (request: FastifyRequest) => number, now: () => number = Date.now) {
    return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const wait = this.take(request.ip, measure(request), now());
      if (wait === 0) return;
      reply.header("retry-after", String(wait));
      throw new AppError(
        "rate_limited",
        `Too much text from this address in the last minute (more than ${this.#settings.perMinute.toLocaleString("en-GB")} characters beyond the first ${this.#settings.freePerRequest.toLocaleString("en-GB")} of each request): wait ${wait} seconds and try again.`,
        { retryAfterSeconds: wait },
      );
    };
  }
}
