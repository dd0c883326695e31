import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchingSamples } from "../regex/generate.js";
import { requiredLiterals } from "../regex/required-literals.js";
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
  it("keeps every cue on texts it matches, generated from the cue itself (every cue checked)", () => {
    let checked = 0;
    let cues = 0;
    const neverMatched: string[] = [];
    for (const { name, compiled } of COMPILED) {
      const offset = PREFILTER.scan("").offsets.get(compiled) as number;
      const sorted = [...(LISTS[name] as CueList)].sort((a, b) => b[2] - a[2]);
      sorted.forEach(([id, source], i) => {
        cues++;
        // Paths through the cue's syntax tree, framed by a little noise; only texts the cue matches count.
        const samples = matchingSamples(new RegExp(source), 6, 42 + i, {
          frame: (sample, random) => {
            const noise = () => "ab .,'Z".slice(0, Math.floor(random() * 5));
            return `${noise()} ${sample} ${noise()}`;
          },
        });
        if (samples.length === 0) neverMatched.push(`${name} ${id}`);
        for (const text of samples) {
          expect(PREFILTER.scan(text).found[offset + i], `${name} ${id}: ${text}`).toBe(1);
          checked++;
        }
      });
    }
    expect(neverMatched).toEqual([]);
    expect(cues).toBeGreaterThan(200);
    expect(checked).toBeGreaterThanOrEqual(cues * 5);
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
