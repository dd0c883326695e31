import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPack, repoPacks } from "../../packs/repo-packs.test-helper.js";
import { checkPost } from "../check-post.js";
import { CheckContext } from "../detectors/context.js";
import { runReaderRule } from "../detectors/reader.rule.js";
import { CHECK_READER_MODEL } from "./data/check-reader-model.js";
import { CHECK_READER_CLASSES, decide, loadCheckReader, predictPost, readerLower } from "./model.js";
import { sourceHashes } from "./train-check-reader.js";

const REPO = new URL("../../../../../", import.meta.url).pathname;
const packs = repoPacks();
const core = repoPack("nhs-core", packs);
const model = loadCheckReader(CHECK_READER_MODEL);

/** The check regression posts (trained on: what the reader must not do to them is the point here). */
const regression = ["posts.jsonl", "kinds.jsonl"].flatMap((f) =>
  readFileSync(join(REPO, "packages/core/test/check-eval", f), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map(
      (l) => JSON.parse(l) as { id: string; text: string; expect: { verdict: string; categories: string[] } },
    ),
);

describe("the post reader", () => {
  it("is not stale: fitted from the files as they are, with this feature and training code", () => {
    expect(CHECK_READER_MODEL.sources).toEqual(sourceHashes());
  });

  it("kept the clean posts the rules pass within its budget in cross-validation (0.5 % of clean lines)", () => {
    const cv = CHECK_READER_MODEL.crossValidation;
    const added = (cv.cleanFlaggedWithReader as number) - (cv.cleanFlaggedRules as number);
    expect(cv.cleanLines).toBeGreaterThan(500);
    expect(added).toBeLessThanOrEqual(0.005 * (cv.cleanLines as number));
    expect(cv.blockingSilentWithReader as number).toBeLessThan(cv.blockingSilentRules as number);
  });

  it("has a pack rule, with its clause, for every category it can report, in every shipped pack", () => {
    for (const pack of packs.values()) {
      const readerRules = pack.rules.filter((r) => r.spec.detector === "reader");
      const categories = new Set(readerRules.map((r) => r.category));
      for (const c of CHECK_READER_CLASSES.slice(1)) expect(categories.has(c), `${pack.id} ${c}`).toBe(true);
      for (const r of readerRules) expect(r.clause.length).toBeGreaterThan(0);
      // It runs after every rule that can flag a post: only posts no other rule flagged are read.
      // Only patient-post-name comes after it (it names the patient in a post already flagged).
      const after = pack.rules.filter((r) => r.spec.detector === "patient-post-name").length;
      const order = pack.rulesInOrder.map((r) => r.spec.detector === "reader");
      expect(order.indexOf(true)).toBe(order.length - readerRules.length - after);
      expect(order.lastIndexOf(true)).toBe(order.length - 1 - after);
      for (const r of pack.rulesInOrder.slice(order.length - after))
        expect(r.spec.detector).toBe("patient-post-name");
    }
  });

  it("gives the same probabilities for the same text, summing to one", () => {
    const a = predictPost(
      model,
      readerLower("Doreen on ward 7 is 97 today"),
      new Float64Array(CHECK_READER_CLASSES.length),
    );
    const b = predictPost(
      model,
      readerLower("Doreen on ward 7 is 97 today"),
      new Float64Array(CHECK_READER_CLASSES.length),
    );
    expect([...a]).toEqual([...b]);
    expect(a.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it("reads a draft with nothing in it to read (empty, spaces, punctuation) as clean, not by its bias", () => {
    for (const text of ["", "   ", "!!! ...", "\n\t"]) {
      const p = predictPost(model, readerLower(text), new Float64Array(CHECK_READER_CLASSES.length));
      expect(decide(p, model.thresholds), JSON.stringify(text)).toEqual([]);
    }
  });

  it("reports nothing below its threshold, and pairs a patient's care with their name", () => {
    const p = new Float64Array(CHECK_READER_CLASSES.length);
    p[0] = 0.5;
    p[1] = 0.3;
    p[2] = 0.2;
    expect(decide(p, { flag: 0.9, pair: 0.5 })).toEqual([]);
    p[0] = 0.01;
    p[1] = 0.55;
    p[2] = 0.44;
    expect(decide(p, { flag: 0.9, pair: 0.5 })).toEqual(["clinical.patient_information", "pii.person_name"]);
  });

  it("adds a finding only where no rule flagged the post, over the whole post, with the rule's clause", () => {
    let read = 0;
    for (const item of regression) {
      const result = checkPost(core, { text: item.text });
      const byReader = result.findings.filter((f) => f.rule.startsWith("nhs-core.reader."));
      // patient-post-name may name the patient the reader found: it runs after the reader.
      const others = result.findings.filter(
        (f) =>
          !f.rule.startsWith("nhs-core.reader.") &&
          f.rule !== "nhs-core.pii.patient-post-name" &&
          f.severity !== "advice",
      );
      if (byReader.length === 0) continue;
      read++;
      expect(others, item.id).toEqual([]);
      for (const f of byReader) {
        expect(f.start).toBeUndefined();
        expect(f.clause).toMatch(/^Core §\d+$/);
        expect(f.message).toMatch(/^Read as a whole, /);
      }
    }
    // The rules find nearly all of these tuned posts themselves, so the reader reads few of them.
    expect(read).toBeLessThan(regression.length / 10);
  });

  it("reports both halves of a patient-and-name pair (the first one's flag does not silence the second)", () => {
    // The rules alone, with the reader's reading of the post given (whatever a retrained model
    // would say of any one text): once the first reader rule reports, the post is flagged, and the
    // second rule of the pair must still report.
    const ctx = new CheckContext(core, { text: "whatever the reader read" }, "personal");
    ctx.read = ["clinical.patient_information", "pii.person_name"];
    const readerRules = core.rulesInOrder.filter((r) => r.spec.detector === "reader");
    const reported = readerRules.filter((r) => {
      const found = runReaderRule(r, ctx).length > 0;
      if (found) ctx.flagged = true;
      return found;
    });
    expect(reported.map((r) => r.id)).toEqual(["nhs-core.reader.patient", "nhs-core.reader.person"]);
  });

  it("does not read a post a rule already blocked", () => {
    const ctx = new CheckContext(core, { text: "Maureen in bay 4 went downhill this afternoon" }, "personal");
    ctx.flagged = true;
    ctx.blocked = true;
    const readerRules = core.rulesInOrder.filter((r) => r.spec.detector === "reader");
    expect(readerRules.length).toBeGreaterThanOrEqual(10);
    for (const rule of readerRules) expect(runReaderRule(rule, ctx)).toEqual([]);
    expect(ctx.read).toEqual([]);
  });

  it("reads a post the rules only asked to review for its patient or name, never for another review", () => {
    // A review-level topic must not hide a patient the reader would have found without it.
    const lines = readFileSync(join(REPO, "eval/train-posts/w9/w9.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean);
    const readerRules = core.rulesInOrder.filter((r) => r.spec.detector === "reader");
    const people = new Set(["clinical.patient_information", "pii.person_name"]);
    let withPerson = 0;
    for (const line of lines) {
      const ctx = new CheckContext(core, { text: (JSON.parse(line) as { text: string }).text }, "personal");
      ctx.flagged = true;
      const reported = readerRules.filter((r) => runReaderRule(r, ctx).length > 0).map((r) => r.category);
      for (const category of reported) expect(people.has(category), category).toBe(true);
      if (reported.length > 0) withPerson++;
    }
    expect(lines.length).toBeGreaterThan(1000);
    expect(withPerson).toBeGreaterThanOrEqual(50);
  });
});
