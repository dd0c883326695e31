import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../packs/index.js";
import { fastest, repeatTo } from "../timing.test-helper.js";
import type { Severity } from "./categories.js";
import type { Finding } from "./check.schema.js";
import { checkPost } from "./check-post.js";
import { dedupeFindings } from "./dedupe-findings.js";

const RANK: Readonly<Record<Severity, number>> = { block: 3, review: 2, advice: 1 };

/** The quadratic algorithm dedupeFindings replaced, kept as the reference its output must equal. */
function referenceDedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const out: Finding[] = [];
  const sorted = [...findings].sort(
    (a, b) => (a.start ?? -1) - (b.start ?? -1) || RANK[b.severity] - RANK[a.severity],
  );
  for (const f of sorted) {
    const i = out.findIndex(
      (o) =>
        o.category === f.category &&
        (o.start === undefined
          ? f.start === undefined
          : f.start !== undefined && o.end !== undefined && f.start < o.end),
    );
    const seen = out[i];
    if (!seen) {
      out.push(f);
      continue;
    }
    const winner = RANK[f.severity] > RANK[seen.severity] ? f : seen;
    if (seen.start !== undefined && seen.end !== undefined && f.end !== undefined && f.end > seen.end) {
      out[i] = { ...winner, start: seen.start, end: f.end };
    } else out[i] = { ...winner, ...(seen.start !== undefined ? { start: seen.start, end: seen.end } : {}) };
  }
  return out;
}

const CATEGORIES = ["pii.phone", "pii.email", "pii.nhs_number", "language.profanity"] as const;

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    category: fc.constantFrom(...CATEGORIES),
    rule: fc.constantFrom("a", "b", "c", "d"),
    severity: fc.constantFrom<Severity>("block", "review", "advice"),
    // Spans cluster in a short text so that many overlap, touch or nest; some are whole-post.
    span: fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.nat(60), fc.nat(15)) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    replacement: fc.option(fc.constantFrom("[phone]", "[email]"), { nil: undefined }),
  })
  .map(({ category, rule, severity, span, replacement }) => {
    const base = { category, rule, severity, clause: `clause ${rule}`, message: `message ${rule}` };
    const position = span === null ? {} : { start: span[0], end: span[0] + span[1] };
    return {
      ...base,
      ...position,
      suggestion: replacement ?? "edit",
      ...(replacement !== undefined ? { replacement } : {}),
    };
  });

describe("dedupeFindings", () => {
  it("merges exactly as the quadratic reference did, on generated finding lists", () => {
    let checked = 0;
    let merged = 0;
    fc.assert(
      fc.property(fc.array(findingArb, { minLength: 2, maxLength: 40 }), (findings) => {
        const expected = referenceDedupe(findings);
        expect(dedupeFindings(findings)).toEqual(expected);
        checked++;
        if (expected.length < findings.length) merged++;
      }),
      { numRuns: 400, seed: 13 },
    );
    expect(checked).toBeGreaterThanOrEqual(400);
    // The generated lists must exercise merging, not only pass findings through.
    expect(merged).toBeGreaterThanOrEqual(200);
  });

  /** Property reads made on the findings while deduplicating them: the work, counted. */
  function readsToDedupe(dedupe: (f: Finding[]) => Finding[], n: number): number {
    let reads = 0;
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const finding: Finding = {
        category: CATEGORIES[i % CATEGORIES.length] as string,
        rule: "r",
        severity: i % 3 === 0 ? "block" : "review",
        start: i * 4,
        end: i * 4 + 3,
        clause: "c",
        message: "m",
        suggestion: "s",
      };
      findings.push(
        new Proxy(finding, {
          get(target, key, receiver) {
            reads++;
            return Reflect.get(target, key, receiver);
          },
        }),
      );
    }
    dedupe(findings);
    return reads;
  }

  it("does work that grows as n log n with the number of findings, where the reference grew as n squared", () => {
    const small = readsToDedupe(dedupeFindings, 2_000);
    const large = readsToDedupe(dedupeFindings, 20_000);
    // Ten times the findings: n log n is about 13 times the work; 25 leaves room, n squared is 100.
    expect(large / small).toBeLessThan(25);
    // The same measure tells the quadratic reference apart (on fewer findings, to keep the test quick).
    const referenceSmall = readsToDedupe(referenceDedupe, 300);
    const referenceLarge = readsToDedupe(referenceDedupe, 3_000);
    expect(referenceLarge / referenceSmall).toBeGreaterThan(25);
  });
});

const here = dirname(fileURLToPath(import.meta.url));
const packSource = readFileSync(resolve(here, "../../../../packs/nhs-core/pack.yaml"), "utf8");
const pack = loadPacks([{ file: "packs/nhs-core/pack.yaml", source: packSource }]).get("nhs-core");
if (!pack) throw new Error("no nhs-core pack");

/** Posts whose 100,000 characters hold thousands of findings: the case a quadratic merge cannot take. */
const MANY_FINDINGS = [
  "call 07700 900123 ",
  "mail ann.smith@example.com ",
  "NHS 943 476 5919 ",
  "ring 020 7946 0958 or 07700 900456, ",
];

describe("checkPost with thousands of findings", () => {
  for (const unit of MANY_FINDINGS) {
    it(`"${unit.trim()}" repeated to 100,000 characters takes about ten times what 10,000 take`, () => {
      const small = repeatTo(unit, 10_000);
      const large = repeatTo(unit, 100_000);
      expect(checkPost(pack, { text: large }).findings.length).toBeGreaterThan(2_000);
      checkPost(pack, { text: small });
      const tSmall = fastest(() => checkPost(pack, { text: small }), 5);
      const tLarge = fastest(() => checkPost(pack, { text: large }), 3);
      expect(tLarge).toBeLessThan(Math.max(60 * tSmall, 400));
    });
  }
});

/**
 * Runs of digits and spaces: "1 " repeated made checkPost superlinear (10k 9 ms, 40k 18 ms,
 * 100k 123 ms) because every ten digits are an NHS-number-shaped finding and the merge searched
 * all kept findings for each one. Timed with the same 60-times bound as issue11-linear.test.ts.
 */
const DIGIT_RUNS = [
  "1 ",
  "0 ",
  "1 2 3 4 5 6 7 8 9 0 ",
  "1.1 ",
  "1-1 ",
  "1\t",
  "1  2 ",
  "1 1 1 1 1 1 1 1 1 1 1\n",
];

describe("checkPost on runs of digits and spaces", () => {
  for (const unit of DIGIT_RUNS) {
    it(`${JSON.stringify(unit)} repeated to 100,000 characters takes about ten times what 10,000 take`, () => {
      const small = repeatTo(unit, 10_000);
      const large = repeatTo(unit, 100_000);
      for (const account of [undefined, { type: "official" as const }]) {
        const input = (text: string) => ({ text, ...(account ? { account } : {}), platform: "x" as const });
        checkPost(pack, input(small));
        const tSmall = fastest(() => checkPost(pack, input(small)), 5);
        const tLarge = fastest(() => checkPost(pack, input(large)), 3);
        expect(tLarge).toBeLessThan(Math.max(60 * tSmall, 400));
      }
    });
  }
});
