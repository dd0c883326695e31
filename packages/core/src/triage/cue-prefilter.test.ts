import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CompiledCues, type CueList, CuePrefilter, compileCues, matchCues } from "./cue.js";
import { MULTILINGUAL_CUES } from "./cues-multilingual.js";
import { FOI_CUES, MEDIA_CUES, SUBJECT_ACCESS_CUES } from "./cues-requests.js";
import { CRISIS_CUES, THREAT_CUES } from "./cues-risk.js";
import { CLINICAL_CUES, COMPLAINT_CUES, COMPLIMENT_CUES, PALS_CUES, SPAM_CUES } from "./cues-service.js";
import {
  CLINICAL_KIND_CUES,
  COMPLAINT_KIND_CUES,
  COMPLIMENT_KIND_CUES,
  FOI_KIND_CUES,
  MEDIA_KIND_CUES,
  SPAM_KIND_CUES,
  SUBJECT_ACCESS_KIND_CUES,
} from "./cues-service-kinds.js";
import { LiteralScanner } from "./literal-scan.js";
import { withoutAssertions } from "./regex-samples.test-helper.js";
import { requiredLiterals } from "./required-literals.js";

const LISTS: Record<string, CueList> = {
  crisis: CRISIS_CUES,
  threat: THREAT_CUES,
  subject_access: [...SUBJECT_ACCESS_CUES, ...SUBJECT_ACCESS_KIND_CUES],
  foi: [...FOI_CUES, ...FOI_KIND_CUES],
  media: [...MEDIA_CUES, ...MEDIA_KIND_CUES],
  complaint: [...COMPLAINT_CUES, ...COMPLAINT_KIND_CUES],
  clinical_question: [...CLINICAL_CUES, ...CLINICAL_KIND_CUES],
  pals: PALS_CUES,
  compliment: [...COMPLIMENT_CUES, ...COMPLIMENT_KIND_CUES],
  spam: [...SPAM_CUES, ...SPAM_KIND_CUES],
  ...Object.fromEntries(Object.entries(MULTILINGUAL_CUES).map(([k, v]) => [`ml-${k}`, v as CueList])),
};
const COMPILED = Object.entries(LISTS).map(([name, cues]) => ({ name, compiled: compileCues(cues) }));
const PREFILTER = new CuePrefilter(COMPILED.map((c) => c.compiled));

describe("requiredLiterals", () => {
  it("finds the literals any match must contain", () => {
    expect(requiredLiterals("\\b(?:kill|hurt) (?:my ?self|him)\\b")).toEqual([
      "kill him",
      "hurt him",
      "kill myself",
      "hurt myself",
      "kill my self",
      "hurt my self",
    ]);
    expect(requiredLiterals("\\bthoughts of not being here\\b")).toEqual(["thoughts of "]);
    expect(requiredLiterals("\\bsuicid(?:e|al)\\b")).toEqual(["suicide", "suicidal"]);
    expect(requiredLiterals("\\d+ (?:times|calls)")).toEqual([" times", " calls"]);
    expect(requiredLiterals("(?<![a-z])dard(?![a-z])")).toEqual(["dard"]);
  });

  it("promises nothing where a match may contain no literal", () => {
    expect(requiredLiterals("\\w+")).toBeNull();
    expect(requiredLiterals("a?")).toBeNull();
    expect(requiredLiterals("is (?:\\w+ )?open|.")).toBeNull();
    expect(requiredLiterals("(?:\\w+ )?")).toBeNull();
    expect(requiredLiterals("(a)\\1")).toBeNull();
    expect(requiredLiterals("(?<name>a)")).toBeNull();
  });
});

describe("LiteralScanner", () => {
  it("reports overlapping and nested literals", () => {
    const scanner = new LiteralScanner(
      new Map([
        ["he", [0]],
        ["she", [1]],
        ["his", [2]],
        ["hers", [3]],
        ["zz", [4]],
      ]),
    );
    const found = new Uint8Array(5);
    scanner.scan("ushers", found);
    expect([...found]).toEqual([1, 1, 0, 1, 0]);
  });
});

describe("cue prefilter", () => {
  it("keeps every cue that matches a text generated from it", () => {
    for (const { name, compiled } of COMPILED) {
      const offset = PREFILTER.scan("").offsets.get(compiled) as number;
      const sorted = [...(LISTS[name] as CueList)].sort((a, b) => b[2] - a[2]);
      sorted.forEach(([id, source], i) => {
        const re = new RegExp(source);
        const samples = fc.sample(
          fc.tuple(fc.string({ maxLength: 4 }), fc.stringMatching(new RegExp(withoutAssertions(source)))),
          { numRuns: 60, seed: 42 },
        );
        for (const [pad, sample] of samples) {
          const text = `${pad} ${sample} ${pad}`;
          if (re.test(text)) expect(PREFILTER.scan(text).found[offset + i], `${name} ${id}: ${text}`).toBe(1);
        }
      });
    }
  });

  it("gives the same hits as the whole alternation", () => {
    const texts = readFileSync(new URL("../../test/triage-eval/messages.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase());
    // Several cues in one text, overlapping: exercises the merge of per-cue matches.
    const sources = COMPILED.flatMap(({ name }) => (LISTS[name] as CueList).map((c) => c[1]));
    const mixed = fc.sample(
      fc.array(
        fc.constantFrom(...sources).chain((s) => fc.stringMatching(new RegExp(withoutAssertions(s)))),
        {
          minLength: 2,
          maxLength: 5,
        },
      ),
      { numRuns: 250, seed: 7 },
    );
    for (const text of [...texts, ...mixed.map((parts) => parts.join(" "))]) {
      const candidates = PREFILTER.scan(text);
      for (const { compiled } of COMPILED as { compiled: CompiledCues }[])
        expect(matchCues(compiled, text, candidates)).toEqual(matchCues(compiled, text));
    }
  });
});
