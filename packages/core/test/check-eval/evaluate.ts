import { CATEGORIES, type CheckInput, checkPost, type Pack } from "../../src/index.js";

/** One labelled post of posts.jsonl. */
export interface LabelledPost extends CheckInput {
  readonly expect: { readonly verdict: "block" | "review" | "pass"; readonly categories: readonly string[] };
  readonly note?: string;
}

export interface EvalFigures {
  readonly pack: string;
  readonly posts: number;
  readonly verdictAccuracy: number;
  readonly recall: Readonly<Record<string, { found: number; total: number; recall: number }>>;
  readonly macroRecall: number;
  readonly cleanFlagged: number;
  readonly cleanTotal: number;
  readonly misses: ReadonlyArray<{
    id: string;
    missing: string[];
    extra: string[];
    verdict: string;
    expected: string;
  }>;
}

/** Runs every post through a pack and scores it against the labels (README of this folder). */
export function evaluatePack(pack: Pack, posts: readonly LabelledPost[]): EvalFigures {
  let right = 0;
  let cleanTotal = 0;
  let cleanFlagged = 0;
  const tally = new Map<string, { found: number; total: number }>();
  const misses: Array<{ id: string; missing: string[]; extra: string[]; verdict: string; expected: string }> =
    [];
  for (const post of posts) {
    const { expect, note: _note, ...input } = post;
    const result = checkPost(pack, input);
    const got = new Set(result.findings.map((f) => f.category));
    if (result.verdict === expect.verdict) right++;
    if (expect.categories.length === 0) {
      cleanTotal++;
      if (result.verdict !== "pass") cleanFlagged++;
    }
    const missing: string[] = [];
    for (const c of expect.categories) {
      const t = tally.get(c) ?? { found: 0, total: 0 };
      t.total++;
      if (got.has(c)) t.found++;
      else missing.push(c);
      tally.set(c, t);
    }
    const extra = [...got].filter((c) => !expect.categories.includes(c));
    if (missing.length > 0 || extra.length > 0 || result.verdict !== expect.verdict) {
      misses.push({ id: String(post.id), missing, extra, verdict: result.verdict, expected: expect.verdict });
    }
  }
  const recall: Record<string, { found: number; total: number; recall: number }> = {};
  for (const c of CATEGORIES) {
    const t = tally.get(c);
    if (t) recall[c] = { ...t, recall: t.found / t.total };
  }
  const values = Object.values(recall).map((r) => r.recall);
  return {
    pack: pack.id,
    posts: posts.length,
    verdictAccuracy: right / posts.length,
    recall,
    macroRecall: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length),
    cleanFlagged,
    cleanTotal,
    misses,
  };
}
