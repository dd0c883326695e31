import { type RawBuilder, sql } from "kysely";

/**
 * Marks a statement whose text is fixed (its rows come as one array per column, so the text is
 * the same whatever their number): on PostgreSQL it is then prepared once per connection and only
 * bound and executed after that, not parsed and analysed every time (docs/benchmarks.md,
 * 7 December). Put it first in the statement's text; on PGlite it is only a comment.
 */
export function namedStatement(name: string): RawBuilder<unknown> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a statement name: ${name}`);
  return sql.raw(`/* parapet:${name} */`);
}

const MARKER = /^\/\* parapet:([a-z0-9_]+) \*\//;
/** More distinct marked texts than this means one is not fixed: the rest go unnamed. */
const MAX_NAMED = 200;
const names = new Map<string, string>();

/**
 * The name to prepare a statement under (one per distinct marked text, the same on every
 * connection of the process), or undefined for a statement that is not marked.
 */
export function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known) return known;
  const marker = MARKER.exec(text);
  if (!marker || names.size >= MAX_NAMED) return undefined;
  const name = `parapet_${marker[1]}_${names.size}`;
  names.set(text, name);
  return name;
}
