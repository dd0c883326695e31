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

/** At most this many rows of each kind are re-read after a reconnect (the inbox says "many" past that). */
const CATCH_UP_LIMIT = 1000;
const HEARD_LIMIT = 2000;

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
  readonly #heardNotifications = new Set<string>();

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
    this.#listening ??= this.#database.listen((payload) => this.#hear(payload), {
      onReconnect: (lostAt) => void this.catchUp(lostAt),
    });
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

  /**
   * After the LISTEN connection dropped and came back: re-reads what changed since it was lost
   * (new notifications, changed inbox items, sessions that ended) for the organisations with
   * open streams, and delivers it as if it had been heard. A notification heard already is not
   * sent twice; an inbox change twice only reloads the list again.
   */
  async catchUp(lostAt: Date): Promise<void> {
    const organisations = [...this.#byOrganisation.keys()];
    if (organisations.length === 0) return;
    const db = this.#database.db;
    try {
      const notifications = await db
        .selectFrom("notifications")
        .select(["id", "user_id", "organisation_id"])
        .where("organisation_id", "in", organisations)
        .where("created_at", ">=", lostAt)
        .orderBy("created_at")
        .limit(CATCH_UP_LIMIT)
        .execute();
      for (const n of notifications)
        if (!this.#heardNotifications.has(n.id))
          this.#deliver({
            type: "notification",
            organisationId: n.organisation_id,
            userId: n.user_id,
            id: n.id,
          });
      const items = await db
        .selectFrom("inbox_items")
        .select(["id", "organisation_id"])
        .where("organisation_id", "in", organisations)
        .where("updated_at", ">=", lostAt)
        .orderBy("updated_at")
        .limit(CATCH_UP_LIMIT)
        .execute();
      for (const item of items)
        this.#deliver({ type: "inbox", organisationId: item.organisation_id, id: item.id });
      // An ended session's row is gone: a stream whose session no longer exists is closed.
      const sessionIds = [...this.#byOrganisation.values()].flatMap((g) => [...g].map((s) => s.sessionId));
      const alive = new Set(
        sessionIds.length === 0
          ? []
          : (await db.selectFrom("sessions").select("id").where("id", "in", sessionIds).execute()).map(
              (r) => r.id,
            ),
      );
      for (const group of this.#byOrganisation.values())
        for (const s of [...group]) if (!alive.has(s.sessionId)) s.close();
    } catch {
      // The database is away again: the next reconnect catches up from its own loss.
    }
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
    this.#deliver(parsed);
  }

  #deliver(parsed: Announcement): void {
    if (parsed.type === "notification") {
      if (this.#heardNotifications.has(parsed.id)) return;
      this.#heardNotifications.add(parsed.id);
      // Remember the latest few only: enough to skip what a catch-up re-reads.
      if (this.#heardNotifications.size > HEARD_LIMIT) {
        const oldest = this.#heardNotifications.values().next().value;
        if (oldest !== undefined) this.#heardNotifications.delete(oldest);
      }
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
