import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../../test/helpers/test-database.js";

/**
 * Migration 0024 rewrote format checks with bounded repetitions ({64}, {0,99}) as a length and an
 * unbounded class, which PostgreSQL checks far more cheaply. Each installed check must accept
 * exactly what the regular expression it replaced accepted: both are evaluated here, in the
 * database, over values at and around every bound.
 */
const CHECKS = [
  { table: "audit_events", name: "audit_events_hash_check", column: "hash", was: "^[0-9a-f]{64}$" },
  { table: "audit_events", name: "audit_events_prev_hash_check", column: "prev_hash", was: "^[0-9a-f]{64}$" },
  { table: "audit_chain_heads", name: "audit_chain_heads_hash_check", column: "hash", was: "^[0-9a-f]{64}$" },
  { table: "inbox_evidence", name: "inbox_evidence_sha256_check", column: "sha256", was: "^[0-9a-f]{64}$" },
  {
    table: "audit_events",
    name: "audit_events_chain_check",
    column: "chain",
    was: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    also: ["legacy", "installation"],
  },
  {
    table: "inbox_history",
    name: "inbox_history_action_check",
    column: "action",
    was: "^[a-z][a-z0-9_.]{0,99}$",
  },
  {
    table: "notifications",
    name: "notifications_kind_check",
    column: "kind",
    was: "^[a-z][a-z0-9_.]{0,99}$",
  },
  { table: "jobs", name: "jobs_kind_check", column: "kind", was: "^[a-z][a-z0-9_.-]{0,99}$" },
  {
    table: "inbox_items",
    name: "inbox_items_platform_check",
    column: "platform",
    was: "^[a-z][a-z0-9_-]{0,39}$",
  },
] as const;

/** A small deterministic generator, so that a failure names the same values every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const HEX = "0123456789abcdef";
const NAME = "abcdefghijklmnopqrstuvwxyz0123456789_.-";
const ODD = ["A", "F", "g", "z", "-", " ", "\n", "é", "_", ".", "0", "9"];

/** Values near the checks' shapes: valid ones, each bound ±1, one odd character anywhere, a trailing newline. */
function candidates(next: () => number): string[] {
  const pick = (alphabet: string) => alphabet[Math.floor(next() * alphabet.length)] ?? "a";
  const run = (alphabet: string, n: number) => Array.from({ length: n }, () => pick(alphabet)).join("");
  const uuid = () => `${run(HEX, 8)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 12)}`;
  const base = [
    "",
    "legacy",
    "installation",
    "inbox.triaged",
    "facebook",
    uuid(),
    uuid().toUpperCase(),
    uuid().replaceAll("-", ""),
    `{${uuid()}}`,
    `${run(HEX, 9)}-${run(HEX, 3)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 12)}`,
    `${run(HEX, 8)}--${run(HEX, 3)}-${run(HEX, 4)}-${run(HEX, 12)}`,
    `${run(HEX, 8)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 11)}-`,
  ];
  for (let i = 0; i < 6; i += 1)
    base.push(
      run(HEX, 64),
      uuid(),
      `a${run("abcdefghijklmnopqrstuvwxyz0123456789_.", 5 * i)}`,
      `b${run("abc019_-", 6 * i)}`,
    );
  for (const n of [1, 39, 40, 41, 63, 64, 65, 99, 100, 101]) {
    base.push(run(HEX, n), `a${run(NAME, n - 1)}`, `${pick("0123456789_.-")}${run(NAME, n - 1)}`);
    base.push(`a${run("abcdefghijklmnopqrstuvwxyz", n - 1)}`, `${run(HEX, n)}\n`);
  }
  const out: string[] = [];
  for (const value of base) {
    out.push(value);
    for (let k = 0; k < 3 && value.length > 0; k += 1) {
      const at = Math.floor(next() * value.length);
      out.push(`${value.slice(0, at)}${ODD[Math.floor(next() * ODD.length)]}${value.slice(at + 1)}`);
    }
  }
  return out;
}

describe.each(TEST_DATABASES)("the format checks of migration 0024 on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it.each(CHECKS)("$name accepts exactly what $was did", async (check) => {
    const row = await sql<{ def: string }>`
      select pg_get_constraintdef(c.oid) as def from pg_constraint c
      where c.conname = ${check.name} and c.conrelid = ${check.table}::regclass`.execute(database.db);
    const def = row.rows[0]?.def;
    expect(def, `${check.name} is installed`).toMatch(/^CHECK /);
    expect(def).not.toMatch(/\{\d/);
    // The installed check as an expression of one value: its column replaced by a parameter.
    const expression = (def ?? "")
      .replace(/^CHECK /, "")
      .replace(new RegExp(`\\b${check.column}\\b`, "g"), "v");
    const values = [...candidates(random(check.name.length)), ...("also" in check ? check.also : [])];
    const result = await sql<{ v: string; now: boolean | null; was: boolean }>`
      select v, ${sql.raw(expression)} as now, (v ~ ${check.was} ${"also" in check ? sql`or v in ('legacy', 'installation')` : sql``}) as was
      from unnest(${values}::text[]) as t (v)`.execute(database.db);
    expect(result.rows.length).toBe(values.length);
    expect(result.rows.length).toBeGreaterThan(150);
    const disagree = result.rows.filter((r) => (r.now ?? true) !== r.was).map((r) => JSON.stringify(r.v));
    expect(disagree).toEqual([]);
    // Both sides of each check were tried.
    expect(result.rows.filter((r) => r.was).length).toBeGreaterThan(3);
    expect(result.rows.filter((r) => !r.was).length).toBeGreaterThan(20);
  });
});
