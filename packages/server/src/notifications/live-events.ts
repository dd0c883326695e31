import { AppError } from "@parapet/core";
import { z } from "zod";
import type { Database } from "../db/database.js";

/** What the triggers of migration 0009 announce (ids only, never content). */
const announcement = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("notification"),
    organisationId: z.string(),
    userId: z.string(),
    id: z.string(),
  }),
  z.object({ type: z.literal("inbox"), organisationId: z.string(), id: z.string() }),
  z.object({ type: z.literal("session_ended"), organisationId: z.string(), sessionId: z.string() }),
]);
export type Announcement = z.infer<typeof announcement>;

export interface LiveSubscriber {
  organisationId: string;
  userId: string;
  sessionId: string;
  /** Whether this person may see the inbox (its changes are pushed only to them). */
  seesInbox: boolean;
  onNotification(id: string): void;
  onInboxChanged(id: string): void;
  /** The session ended (signed out, deactivated, expired) or the server is stopping. */
  close(): void;
}

export interface LiveEventsSettings {
  /** Open streams one person may have at once (tabs, devices). */
  maxStreamsPerPerson: number;
}

export const DEFAULT_LIVE_EVENTS_SETTINGS: LiveEventsSettings = { maxStreamsPerPerson: 5 };

/**
 * The process's one listener on the database's announcements, fanning them out to the open
 * streams of each organisation. Listening starts with the first stream. Because the database
 * announces only what committed, a stream never shows a notification that was rolled back,
 * and any server on the same database hears what any worker did.
 */
export class LiveEvents {
  readonly #database: Database;
  readonly #settings: LiveEventsSettings;
  readonly #byOrganisation = new Map<string, Set<LiveSubscriber>>();
  #listening: Promise<() => Promise<void>> | undefined;

  constructor(database: Database, settings: LiveEventsSettings = DEFAULT_LIVE_EVENTS_SETTINGS) {
    this.#database = database;
    this.#settings = settings;
  }

  /** Adds a stream; refuses one past the per-person limit. Returns its removal. */
  async subscribe(subscriber: LiveSubscriber): Promise<() => void> {
    const group = this.#byOrganisation.get(subscriber.organisationId) ?? new Set();
    let mine = 0;
    for (const s of group) if (s.userId === subscriber.userId) mine += 1;
    if (mine >= this.#settings.maxStreamsPerPerson)
      throw new AppError(
        "rate_limited",
        `You have ${mine} live connections open already (the most is ${this.#settings.maxStreamsPerPerson}): close some tabs and try again.`,
      );
    group.add(subscriber);
    this.#byOrganisation.set(subscriber.organisationId, group);
    this.#listening ??= this.#database.listen((payload) => this.#hear(payload));
    try {
      await this.#listening;
    } catch (error) {
      group.delete(subscriber);
      this.#listening = undefined;
      throw error;
    }
    return () => {
      group.delete(subscriber);
      if (group.size === 0) this.#byOrganisation.delete(subscriber.organisationId);
    };
  }

  /** How many streams are open (for tests and the benchmark). */
  get size(): number {
    let n = 0;
    for (const group of this.#byOrganisation.values()) n += group.size;
    return n;
  }

  /** Ends every stream and stops listening (the server is closing). */
  async stop(): Promise<void> {
    for (const group of this.#byOrganisation.values()) for (const s of [...group]) s.close();
    this.#byOrganisation.clear();
    const listening = this.#listening;
    this.#listening = undefined;
    if (listening) await (await listening.catch(() => async () => undefined))();
  }

  #hear(payload: string): void {
    let parsed: Announcement;
    try {
      const result = announcement.safeParse(JSON.parse(payload));
      if (!result.success) return;
      parsed = result.data;
    } catch {
      return;
    }
    const group = this.#byOrganisation.get(parsed.organisationId);
    if (!group) return;
    for (const s of [...group]) {
      if (parsed.type === "notification" && s.userId === parsed.userId) s.onNotification(parsed.id);
      else if (parsed.type === "inbox" && s.seesInbox) s.onInboxChanged(parsed.id);
      else if (parsed.type === "session_ended" && s.sessionId === parsed.sessionId) s.close();
    }
  }
}
