import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { seededRandom } from "../../src/regex/generate.js";

/**
 * Loaders for the public evaluation sets vendored in eval/public (see eval/README.md).
 * Each set is split ONCE, by a fixed hash, into a tuning part and a held-out
 * part that the lexicons were never tuned on; tests report both.
 */
export const EVAL_DIR = fileURLToPath(new URL("../../../../eval/public/", import.meta.url));

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Davidson tweets keep HTML entities (&amp;, &#8220;, &#128514;); decode before scoring, as the README says. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** FNV-1a: a stable hash so the held-out split never changes between runs. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface DavidsonRow {
  id: string;
  label: 0 | 1 | 2;
  text: string;
  heldOut: boolean;
}

export function loadDavidson(): DavidsonRow[] {
  const records = parse(readFileSync(`${EVAL_DIR}davidson/labeled_data.csv`), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return records.map((r) => {
    const id = r[""] ?? "";
    return {
      id,
      label: Number(r.class) as 0 | 1 | 2,
      text: decodeEntities(r.tweet ?? ""),
      heldOut: stableHash(`davidson:${id}`) % 5 === 0,
    };
  });
}

/** A stratified sample: each class keeps its share of the population, drawn with a fixed seed. */
export function stratifiedSample<T extends { label: number }>(
  rows: readonly T[],
  size: number,
  seed: number,
): T[] {
  const random = seededRandom(seed);
  const byClass = new Map<number, T[]>();
  for (const row of rows) {
    const list = byClass.get(row.label) ?? [];
    list.push(row);
    byClass.set(row.label, list);
  }
  const out: T[] = [];
  for (const list of byClass.values()) {
    const take = Math.round((list.length / rows.length) * size);
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    out.push(...copy.slice(0, take));
  }
  return out;
}

export interface HateCheckRow {
  id: string;
  functionality: string;
  hateful: boolean;
  text: string;
  heldOut: boolean;
}

/** Functionalities the abuse flag covers by definition (profanity, abuse of individuals and non-protected groups). */
export const HATECHECK_UNGATED = new Set([
  "profanity_nh",
  "target_indiv_nh",
  "target_group_nh",
  "target_obj_nh",
]);

export function loadHateCheck(): HateCheckRow[] {
  const records = parse(readFileSync(`${EVAL_DIR}hatecheck/test_suite_cases.csv`), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return records.map((r) => ({
    id: r.case_id ?? "",
    functionality: r.functionality ?? "",
    hateful: r.label_gold === "hateful",
    text: (r.test_case ?? "").trim(),
    // Whole templates are held out, so a held-out case is a sentence shape never seen while tuning.
    heldOut: stableHash(`hatecheck:${r.templ_id ?? r.case_id}`) % 4 === 0,
  }));
}

/** The ten languages of Multilingual HateCheck, as its file names spell them. */
export const MHC_LANGUAGES = [
  "arabic",
  "dutch",
  "french",
  "german",
  "hindi",
  "italian",
  "mandarin",
  "polish",
  "portuguese",
  "spanish",
] as const;
export type MhcLanguage = (typeof MHC_LANGUAGES)[number];

export interface MhcRow {
  id: string;
  language: MhcLanguage;
  functionality: string;
  hateful: boolean;
  text: string;
  templateId: string;
  heldOut: boolean;
}

/**
 * MHC's templates are parallel across languages (template 1 is "I hate [IDENT_P]." in all ten), so
 * the split hashes the template id alone: a template held out is held out in every language, and no
 * sentence shape seen while tuning one language is scored as held out in another.
 */
export function mhcHeldOut(templateId: string): boolean {
  return stableHash(`mhc:${templateId}`) % 4 === 0;
}

export function loadMhc(language: MhcLanguage): MhcRow[] {
  const records = parse(readFileSync(`${EVAL_DIR}mhc/hatecheck_cases_final_${language}.csv`), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return records.map((r) => {
    const templateId = r.templ_id ?? r.mhc_case_id ?? "";
    return {
      id: r.mhc_case_id ?? "",
      language,
      functionality: r.functionality ?? "",
      hateful: r.label_gold === "hateful",
      text: (r.test_case ?? "").trim(),
      templateId,
      heldOut: mhcHeldOut(templateId),
    };
  });
}

/** The tuning part of MHC only: what probes and tuning may look at. */
export function loadMhcTuning(language: MhcLanguage): MhcRow[] {
  return loadMhc(language).filter((r) => !r.heldOut);
}
