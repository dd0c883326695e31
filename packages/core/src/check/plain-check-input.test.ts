import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInputSchema, MAX_TEXT_LENGTH } from "./check.schema.js";
import { plainCheckInput } from "./plain-check-input.js";

/** What the schema makes of a line, as JSON (key order included), or null when it refuses it. */
function bySchema(raw: unknown): string | null {
  const parsed = checkInputSchema.safeParse(raw);
  return parsed.success ? JSON.stringify(parsed.data) : null;
}

const lines = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean()),
      text: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ id: fc.string(), text: fc.string(), platform: fc.constantFrom("x", "facebook", "nope") }),
  fc.record({ text: fc.constantFrom(" ", "\n\t", "", " a ", "x".repeat(MAX_TEXT_LENGTH + 1), "ok") }),
  fc.jsonValue(),
);

describe("plainCheckInput", () => {
  it("gives what the schema gives, or leaves the line to the schema", () => {
    let accepted = 0;
    fc.assert(
      fc.property(lines, (value) => {
        // Through JSON, as a batch line reaches it (an own "__proto__" key included).
        const raw = JSON.parse(JSON.stringify(value) ?? "null");
        const plain = plainCheckInput(raw);
        if (plain === undefined) return;
        accepted++;
        expect(JSON.stringify(plain)).toBe(bySchema(raw));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it("accepts the usual lines and refuses the ones the schema refuses", () => {
    const cases = [
      '{"id":"d1","text":"hello"}',
      '{"text":"hello","id":7}',
      '{"text":"hello"}',
      '{"id":1e999,"text":"hello"}',
      '{"id":null,"text":"hello"}',
      '{"id":"a","text":"   "}',
      '{"id":"a","text":""}',
      '{"id":"a","text":"x","__proto__":{"x":1}}',
      '{"id":"a","text":"x","platform":"x"}',
      '["text"]',
    ].map((line) => JSON.parse(line));
    expect(cases.map((raw) => JSON.stringify(plainCheckInput(raw)))).toEqual([
      '{"id":"d1","text":"hello"}',
      '{"id":7,"text":"hello"}',
      '{"text":"hello"}',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    for (const raw of cases.slice(0, 3)) expect(JSON.stringify(plainCheckInput(raw))).toBe(bySchema(raw));
    expect(bySchema(cases[3])).toBeNull();
  });
});
