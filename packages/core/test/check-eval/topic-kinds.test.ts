import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkPost, loadPacks } from "../../src/index.js";
import type { LabelledPost } from "./evaluate.js";

/**
 * The review-level topics and veiled language of issue 11 by kind (branch k1): posts written
 * for Parapet from the kinds the issue names (an action near a topic, not a listed phrase), with
 * look-alikes that must stay clean (a product named in passing, a closure already announced, a
 * thank-you to the security team). Kept out of posts.jsonl and kinds.jsonl, which the post
 * reader is trained on, so the reader's artefact does not change.
 */
const here = dirname(fileURLToPath(import.meta.url));
const packSource = readFileSync(resolve(here, "../../../../packs/nhs-core/pack.yaml"), "utf8");
const pack = loadPacks([{ file: "packs/nhs-core/pack.yaml", source: packSource }]).get("nhs-core");
if (!pack) throw new Error("no nhs-core pack");
const posts: LabelledPost[] = readFileSync(join(here, "topic-kinds.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as LabelledPost);

const findingsOf = (post: LabelledPost) => {
  const { expect: _e, note: _n, ...input } = post;
  return checkPost(pack, input).findings;
};

describe("topics and veiled language by kind (issue 11)", () => {
  const positives = posts.filter((p) => p.expect.categories.length > 0);
  const clean = posts.filter((p) => p.expect.categories.length === 0);

  it("has positives of every kind and clean look-alikes", () => {
    expect(positives.length).toBeGreaterThan(100);
    expect(clean.length).toBeGreaterThan(50);
    const categories = new Set(positives.flatMap((p) => p.expect.categories));
    expect(categories.size).toBeGreaterThanOrEqual(11);
  });

  it("finds each kind's category in at least 9 of 10 posts of that kind", () => {
    const tally = new Map<string, { found: number; total: number }>();
    for (const post of positives) {
      const got = new Set(findingsOf(post).map((f) => f.category));
      for (const c of post.expect.categories) {
        const t = tally.get(c) ?? { found: 0, total: 0 };
        t.total++;
        if (got.has(c)) t.found++;
        tally.set(c, t);
      }
    }
    const low = [...tally]
      .filter(([, t]) => t.found / t.total < 0.9)
      .map(([c, t]) => `${c} ${t.found}/${t.total}`);
    expect(low).toEqual([]);
  });

  it("leaves the look-alikes clean of every word-list rule", () => {
    // The post reader's own reading (nhs-core.reader.*) is another helper's and is not judged here.
    const flagged = clean
      .map((p) => ({
        id: p.id,
        rules: findingsOf(p)
          .map((f) => f.rule)
          .filter((r) => !r.startsWith("nhs-core.reader.")),
      }))
      .filter((p) => p.rules.length > 0);
    expect(flagged).toEqual([]);
  });
});
