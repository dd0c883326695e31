import { defaultTriageConfig, triageMessage } from "../../src/triage/index.js";

/**
 * What the kinds tests share: one message triaged as a Facebook comment at a fixed time, and the
 * misses of a table of kinds (each miss names the kind, the message and what came back).
 */
const config = defaultTriageConfig();
const now = new Date("2026-12-02T10:00:00Z");

export function categoryOf(text: string): string {
  return triageMessage(
    { id: "kind", text, platform: "facebook", channel: "comment", account: "@trust" },
    config,
    { now },
  ).category;
}

/** Every sentence of every kind whose category is not `wanted`, as "kind: text → category". */
export function misses(
  kinds: Record<string, readonly string[]>,
  wanted: (category: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const [kind, sentences] of Object.entries(kinds))
    for (const text of sentences) {
      const category = categoryOf(text);
      if (!wanted(category)) out.push(`${kind}: ${text} → ${category}`);
    }
  return out;
}

/** How many sentences a table of kinds holds. */
export const count = (kinds: Record<string, readonly string[]>): number =>
  Object.values(kinds).reduce((n, sentences) => n + sentences.length, 0);
