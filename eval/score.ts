/**
 * Scores a labelled set (docs/labelling.md) through the command line, exactly as an outside
 * evaluation does, and prints aggregate figures only.
 *
 *   npx tsx eval/score.ts check  eval/blind/staff-posts.jsonl [--pack ID] [--json]
 *   npx tsx eval/score.ts triage eval/dev/dev-messages.jsonl  [--pack ID] [--json] [--misses]
 *
 * `--misses` lists the items scored wrong, and is refused for eval/blind/: nobody who tunes the
 * engines reads a blind set's lines.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const TRIAGE_CATEGORIES = [
  "crisis",
  "threat",
  "subject_access",
  "foi",
  "media",
  "complaint",
  "clinical_question",
  "pals",
  "abuse",
  "compliment",
  "spam",
  "general",
] as const;
const TRIAGE_FLAGS = ["abuse", "names_staff", "contains_pii", "non_english", "recording"] as const;

interface Labelled {
  id: string;
  text: string;
  lang?: string;
  expect: { verdict?: string; categories?: string[]; category?: string; flags?: string[] };
  [key: string]: unknown;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pack: { type: "string" }, json: { type: "boolean" }, misses: { type: "boolean" } },
});
const [mode, file] = positionals;
if ((mode !== "check" && mode !== "triage") || !file) {
  console.error("usage: npx tsx eval/score.ts check|triage FILE [--pack ID] [--json] [--misses]");
  process.exit(2);
}
if (values.misses && /(^|\/)eval\/blind\//.test(fileURLToPath(new URL(file, `file://${process.cwd()}/`)))) {
  console.error(
    "--misses is refused for a blind set: only aggregate figures are shown (docs/labelling.md §1)",
  );
  process.exit(2);
}

const items: Labelled[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line, i) => {
    try {
      return JSON.parse(line) as Labelled;
    } catch {
      console.error(`${file}:${i + 1}: not JSON`);
      return process.exit(2);
    }
  });

const cli = fileURLToPath(new URL("../packages/cli/bin/parapet.js", import.meta.url));
const args = [cli, mode, "--jsonl", ...(values.pack ? ["--pack", values.pack] : [])];
const input = items.map(({ expect: _e, note: _n, lang: _l, ...rest }) => JSON.stringify(rest)).join("\n");
const run = spawnSync(process.execPath, args, { input: `${input}\n`, maxBuffer: 1 << 30, encoding: "utf8" });
if (run.status !== 0 && run.status !== 1) {
  console.error(
    `parapet ${mode} exited ${run.status}: ${run.stderr.trim().split("\n").slice(-3).join(" | ")}`,
  );
  process.exit(2);
}
const results = run.stdout
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Record<string, unknown>);
if (results.length !== items.length) {
  console.error(
    `parapet ${mode} returned ${results.length} results for ${items.length} items: ${run.stderr.trim().split("\n").slice(-3).join(" | ")}`,
  );
  process.exit(2);
}
const byId = new Map(results.map((r) => [String(r.id), r]));

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const fmt = (x: number | null) => (x === null ? "–" : x.toFixed(3));

const report = mode === "check" ? scoreCheck() : scoreTriage();
if (values.json) console.log(JSON.stringify(report, null, 2));

function scoreCheck() {
  let verdictRight = 0;
  let clean = 0;
  let cleanFlagged = 0;
  let blocking = 0;
  let blockingSilent = 0;
  const perCategory = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (category: string) => {
    const t = perCategory.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    perCategory.set(category, t);
    return t;
  };
  const misses: string[] = [];
  for (const item of items) {
    const result = byId.get(item.id);
    const findings = (result?.findings as { category: string }[] | undefined) ?? [];
    const found = new Set(findings.map((f) => f.category));
    const expected = new Set(item.expect.categories ?? []);
    if (result?.verdict === item.expect.verdict) verdictRight++;
    else misses.push(`${item.id} verdict ${String(result?.verdict)} (expected ${item.expect.verdict})`);
    if (expected.size === 0) {
      clean++;
      if (result?.verdict !== "pass") cleanFlagged++;
    }
    if (item.expect.verdict === "block") {
      blocking++;
      if (found.size === 0) blockingSilent++;
    }
    for (const c of expected) {
      if (found.has(c)) tally(c).tp++;
      else {
        tally(c).fn++;
        misses.push(`${item.id} missed ${c}`);
      }
    }
    for (const c of found) if (!expected.has(c)) tally(c).fp++;
  }
  const categories = [...perCategory].sort(([a], [b]) => a.localeCompare(b));
  const report = {
    mode: "check",
    file,
    pack: values.pack ?? "nhs-core",
    items: items.length,
    verdictAccuracy: ratio(verdictRight, items.length),
    cleanFlagged: ratio(cleanFlagged, clean),
    cleanPosts: clean,
    blockingPostsWithNoFinding: blockingSilent,
    blockingPosts: blocking,
    categories: Object.fromEntries(
      categories.map(([c, t]) => [
        c,
        { positives: t.tp + t.fn, recall: ratio(t.tp, t.tp + t.fn), precision: ratio(t.tp, t.tp + t.fp) },
      ]),
    ),
  };
  if (!values.json) {
    console.log(`${file} through check (${report.pack}): ${items.length} posts`);
    console.log(`verdict accuracy ${fmt(report.verdictAccuracy)}`);
    console.log(`clean posts flagged ${fmt(report.cleanFlagged)} (${cleanFlagged} of ${clean})`);
    console.log(`blocking posts with no finding at all: ${blockingSilent} of ${blocking}`);
    console.log("category                           positives  recall  precision");
    for (const [c, t] of categories)
      console.log(
        `${c.padEnd(34)} ${String(t.tp + t.fn).padStart(9)}  ${fmt(ratio(t.tp, t.tp + t.fn)).padStart(6)}  ${fmt(ratio(t.tp, t.tp + t.fp)).padStart(9)}`,
      );
  }
  if (values.misses) for (const m of misses) console.log(`miss ${m}`);
  return report;
}

function scoreTriage() {
  const confusion = new Map<string, Map<string, number>>();
  let right = 0;
  const flagTally = new Map<string, { hit: number; n: number }>();
  const perLang = new Map<
    string,
    { n: number; right: number; crisis: number; crisisFound: number; low: number }
  >();
  const misses: string[] = [];
  for (const item of items) {
    const result = byId.get(item.id);
    const got = String(result?.category);
    const want = item.expect.category ?? "";
    const row = confusion.get(want) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    confusion.set(want, row);
    if (got === want) right++;
    else misses.push(`${item.id} ${got} (expected ${want})`);
    const flags = new Set((result?.flags as string[] | undefined) ?? []);
    for (const f of item.expect.flags ?? []) {
      const t = flagTally.get(f) ?? { hit: 0, n: 0 };
      t.n++;
      if (flags.has(f)) t.hit++;
      else misses.push(`${item.id} flag ${f} missing`);
      flagTally.set(f, t);
    }
    const lang = item.lang ?? "en";
    const l = perLang.get(lang) ?? { n: 0, right: 0, crisis: 0, crisisFound: 0, low: 0 };
    l.n++;
    if (got === want) l.right++;
    if (want === "crisis") {
      l.crisis++;
      if (got === "crisis") l.crisisFound++;
    }
    if (lang !== "en" && result?.urgency === "low") l.low++;
    perLang.set(lang, l);
  }
  const count = (want: string, got: string) => confusion.get(want)?.get(got) ?? 0;
  const perCategory = TRIAGE_CATEGORIES.map((c) => {
    const tp = count(c, c);
    const support = [...(confusion.get(c)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const predicted = [...confusion.values()].reduce((a, row) => a + (row.get(c) ?? 0), 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 =
      precision === null || recall === null || precision + recall === 0
        ? support === 0 && predicted === 0
          ? null
          : 0
        : (2 * precision * recall) / (precision + recall);
    return { category: c, support, predicted, precision, recall, f1 };
  });
  const scored = perCategory.filter((c) => c.f1 !== null);
  const macroF1 = scored.reduce((a, c) => a + (c.f1 ?? 0), 0) / scored.length;
  const negatives = (c: string) => items.filter((i) => i.expect.category !== c).length;
  const falseAlarm = (c: string) => {
    const predicted = perCategory.find((p) => p.category === c)?.predicted ?? 0;
    return ratio(predicted - count(c, c), negatives(c));
  };
  const nonEnglishLow = [...perLang].reduce((a, [lang, l]) => a + (lang === "en" ? 0 : l.low), 0);
  const report = {
    mode: "triage",
    file,
    pack: values.pack ?? "nhs-core",
    items: items.length,
    accuracy: ratio(right, items.length),
    macroF1,
    crisis: {
      recall: perCategory[0]?.recall ?? null,
      falseAlarmRate: falseAlarm("crisis"),
      support: perCategory[0]?.support,
    },
    threat: {
      recall: perCategory[1]?.recall ?? null,
      falseAlarmRate: falseAlarm("threat"),
      support: perCategory[1]?.support,
    },
    nonEnglishLeftLow: nonEnglishLow,
    categories: perCategory,
    flags: Object.fromEntries(
      TRIAGE_FLAGS.map((f) => {
        const t = flagTally.get(f);
        return [f, { asserted: t?.n ?? 0, recall: t ? ratio(t.hit, t.n) : null }];
      }),
    ),
    languages: Object.fromEntries(
      [...perLang]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([lang, l]) => [
          lang,
          {
            items: l.n,
            accuracy: ratio(l.right, l.n),
            crisis: l.crisis,
            crisisRecall: ratio(l.crisisFound, l.crisis),
            leftLow: lang === "en" ? undefined : l.low,
          },
        ]),
    ),
  };
  if (!values.json) {
    console.log(`${file} through triage (${report.pack}): ${items.length} messages`);
    console.log(
      `accuracy ${fmt(report.accuracy)}, macro-F1 ${fmt(macroF1)} over ${scored.length} categories`,
    );
    console.log(
      `crisis recall ${fmt(report.crisis.recall)} (n=${report.crisis.support}), false crisis ${fmt(report.crisis.falseAlarmRate)}`,
    );
    console.log(
      `threat recall ${fmt(report.threat.recall)} (n=${report.threat.support}), false threat ${fmt(report.threat.falseAlarmRate)}`,
    );
    console.log(`non-English messages left at urgency low: ${nonEnglishLow}`);
    console.log("category           support  predicted  precision  recall  F1");
    for (const c of perCategory)
      console.log(
        `${c.category.padEnd(18)} ${String(c.support).padStart(7)}  ${String(c.predicted).padStart(9)}  ${fmt(c.precision).padStart(9)}  ${fmt(c.recall).padStart(6)}  ${fmt(c.f1)}`,
      );
    console.log("flag          asserted  recall");
    for (const f of TRIAGE_FLAGS) {
      const t = flagTally.get(f);
      console.log(`${f.padEnd(13)} ${String(t?.n ?? 0).padStart(8)}  ${fmt(t ? ratio(t.hit, t.n) : null)}`);
    }
    console.log("language  items  accuracy  crisis  crisis recall  left low");
    for (const [lang, l] of [...perLang].sort(([a], [b]) => a.localeCompare(b)))
      console.log(
        `${lang.padEnd(9)} ${String(l.n).padStart(5)}  ${fmt(ratio(l.right, l.n)).padStart(8)}  ${String(l.crisis).padStart(6)}  ${fmt(ratio(l.crisisFound, l.crisis)).padStart(13)}  ${lang === "en" ? "" : String(l.low).padStart(8)}`,
      );
  }
  if (values.misses) for (const m of misses) console.log(`miss ${m}`);
  return report;
}
