/**
 * The lines the reader is fitted from, and which of them it never sees (Node only: the training
 * script and the tests read the repository's files; the shipped engine never does).
 *
 * - eval/train/<writer>/*.jsonl: the "training" kind of set (docs/labelling.md §1), written for
 *   the reader from the labelling guide and the policies only. A fixed fifth of each file, chosen by
 *   a hash of the line's id, is the VALIDATION split: the shipped model is never trained on it, and
 *   it is the accuracy the artefact records (the thresholds come from cross-validation over the
 *   writers' lines, train-reader.ts). A further tenth is the early-stopping fold.
 * - the tuned sets (packages/core/test/triage-eval/messages.jsonl and triage-kinds/*): all trained
 *   on. Their "must not be crisis" (or threat) lines carry no category, only the one they must not
 *   be, and train as such (the loss asks only that the forbidden class be unlikely).
 * - the Davidson tweets (eval/public/davidson): the even rows train as "not crisis" (tweets full of
 *   first-person slang that is no crisis); the odd rows are never trained on and measure false crisis.
 * - eval/dev/dev-messages is NOT trained on: it stays the development set that measures false crisis.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { TRIAGE_CATEGORIES, type TriageCategory } from "../triage.schema.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const ALL = (1 << TRIAGE_CATEGORIES.length) - 1;

/** Lower case as triage.ts gives it to the engine (curly apostrophes straightened). */
export const lowerOf = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'");

export type Split = "train" | "early-stop" | "validation";

export interface Example {
  id: string;
  text: string;
  /** The category, or undefined for a line that says only what it must not be. */
  category: TriageCategory | undefined;
  /** Bit c set: class c is an acceptable answer (one bit for a labelled line). */
  allowed: number;
  split: Split;
  source: string;
  lang?: string;
}

/** FNV-1a of a string, for the fixed split (the same id always falls in the same split). */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function splitOf(id: string): Split {
  const bucket = fnv(id) % 10;
  return bucket < 2 ? "validation" : bucket === 2 ? "early-stop" : "train";
}

const bit = (c: TriageCategory) => 1 << TRIAGE_CATEGORIES.indexOf(c);

function jsonl(path: string, split: (id: string) => Split, out: Example[]): void {
  const source = relative(REPO_ROOT, path);
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as {
      id: string;
      text: string;
      expect: { category: string };
      lang?: string;
    };
    const category = item.expect.category as TriageCategory;
    if (!TRIAGE_CATEGORIES.includes(category)) throw new Error(`${source} ${item.id}: category ${category}`);
    out.push({
      id: item.id,
      text: item.text,
      category,
      allowed: bit(category),
      split: split(item.id),
      source,
      ...(item.lang ? { lang: item.lang } : {}),
    });
  }
}

export const TRAINING_DIR = join(REPO_ROOT, "eval/train");
const TUNED_MESSAGES = join(REPO_ROOT, "packages/core/test/triage-eval/messages.jsonl");
const DAVIDSON = join(REPO_ROOT, "eval/public/davidson/labeled_data.csv");
const KINDS_DIR = join(REPO_ROOT, "packages/core/test/triage-kinds");
const LANGUAGE_FILES = [
  "triage-concepts.data.ts",
  "triage-languages.data.ts",
  "triage-languages-kinds.data.ts",
];
const KIND_FILES = [
  "crisis-kinds.ts",
  "threat-kinds.ts",
  "category-kinds.ts",
  "concept-kinds.ts",
  "reading-kinds.ts",
  "service-kinds.ts",
];
/** The code whose change makes a shipped model stale, beside the data. */
const CODE_FILES = [
  "features.ts",
  "train-reader.ts",
  "training-data.ts",
  "../../hashed-softmax/train.ts",
].map((f) => fileURLToPath(new URL(f, import.meta.url)));

export function writerFiles(): string[] {
  return readdirSync(TRAINING_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(TRAINING_DIR, d.name))
        .filter((f) => f.endsWith(".jsonl"))
        .map((f) => join(TRAINING_DIR, d.name, f)),
    )
    .sort();
}

/** SHA-256 of every file the model is fitted from, and of its code, keyed by repository path. */
export function sourceHashes(): Record<string, string> {
  const files = [
    ...writerFiles(),
    TUNED_MESSAGES,
    DAVIDSON,
    ...KIND_FILES.map((f) => join(KINDS_DIR, f)),
    ...LANGUAGE_FILES.map((f) => join(REPO_ROOT, "packages/core/test", f)),
    ...CODE_FILES,
  ];
  return Object.fromEntries(
    files.map((f) => [relative(REPO_ROOT, f), createHash("sha256").update(readFileSync(f)).digest("hex")]),
  );
}

type Lines = Record<string, readonly string[]>;
type Nested = Record<string, Lines>;

function kindLines(out: Example[], prefix: string, lines: Lines, category: TriageCategory | undefined): void {
  const source = `packages/core/test/triage-kinds/${prefix}`;
  for (const [kind, texts] of Object.entries(lines))
    texts.forEach((text, i) => {
      out.push({
        id: `${prefix}:${kind}:${i}`,
        text,
        category,
        // The tests hold a "not crisis" or "not threat" line to neither (triage-kinds.test.ts).
        allowed: category ? bit(category) : ALL & ~bit("crisis") & ~bit("threat"),
        split: "train",
        source,
      });
    });
}

/** Every example, writers' lines first (in file order), then the tuned sets. */
export async function loadExamples(): Promise<Example[]> {
  const out: Example[] = [];
  for (const file of writerFiles()) jsonl(file, splitOf, out);
  jsonl(TUNED_MESSAGES, () => "train", out);
  const kinds = (f: string) => import(join(KINDS_DIR, f));
  const crisis = await kinds("crisis-kinds.ts");
  const threat = await kinds("threat-kinds.ts");
  const category = await kinds("category-kinds.ts");
  const concept = await kinds("concept-kinds.ts");
  const reading = await kinds("reading-kinds.ts");
  const service = await kinds("service-kinds.ts");
  kindLines(out, "crisis", crisis.CRISIS_KINDS as Lines, "crisis");
  kindLines(out, "not-crisis", crisis.NOT_CRISIS as Lines, undefined);
  kindLines(out, "threat", threat.THREAT_KINDS as Lines, "threat");
  kindLines(out, "not-threat", threat.NOT_THREAT as Lines, undefined);
  kindLines(out, "concept-crisis", concept.CONCEPT_CRISIS as Lines, "crisis");
  kindLines(out, "concept-not-crisis", concept.CONCEPT_NOT_CRISIS as Lines, undefined);
  kindLines(out, "reading-crisis", reading.READING_CRISIS as Lines, "crisis");
  kindLines(out, "reading-not-crisis", reading.READING_NOT_CRISIS as Lines, undefined);
  kindLines(out, "reading-threat", reading.READING_THREAT as Lines, "threat");
  kindLines(out, "reading-not-threat", reading.READING_NOT_THREAT as Lines, undefined);
  for (const [name, nested] of [
    ["category", category.CATEGORY_KINDS],
    ["lookalike", category.LOOKALIKES],
    ["service", service.SERVICE_KINDS],
  ] as const)
    for (const [cat, lines] of Object.entries(nested as Nested))
      kindLines(out, `${name}-${cat}`, lines, cat as TriageCategory);
  const { loadDavidson } = await import(join(REPO_ROOT, "packages/core/test/language-eval/datasets.ts"));
  (loadDavidson() as { text: string }[]).forEach((row, i) => {
    if (i % 2 === 0)
      out.push({
        id: `davidson:${i}`,
        text: row.text,
        category: undefined,
        allowed: ALL & ~bit("crisis"),
        split: "train",
        source: "eval/public/davidson",
      });
  });
  languageLines(
    out,
    await import(join(REPO_ROOT, "packages/core/test", LANGUAGE_FILES[0] as string)),
    "concepts",
  );
  languageLines(
    out,
    await import(join(REPO_ROOT, "packages/core/test", LANGUAGE_FILES[1] as string)),
    "languages",
  );
  languageLines(
    out,
    await import(join(REPO_ROOT, "packages/core/test", LANGUAGE_FILES[2] as string)),
    "languages-kinds",
  );
  kindLines(out, "general", { general: service.GENERAL_KINDS as readonly string[] }, "general");
  kindLines(out, "abuse", { abuse: service.ABUSE_KINDS as readonly string[] }, "abuse");
  return out;
}

type Row = readonly string[];
/** The language tests' cases: crisis, threat, and ordinary lines that must be neither. */
function languageLines(out: Example[], data: Record<string, unknown>, name: string): void {
  const neither = ALL & ~bit("crisis") & ~bit("threat");
  const push = (
    text: string,
    category: TriageCategory | undefined,
    lang: string,
    i: number,
    list: string,
  ) => {
    out.push({
      id: `${name}:${list}:${i}`,
      text,
      category,
      allowed: category ? bit(category) : neither,
      split: "train",
      source: `packages/core/test/triage-${name}.data.ts`,
      lang,
    });
  };
  for (const [list, rows] of Object.entries(data)) {
    (rows as readonly Row[]).forEach((row, i) => {
      const lang = row[0] as string;
      const text = row[row.length === 2 ? 1 : 2];
      if (list === "CASES") {
        const cases = row as unknown as readonly [string, string, string, readonly string[]];
        push(cases[1], "crisis", lang, i, "cases-crisis");
        push(cases[2], "threat", lang, i, "cases-threat");
        cases[3].forEach((t, j) => {
          push(t, undefined, lang, i * 100 + j, "cases-ordinary");
        });
        return;
      }
      if (typeof text !== "string") return;
      const category = list.startsWith("CRISIS")
        ? "crisis"
        : list.startsWith("THREAT")
          ? "threat"
          : undefined;
      push(text, category, lang, i, list.toLowerCase());
    });
  }
}
