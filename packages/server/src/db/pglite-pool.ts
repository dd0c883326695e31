import type { PGlite } from "@electric-sql/pglite";

/**
 * Presents one embedded PGlite instance as the small part of a `pg` pool that
 * Kysely's PostgresDialect uses, so that both backends share one dialect and
 * one set of SQL migrations. PGlite is a single session, so the pool hands out
 * one connection at a time: a transaction holds it until commit or rollback.
 */
export class PGlitePool {
  readonly #db: PGlite;
  #tail: Promise<void> = Promise.resolve();

  constructor(db: PGlite) {
    this.#db = db;
  }

  async connect(): Promise<PGliteClient> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    return new PGliteClient(this.#db, release);
  }

  async end(): Promise<void> {
    await this.#tail;
  }
}

interface PgLikeResult {
  command: string;
  rowCount: number;
  rows: unknown[];
}

class PGliteClient {
  readonly #db: PGlite;
  readonly #release: () => void;
  #released = false;

  constructor(db: PGlite, release: () => void) {
    this.#db = db;
    this.#release = release;
  }

  async query(text: string, values: readonly unknown[] = []): Promise<PgLikeResult> {
    const command = firstKeyword(text);
    if (values.length === 0) {
      // `exec` takes several statements, as a SQL migration file has; PostgreSQL's
      // simple-query protocol does the same for parameterless queries.
      const results = await this.#db.exec(text);
      const last = results.at(-1);
      return { command, rowCount: last?.affectedRows ?? 0, rows: last?.rows ?? [] };
    }
    const result = await this.#db.query(text, values as unknown[]);
    return { command, rowCount: result.affectedRows ?? 0, rows: result.rows };
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#release();
  }
}

/** The statement's command, as `pg` reports it; a WITH query reports its main statement. */
function firstKeyword(text: string): string {
  const first = (/^\s*([a-z]+)/i.exec(text)?.[1] ?? "").toUpperCase();
  if (first !== "WITH") return first;
  const mains = [...text.matchAll(/\)\s*(insert|update|delete|merge|select)\b/gi)];
  return (mains.at(-1)?.[1] ?? first).toUpperCase();
}
