import { parse as parseYaml } from "yaml";
import { DEFAULT_CALENDAR, type WorkingCalendar } from "../calendar/index.js";
import { AppError } from "../errors.js";
import { type Route, TRIAGE_CATEGORIES, type TriageCategory } from "./triage.schema.js";
import { type DEADLINE_RULES, type TriageFile, triageFileSchema } from "./triage-config.schema.js";

export type DeadlineRule = (typeof DEADLINE_RULES)[number];

export interface CategoryConfig {
  readonly deadline: DeadlineRule;
  readonly days: number;
  readonly route: Route;
  readonly template: { readonly id: string; readonly text: string; readonly clause: string } | null;
}

/** A pack's triage settings after `extends` is resolved: complete, immutable, ready for the hot path. */
export interface TriageConfig {
  readonly pack: string;
  readonly calendar: WorkingCalendar;
  readonly categories: Readonly<Record<TriageCategory, CategoryConfig>>;
  readonly staffTitles: readonly string[];
}

/** Defaults that hold when no pack says otherwise; docs/interfaces.md §4 and the deadlines of the issue. */
const DEFAULT_ROUTES: Record<TriageCategory, Route> = {
  crisis: "crisis",
  threat: "security",
  subject_access: "information_governance",
  foi: "foi",
  media: "press_office",
  complaint: "complaints",
  clinical_question: "pals",
  pals: "pals",
  abuse: "communications",
  compliment: "communications",
  spam: "communications",
  general: "communications",
};

const DEFAULT_DEADLINES: Record<TriageCategory, DeadlineRule> = {
  crisis: "immediate",
  threat: "immediate",
  subject_access: "calendar_month",
  foi: "working_days_uk",
  media: "same_or_next_working_day",
  complaint: "same_or_next_working_day",
  clinical_question: "same_or_next_working_day",
  pals: "same_or_next_working_day",
  abuse: "same_or_next_working_day",
  compliment: "next_working_day",
  spam: "none",
  general: "none",
};

/** Parses one triage.yaml text. Pure: the caller reads the file. */
export function parseTriageFile(yamlText: string, source = "triage.yaml"): TriageFile {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new AppError("validation", `${source}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = triageFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      "validation",
      `${source}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return parsed.data;
}

/**
 * Resolves a pack and the packs it extends (trust packs extend nhs-core) into
 * one TriageConfig; later packs override earlier ones field by field.
 */
export function resolveTriageConfig(id: string, load: (packId: string) => TriageFile): TriageConfig {
  const chain: TriageFile[] = [];
  const seen = new Set<string>();
  for (let current: string | undefined = id; current !== undefined; ) {
    if (seen.has(current)) throw new AppError("validation", `triage pack ${current} extends itself`);
    seen.add(current);
    const file = load(current);
    chain.unshift(file);
    current = file.extends;
  }
  let calendar: WorkingCalendar = DEFAULT_CALENDAR;
  const categories = {} as Record<TriageCategory, CategoryConfig>;
  for (const category of TRIAGE_CATEGORIES) {
    categories[category] = {
      deadline: DEFAULT_DEADLINES[category],
      days: 20,
      route: DEFAULT_ROUTES[category],
      template: null,
    };
  }
  let staffTitles: string[] = [];
  for (const file of chain) {
    calendar = { ...calendar, ...(stripUndefined(file.calendar ?? {}) as Partial<WorkingCalendar>) };
    for (const category of TRIAGE_CATEGORIES) {
      const rule = file.categories?.[category];
      if (!rule) continue;
      const prev = categories[category];
      categories[category] = {
        deadline: rule.deadline ?? prev.deadline,
        days: rule.days ?? prev.days,
        route: rule.route ?? prev.route,
        template: rule.template ?? prev.template,
      };
    }
    if (file.staffTitles) staffTitles = [...staffTitles, ...file.staffTitles];
  }
  return { pack: id, calendar, categories, staffTitles };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A configuration with defaults only, for tests and for callers with no pack files (e.g. a bare browser). */
export function defaultTriageConfig(pack = "nhs-core"): TriageConfig {
  return resolveTriageConfig(pack, () => ({ pack }));
}
