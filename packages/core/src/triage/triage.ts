import { AppError } from "../errors.js";
import { analyseLanguage } from "../language/index.js";
import { classify } from "./classify.js";
import { dueByFor } from "./due-by.js";
import { computeFlags } from "./flags.js";
import { needsReading } from "./language-detect.js";
import {
  CATEGORY_URGENCY,
  TRIAGE_FLAGS,
  type TriageInput,
  type TriageReason,
  type TriageResult,
  triageInputSchema,
} from "./triage.schema.js";
import type { TriageConfig } from "./triage-config.js";

export interface TriageOptions {
  /** Used as the receipt time when the message has no receivedAt (the caller's clock; core never reads one). */
  now: Date;
}

/** The reason given when a message is raised because it is not (all) in English. */
export const NEEDS_READING =
  "not in English or in a script Parapet cannot read: needs reading or translating today";

/** Lower-cases without moving any offset, so cue spans index the original text. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/[\u2018\u2019]/g, "'");
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out.replace(/[\u2018\u2019]/g, "'");
}

/**
 * Triage of one inbound message (docs/interfaces.md §4): category, urgency, flags,
 * route and deadline, with the reasons, template and confidence behind them.
 * Pure and synchronous: the same function runs in the CLI, the API and the browser.
 */
export function triageMessage(
  input: TriageInput,
  config: TriageConfig,
  options: TriageOptions,
): TriageResult {
  const parsed = triageInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`);
  }
  const message = parsed.data;
  const text = message.text;
  const lower = lowerSameLength(text);
  const language = analyseLanguage(text);
  const { category, evidence, confidence } = classify(lower, language);
  const { flags, reasons: flagReasons } = computeFlags(text, lower, language);
  flags.sort((a, b) => TRIAGE_FLAGS.indexOf(a) - TRIAGE_FLAGS.indexOf(b));

  const rule = config.categories[category];
  const receivedAt = message.receivedAt ? parseInstant(message.receivedAt) : options.now;
  const due = dueByFor(rule, receivedAt, config.calendar);
  const reasons: TriageReason[] = [
    ...evidence.map((h) => ({
      for: category,
      cue: h.cue,
      start: h.start,
      end: h.end,
      text: text.slice(h.start, h.end),
    })),
    ...flagReasons.map((r) => ({ ...r, text: text.slice(r.start, r.end) })),
  ];
  const result: TriageResult = {
    id: message.id,
    category,
    urgency: CATEGORY_URGENCY[category],
    flags,
    route: rule.route,
    dueBy: due ? due.toISOString() : null,
    reasons,
    confidence,
  };
  // Never low when the engine cannot vouch it read the message (docs/interfaces.md §4.3).
  if (result.urgency === "low" && needsReading(text, flags.includes("non_english"))) {
    result.urgency = "high";
    reasons.push({ for: "urgency", cue: NEEDS_READING, start: 0, end: 0, text: "" });
  }
  if (rule.template)
    result.template = { ...rule.template, text: fillTemplate(rule.template.text, due, config) };
  return result;
}

/** ISO date-times with an offset are exact; without one they are taken as UTC, never as the server's zone. */
function parseInstant(iso: string): Date {
  return new Date(/(?:z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Building an Intl formatter costs more than triaging a message; keep one per time zone. */
function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Deadlines cluster (the close of the same few working days), so formatted dates are kept per zone and
 * instant; the cache is emptied when full, and refilling costs one format per distinct deadline.
 */
const formattedDates = new Map<string, string>();
const MAX_FORMATTED_DATES = 4096;

function formatDate(due: Date, timeZone: string): string {
  const key = `${timeZone} ${due.getTime()}`;
  let date = formattedDates.get(key);
  if (date === undefined) {
    date = dateFormatter(timeZone).format(due);
    if (formattedDates.size >= MAX_FORMATTED_DATES) formattedDates.clear();
    formattedDates.set(key, date);
  }
  return date;
}

/** Templates may say when we will reply ({dueDate}); they never carry anything from the message itself. */
function fillTemplate(text: string, due: Date | null, config: TriageConfig): string {
  if (!text.includes("{dueDate}")) return text;
  const date = due ? formatDate(due, config.calendar.timeZone) : "as soon as we can";
  return text.replaceAll("{dueDate}", date);
}
